package org.grad4j.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.grad4j.inject.BackendModules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract of {@code grad4j-examples sincos}, run in-process. */
class SineCosineCommandTest {
    private static final List<String> OUTPUT_FILES = List.of("fit.csv", "fit.png", "loss.csv", "loss.png");

    @TempDir
    Path temp;

    private static List<String> listing(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void gradientDescentWritesEveryOutput() throws IOException {
        Path out = temp.resolve("gd");

        CommandRun run = CommandRun.of("sincos", "--mode=gd", "--seed=3", "--out=" + out);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals(OUTPUT_FILES, listing(out));

        CsvTable loss = CsvTable.read(out.resolve("loss.csv"));
        assertEquals(List.of("step", "loss"), loss.header());
        assertEquals(301, loss.rows().size());
        double[] steps = loss.column("step");
        for (int i = 0; i < steps.length; i++) {
            assertEquals(i, steps[i], "step of row " + i);
        }
        double[] losses = loss.column("loss");
        assertEquals((float) losses[losses.length - 1], (float) run.finalLoss());
        assertTrue(losses[losses.length - 1] < losses[0], "the loss did not decrease: " + losses[0] + " to "
                + losses[losses.length - 1]);

        assertFitTable(out.resolve("fit.csv"), 250, run.finalLoss());
        assertChart(out.resolve("loss.png"));
        assertChart(out.resolve("fit.png"));
    }

    @Test
    void sgdRecordsOneRowPerEpoch() throws IOException {
        Path out = temp.resolve("sgd");

        CommandRun run = CommandRun.of("sincos", "--mode=sgd", "--seed=3", "--out=" + out);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(OUTPUT_FILES, listing(out));
        CsvTable loss = CsvTable.read(out.resolve("loss.csv"));
        assertEquals(31, loss.rows().size());
        assertEquals(30, loss.column("step")[30]);
        assertEquals((float) loss.column("loss")[30], (float) run.finalLoss());
        assertFitTable(out.resolve("fit.csv"), 250, run.finalLoss());
    }

    @Test
    void sizeFlagsSetRowCounts() throws IOException {
        Path gd = temp.resolve("gd");
        Path sgd = temp.resolve("sgd");

        CommandRun gdRun = CommandRun.of("sincos", "--iterations=7", "--samples=40", "--cells=4", "--out=" + gd);
        CommandRun sgdRun = CommandRun.of("sincos", "--mode=sgd", "--epochs=3", "--batch-size=7", "--samples=30",
                "--out=" + sgd);

        assertEquals(0, gdRun.exitCode(), gdRun.err());
        assertEquals(7, CsvTable.read(gd.resolve("loss.csv")).rows().size());
        assertFitTable(gd.resolve("fit.csv"), 40, gdRun.finalLoss());
        assertEquals(0, sgdRun.exitCode(), sgdRun.err());
        assertEquals(3, CsvTable.read(sgd.resolve("loss.csv")).rows().size());
        assertFitTable(sgd.resolve("fit.csv"), 30, sgdRun.finalLoss());
    }

    @Test
    void seedFixesTheRun() throws IOException {
        List<String> first = runLossCsv("a", "--seed=5");
        List<String> again = runLossCsv("b", "--seed=5");
        List<String> other = runLossCsv("c", "--seed=6");

        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    private List<String> runLossCsv(String directory, String seed) throws IOException {
        Path out = temp.resolve(directory);
        CommandRun run = CommandRun.of("sincos", "--mode=sgd", "--epochs=4", seed, "--out=" + out);
        assertEquals(0, run.exitCode(), run.err());
        return Files.readAllLines(out.resolve("loss.csv"));
    }

    @Test
    void existingOutputsAreReplaced() throws IOException {
        Path out = Files.createDirectories(temp.resolve("again"));
        Files.writeString(out.resolve("loss.csv"), "old content\n");
        Files.writeString(out.resolve("notes.txt"), "kept\n");

        CommandRun run = CommandRun.of("sincos", "--iterations=5", "--out=" + out);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(5, CsvTable.read(out.resolve("loss.csv")).rows().size());
        assertEquals("kept\n", Files.readString(out.resolve("notes.txt")));
        List<String> expected = new ArrayList<>(OUTPUT_FILES);
        expected.add("notes.txt");
        assertEquals(expected, listing(out));
    }

    @Test
    void fitTableHoldsTheSamples() throws IOException {
        Path out = temp.resolve("fit");

        CommandRun run = CommandRun.of("sincos", "--iterations=1", "--samples=10", "--noise=0", "--out=" + out);

        assertEquals(0, run.exitCode(), run.err());
        CsvTable fit = CsvTable.read(out.resolve("fit.csv"));
        double[] x = fit.column("x");
        double[] expectedSin = new double[x.length];
        double[] expectedCos = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            assertTrue(x[i] >= 0, "x " + x[i] + " is below 0");
            assertTrue(x[i] < 20, "x " + x[i] + " is not below 20");
            expectedSin[i] = Math.sin(2 * Math.PI * x[i] / 20);
            expectedCos[i] = Math.cos(2 * Math.PI * x[i] / 20);
        }
        // Without noise the targets are the functions themselves, up to FLOAT32 rounding.
        assertArrayEquals(expectedSin, fit.column("sin"), 1e-5);
        assertArrayEquals(expectedCos, fit.column("cos"), 1e-5);
    }

    static Stream<Arguments> invalidArguments() {
        return Stream.of(
                Arguments.of("--backend=no-such-backend", "--backend"),
                Arguments.of("--mode=adam", "--mode"),
                Arguments.of("--seed=one", "--seed"),
                Arguments.of("--seed=99999999999999999999", "--seed"),
                Arguments.of("--lr=-0.5", "--lr"),
                Arguments.of("--lr=0", "--lr"),
                Arguments.of("--lr=NaN", "--lr"),
                Arguments.of("--lr=fast", "--lr"),
                Arguments.of("--samples=0", "--samples"),
                Arguments.of("--samples=2.5", "--samples"),
                Arguments.of("--cells=-1", "--cells"),
                Arguments.of("--iterations=0", "--iterations"),
                Arguments.of("--epochs=0", "--epochs"),
                Arguments.of("--batch-size=0", "--batch-size"),
                Arguments.of("--noise=-0.1", "--noise"),
                Arguments.of("--noise=Infinity", "--noise"),
                Arguments.of("--noise=1e30", "--noise"),
                Arguments.of("--lr=1e400", "--lr"),
                Arguments.of("--cells=2147483647", "--cells"),
                Arguments.of("--samples=2147483647", "--samples"),
                Arguments.of("--samples=100000000", "--samples"),
                Arguments.of("--batch-size=2147483647", "--batch-size"),
                Arguments.of("--iterations=2147483647", "--iterations"),
                // Given twice with the --out the test adds, so parsing fails before either is used.
                Arguments.of("--out=unused", "--out"),
                Arguments.of("extra", "extra"),
                Arguments.of("--bogus", "--bogus"));
    }

    @ParameterizedTest
    @MethodSource("invalidArguments")
    void invalidArgumentCreatesNoDirectory(String argument, String option) {
        Path out = temp.resolve("never");

        CommandRun run = CommandRun.of("sincos", argument, "--out=" + out);

        assertInvalid(run, option);
        assertFalse(Files.exists(out), "the output directory was created");
    }

    @ParameterizedTest
    @MethodSource("invalidArguments")
    void invalidArgumentLeavesDirectoryEmpty(String argument, String option) throws IOException {
        Path out = Files.createDirectories(temp.resolve("empty"));

        CommandRun run = CommandRun.of("sincos", argument, "--out=" + out);

        assertInvalid(run, option);
        assertEquals(List.of(), listing(out));
    }

    @Test
    void unknownBackendListsAvailableNames() {
        CommandRun run = CommandRun.of("sincos", "--backend=no-such-backend", "--out=" + temp.resolve("x"));

        assertInvalid(run, "no-such-backend");
        List<String> names = BackendModules.names();
        assertTrue(names.contains("pure"), "the pure backend is not on the class path: " + names);
        assertTrue(run.err().contains(String.join(", ", names)), run.err());
    }

    @Test
    void unknownModeListsModes() {
        CommandRun run = CommandRun.of("sincos", "--mode=adam", "--out=" + temp.resolve("x"));

        assertInvalid(run, "adam");
        assertTrue(run.err().contains("gd, sgd"), run.err());
    }

    @Test
    void missingOutIsRejected() {
        CommandRun run = CommandRun.of("sincos");

        assertInvalid(run, "--out");
    }

    @Test
    void outThatIsAFileIsRejected() throws IOException {
        Path file = Files.writeString(temp.resolve("file.txt"), "unchanged\n");

        CommandRun run = CommandRun.of("sincos", "--out=" + file);

        assertInvalid(run, file.toString());
        assertEquals("unchanged\n", Files.readString(file));
    }

    @Test
    void outUnderAFileIsRejected() throws IOException {
        Path file = Files.writeString(temp.resolve("file.txt"), "unchanged\n");

        CommandRun run = CommandRun.of("sincos", "--out=" + file.resolve("results"));

        assertInvalid(run, "not a directory");
    }

    @Test
    void missingCommandIsRejected() {
        CommandRun run = CommandRun.of();

        assertInvalid(run, "sincos, tour");
    }

    /** Checks exit code 2, exactly one line on standard error that contains {@code mention}, and no output. */
    static void assertInvalid(CommandRun run, String mention) {
        assertEquals(2, run.exitCode(), "exit code; stderr: " + run.err());
        assertEquals(1, run.errLines().size(), "expected exactly one line on stderr but got: " + run.err());
        assertTrue(run.err().contains(mention), "stderr does not mention '" + mention + "': " + run.err());
        assertEquals("", run.out());
    }

    /**
     * Checks fit.csv: the header, one row per sample in increasing x, and that the mean squared
     * error of its predictions against its targets is the reported final loss.
     */
    private static void assertFitTable(Path file, int samples, double finalLoss) throws IOException {
        CsvTable fit = CsvTable.read(file);
        assertEquals(List.of("x", "sin", "cos", "pred_sin", "pred_cos"), fit.header());
        assertEquals(samples, fit.rows().size());
        double[] x = fit.column("x");
        for (int i = 1; i < x.length; i++) {
            assertTrue(x[i - 1] <= x[i], "fit.csv is not sorted by x at row " + i + ": " + x[i - 1] + " > " + x[i]);
        }
        double squaredErrors = sumOfSquaredDifferences(fit.column("pred_sin"), fit.column("sin"))
                + sumOfSquaredDifferences(fit.column("pred_cos"), fit.column("cos"));
        assertEquals(finalLoss, squaredErrors / (2.0 * samples), 1e-5 + 1e-4 * finalLoss);
    }

    static double sumOfSquaredDifferences(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return sum;
    }

    private static void assertChart(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, png + " is not a readable image");
        assertEquals(800, image.getWidth());
        assertEquals(600, image.getHeight());
    }
}
