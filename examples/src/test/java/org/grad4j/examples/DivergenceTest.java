package org.grad4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Training whose loss becomes NaN or infinite must fail with one line, exit code 1 and no files. */
class DivergenceTest {
    @TempDir
    Path temp;

    private static List<String> listing(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        // A huge rate overflows the grid in the first update, and NaN follows.
        "gd, 1e308, 'the loss over all samples is NaN after iteration 0 with --lr=1e308'",
        "sgd, 1e308, 'the loss over all samples is NaN after epoch 0 with --lr=1e308'",
        // Rate 100 is unstable for 20 cells: the loss grows each iteration until FLOAT32 overflows.
        "gd, 100, 'the loss over all samples is Infinity after iteration '"})
    void divergedRunFailsWithoutFiles(String mode, String lr, String expected) {
        Path out = temp.resolve("never");

        CommandRun run = CommandRun.of("sincos", "--mode=" + mode, "--lr=" + lr, "--out=" + out);

        assertEquals(1, run.exitCode(), "exit code; stderr: " + run.err());
        assertEquals(1, run.errLines().size(), "expected exactly one line on stderr but got: " + run.err());
        String line = run.errLines().get(0);
        assertTrue(line.startsWith("Training diverged: " + expected), line);
        assertTrue(line.contains("no file was written to '" + out + "'"), line);
        assertTrue(line.endsWith("Lower --lr, for example to the default 0.5, and run again."), line);
        assertEquals("", run.out());
        assertFalse(Files.exists(out), "the output directory was created");
    }

    @Test
    void divergedRunKeepsOldResults() throws IOException {
        Path out = Files.createDirectories(temp.resolve("old"));
        Files.writeString(out.resolve("loss.png"), "old chart\n");
        Files.writeString(out.resolve("fit.csv"), "old table\n");

        CommandRun run = CommandRun.of("sincos", "--lr=100", "--out=" + out);

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("fit.csv", "loss.png"), listing(out));
        assertEquals("old chart\n", Files.readString(out.resolve("loss.png")));
        assertEquals("old table\n", Files.readString(out.resolve("fit.csv")));
    }

    @Test
    void largeFiniteLossStillWritesResults() throws IOException {
        Path out = temp.resolve("large");

        // Rate 100 has not overflowed yet after 10 iterations, so the run succeeds with a large loss.
        CommandRun run = CommandRun.of("sincos", "--lr=100", "--iterations=10", "--out=" + out);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.finalLoss() > 1e6, "final loss " + run.finalLoss());
        assertEquals(List.of("fit.csv", "fit.png", "loss.csv", "loss.png"), listing(out));
    }
}
