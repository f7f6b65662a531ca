package org.grad4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link Main} in a child JVM with the main class path, so the real Logback configuration
 * applies and standard output and error are those of a process.
 */
class MainProcessTest {
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path temp;

    /** The output of a finished child process. */
    private record ProcessRun(int exitCode, List<String> out, List<String> err) {
    }

    /**
     * Returns the class path of this test run without the test classes, whose logback-test.xml
     * would replace the examples' logback.xml.
     */
    private static String mainClassPath() {
        // Surefire's default manifest-only jar hides the entries from java.class.path.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private ProcessRun run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(mainClassPath());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Path out = temp.resolve("stdout.txt");
        Path err = temp.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child JVM did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        return new ProcessRun(process.exitValue(), Files.readAllLines(out), Files.readAllLines(err));
    }

    @Test
    void invalidBackendPrintsOneLine() throws Exception {
        Path results = temp.resolve("results");

        ProcessRun run = run("sincos", "--backend=no-such-backend", "--out=" + results);

        assertEquals(2, run.exitCode(), "stderr: " + run.err());
        assertEquals(1, run.err().size(), "expected exactly one line on stderr but got: " + run.err());
        assertTrue(run.err().get(0).contains("no-such-backend"), run.err().get(0));
        assertEquals(List.of(), run.out());
        assertFalse(Files.exists(results), "the output directory was created");
    }

    @Test
    void divergedRunPrintsOneErrorLine() throws Exception {
        Path results = temp.resolve("results");

        ProcessRun run = run("sincos", "--lr=1e308", "--out=" + results);

        assertEquals(1, run.exitCode(), "stderr: " + run.err());
        assertEquals(List.of(), run.out());
        // Log lines of the run come first; the error is the last line, without a stack trace.
        String last = run.err().get(run.err().size() - 1);
        assertTrue(last.startsWith("Training diverged: the loss over all samples is NaN after iteration 0"), last);
        for (String line : run.err()) {
            assertFalse(line.startsWith("\tat ") || line.contains("Exception"), "stack trace on stderr: " + run.err());
        }
        assertFalse(Files.exists(results), "the output directory was created");
    }

    @Test
    void runEndsStdoutWithFinalLoss() throws Exception {
        Path results = temp.resolve("results");

        ProcessRun run = run("sincos", "--mode=sgd", "--epochs=2", "--out=" + results);

        assertEquals(0, run.exitCode(), "stderr: " + run.err());
        assertEquals(1, run.out().size(), "stdout: " + run.out());
        assertTrue(run.out().get(0).matches("final loss: [0-9.E-]+"), run.out().get(0));
        // Logs go to stderr: the start line names the backend and seed, and each epoch has a line.
        String log = String.join("\n", run.err());
        assertTrue(log.contains("backend pure, seed 0"), log);
        assertTrue(log.contains("epoch 0: loss"), log);
        assertTrue(log.contains("epoch 1: loss"), log);
    }
}
