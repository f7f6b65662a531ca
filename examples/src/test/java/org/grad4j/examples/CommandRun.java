package org.grad4j.examples;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * The result of running the command line in-process with captured standard output and error.
 *
 * @param exitCode the command's exit code
 * @param out what the command printed to standard output
 * @param err what the command printed to standard error, without the log lines, which go to
 *     the JVM's standard error
 */
record CommandRun(int exitCode, String out, String err) {
    /** Runs {@link Main#commandLine()} with {@code args}. */
    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }

    /** Returns the lines of standard output. */
    List<String> outLines() {
        return out.lines().toList();
    }

    /** Returns the lines of standard error. */
    List<String> errLines() {
        return err.lines().toList();
    }

    /** Returns the value of the last line of standard output, which must read {@code final loss: <value>}. */
    double finalLoss() {
        List<String> lines = outLines();
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        if (!last.startsWith("final loss: ")) {
            throw new AssertionError("the last line of standard output is '" + last + "', expected 'final loss: <value>'");
        }
        return Double.parseDouble(last.substring("final loss: ".length()));
    }
}
