package org.grad4j.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.grad4j.autograd.GradMode;
import org.grad4j.loss.MSELoss;
import org.grad4j.pure.PureBackend;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Tensors;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class SineCosineResultsTest {
    private final Tensors tensors = new Tensors(new PureBackend());

    @Test
    void lossAxisExplainsStepPerMode() {
        List<Double> losses = List.of(1.0, 0.5);

        XYChart gd = SineCosineResults.lossChart(losses, "iteration", "gradient descent");
        XYChart sgd = SineCosineResults.lossChart(losses, "epoch", "minibatch SGD");

        assertEquals("step (iteration of gradient descent)", gd.getXAxisTitle());
        assertEquals("step (epoch of minibatch SGD)", sgd.getXAxisTitle());
        assertEquals("Loss during gradient descent", gd.getTitle());
    }

    @Test
    void longLossSeriesIsThinned() {
        List<Double> losses = new ArrayList<>();
        for (int step = 0; step < 5000; step++) {
            losses.add(1.0 / (step + 1));
        }

        XYChart chart = SineCosineResults.lossChart(losses, "iteration", "gradient descent");

        XYSeries series = chart.getSeriesMap().get("loss");
        assertEquals(SineCosineResults.MAX_CHART_POINTS, series.getXData().length);
        assertEquals(0, series.getXData()[0]);
        assertEquals(4999, series.getXData()[series.getXData().length - 1]);
        assertEquals(1.0 / 5000, series.getYData()[series.getYData().length - 1]);
        assertEquals("Loss during gradient descent (1000 of 5000 steps shown)", chart.getTitle());
    }

    @Test
    void manySamplesAreThinnedInFitChart() {
        int samples = 2500;
        float[] x = new float[samples];
        float[] values = new float[samples];
        for (int i = 0; i < samples; i++) {
            x[i] = i;
            values[i] = i % 7;
        }
        SineCosineResults.Fit fit = new SineCosineResults.Fit(x, values, values, values, values);

        XYChart chart = SineCosineResults.fitChart(fit, "minibatch SGD");

        assertEquals(List.of("sin", "cos", "predicted sin", "predicted cos"),
                List.copyOf(chart.getSeriesMap().keySet()));
        for (XYSeries series : chart.getSeriesMap().values()) {
            assertEquals(SineCosineResults.MAX_CHART_POINTS, series.getXData().length, series.getName());
        }
        assertEquals("LineGrid fit after minibatch SGD (1000 of 2500 samples shown)", chart.getTitle());
    }

    @Test
    void evenlySpacedIndicesKeepEnds() {
        assertArrayEquals(new int[] {0, 3, 6, 9}, SineCosineResults.evenlySpacedIndices(10, 4));
        assertArrayEquals(new int[] {0, 1, 2}, SineCosineResults.evenlySpacedIndices(3, 1000));
        assertArrayEquals(new int[0], SineCosineResults.evenlySpacedIndices(0, 1000));

        int[] indices = SineCosineResults.evenlySpacedIndices(1001, 1000);
        assertEquals(1000, indices.length);
        assertEquals(1000, indices[indices.length - 1]);
        for (int i = 1; i < indices.length; i++) {
            assertTrue(indices[i - 1] < indices[i], "indices not increasing at " + i);
        }
        assertThrows(IllegalArgumentException.class, () -> SineCosineResults.evenlySpacedIndices(10, 1));
    }

    @Test
    void nonFinitePredictionStopsRendering() {
        Generator generator = new Generator(2);
        SineCosineData data = SineCosineData.generate(tensors, generator, 20, 4, 0.1);
        LineGrid model = new LineGrid(tensors, 4, 2, generator);
        LossHistory history = new LossHistory(model, new MSELoss(), data.x(), data.y(), "iteration", 1);
        history.afterStep(0);
        try (var scope = GradMode.noGrad()) {
            model.grid().mulInPlace(Double.NaN);
        }

        TrainingDivergedException error = assertThrows(TrainingDivergedException.class,
                () -> SineCosineResults.render(data, model, history, "gradient descent"));

        assertTrue(error.getMessage().startsWith("the predicted sine at x = "), error.getMessage());
        assertTrue(error.getMessage().endsWith(" is NaN after iteration 0"), error.getMessage());
    }

    @Test
    void nonFiniteLossStopsHistory() {
        Generator generator = new Generator(2);
        SineCosineData data = SineCosineData.generate(tensors, generator, 20, 4, 0.1);
        LineGrid model = new LineGrid(tensors, 4, 2, generator);
        LossHistory history = new LossHistory(model, new MSELoss(), data.x(), data.y(), "epoch", 1);
        history.afterStep(0);
        try (var scope = GradMode.noGrad()) {
            model.grid().mulInPlace(Double.POSITIVE_INFINITY);
        }

        TrainingDivergedException error = assertThrows(TrainingDivergedException.class, () -> history.afterStep(1));

        assertTrue(error.getMessage().startsWith("the loss over all samples is "), error.getMessage());
        assertTrue(error.getMessage().endsWith(" after epoch 1"), error.getMessage());
        assertEquals(1, history.losses().size(), "the non-finite loss was recorded");
    }

    @Test
    void renderProducesAllFilesInOrder() throws IOException {
        Generator generator = new Generator(2);
        SineCosineData data = SineCosineData.generate(tensors, generator, 20, 4, 0.1);
        LineGrid model = new LineGrid(tensors, 4, 2, generator);
        LossHistory history = new LossHistory(model, new MSELoss(), data.x(), data.y(), "iteration", 1);
        history.afterStep(0);

        Map<String, byte[]> files = SineCosineResults.render(data, model, history, "gradient descent");

        assertEquals(SineCosineResults.FILE_NAMES, List.copyOf(files.keySet()));
        assertTrue(new String(files.get("loss.csv"), StandardCharsets.UTF_8).startsWith("step,loss\n0,"));
        byte[] png = files.get("loss.png");
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
    }
}
