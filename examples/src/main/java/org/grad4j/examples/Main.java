package org.grad4j.examples;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line of the examples, {@code grad4j-examples}, with the subcommands
 * {@code sincos} (train the sine/cosine regression and write its results) and {@code tour}
 * (print the course's example values).
 *
 * <p>Exit codes: 0 on success, 1 when a command fails while running, and 2 for invalid
 * arguments. An invalid argument prints exactly one line on standard error and writes no file. A
 * failure the user can act on, such as diverged training, also prints exactly one line; any
 * other failure is logged with its stack trace.
 */
@Command(name = "grad4j-examples", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Runs the grad4j examples.",
        subcommands = {SineCosineCommand.class, TourCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:The command succeeded.", "1:The command failed while running; see its --help.",
            "2:Invalid arguments: one line on standard error names the invalid argument and what is accepted."})
public final class Main implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    @Spec
    private CommandSpec spec;

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        // XChart draws with AWT; headless mode lets it render PNG files without a display.
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLine().execute(args));
    }

    /**
     * Returns the configured command line; tests run it in-process with their own output
     * writers through {@link CommandLine#setOut} and {@link CommandLine#setErr}.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setParameterExceptionHandler(new InvalidArgumentHandler());
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            if (exception instanceof RunFailedException runFailed) {
                LOG.debug("{} failed", failed.getCommandSpec().qualifiedName(), runFailed);
                failed.getErr().println(InvalidArgumentHandler.oneLine(runFailed.getMessage()));
                failed.getErr().flush();
            } else {
                LOG.error("{} failed", failed.getCommandSpec().qualifiedName(), exception);
            }
            return CommandLine.ExitCode.SOFTWARE;
        });
        return commandLine;
    }

    /** Rejects a call without a subcommand, because there is nothing to run then. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command; expected one of: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** Reports the version from the jar manifest, or "development build" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"grad4j-examples " + (version == null ? "development build" : version)};
        }
    }
}
