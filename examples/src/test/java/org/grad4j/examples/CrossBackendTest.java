package org.grad4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same seed must give the same training on both backends: the random numbers come from
 * core, so the loss curves and fits may differ only by float32 rounding.
 */
class CrossBackendTest {
    /** Agreement required of every loss and prediction; float32 rounding stays far below it. */
    private static final double TOLERANCE = 1e-4;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"gd, 3", "sgd, 3"})
    void backendsAgreeOnSameSeed(String mode, long seed) throws IOException {
        CommandRun pure = run("pure", mode, seed);
        CommandRun nd4j = run("nd4j", mode, seed);

        assertEquals(pure.finalLoss(), nd4j.finalLoss(), TOLERANCE, "final loss");
        assertColumnsAgree("loss.csv", "loss");
        assertColumnsAgree("fit.csv", "pred_sin");
        assertColumnsAgree("fit.csv", "pred_cos");
    }

    private CommandRun run(String backend, String mode, long seed) {
        CommandRun run = CommandRun.of("sincos", "--backend=" + backend, "--mode=" + mode, "--seed=" + seed,
                "--out=" + dir.resolve(backend));
        assertEquals(0, run.exitCode(), "exit code of the " + backend + " run: " + run.err());
        return run;
    }

    private void assertColumnsAgree(String file, String column) throws IOException {
        double[] pure = CsvTable.read(dir.resolve("pure").resolve(file)).column(column);
        double[] nd4j = CsvTable.read(dir.resolve("nd4j").resolve(file)).column(column);
        assertEquals(pure.length, nd4j.length, file + " row count");
        for (int i = 0; i < pure.length; i++) {
            assertEquals(pure[i], nd4j[i], TOLERANCE, file + " " + column + " row " + i);
        }
    }
}
