package org.grad4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks that both training modes, with their default settings on the pure backend, fit the
 * data: the final loss is close to the noise floor (noise std 0.1 gives an MSE of about 0.01),
 * and the fitted curves are close to the noise-free functions.
 */
class SineCosineConvergenceTest {
    private static final double MAX_FINAL_LOSS = 0.03;
    private static final double MAX_CURVE_RMSE = 0.1;

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0} with seed {1}")
    @CsvSource({"gd, 1", "gd, 2", "sgd, 1", "sgd, 2"})
    void defaultRunFitsSineAndCosine(String mode, long seed) throws IOException {
        Path out = temp.resolve(mode + "-" + seed);

        CommandRun run = CommandRun.of("sincos", "--mode=" + mode, "--seed=" + seed, "--out=" + out);

        assertEquals(0, run.exitCode(), run.err());
        double finalLoss = run.finalLoss();
        assertTrue(finalLoss < MAX_FINAL_LOSS, "final loss " + finalLoss + " is not below " + MAX_FINAL_LOSS);

        CsvTable fit = CsvTable.read(out.resolve("fit.csv"));
        double[] x = fit.column("x");
        double[] sin = new double[x.length];
        double[] cos = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            sin[i] = Math.sin(2 * Math.PI * x[i] / 20);
            cos[i] = Math.cos(2 * Math.PI * x[i] / 20);
        }
        double sinRmse = Math.sqrt(SineCosineCommandTest.sumOfSquaredDifferences(fit.column("pred_sin"), sin) / x.length);
        double cosRmse = Math.sqrt(SineCosineCommandTest.sumOfSquaredDifferences(fit.column("pred_cos"), cos) / x.length);
        assertTrue(sinRmse < MAX_CURVE_RMSE, "RMSE of the predicted sine " + sinRmse + " is not below " + MAX_CURVE_RMSE);
        assertTrue(cosRmse < MAX_CURVE_RMSE, "RMSE of the predicted cosine " + cosRmse + " is not below "
                + MAX_CURVE_RMSE);
    }
}
