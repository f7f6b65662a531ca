package org.grad4j.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.grad4j.autograd.GradMode;
import org.grad4j.tensor.Sorted;
import org.grad4j.tensor.Tensor;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Renders and writes the results of a sine/cosine run: {@code loss.csv} and {@code loss.png}
 * with the loss after each step, {@code fit.csv} and {@code fit.png} with the samples and the
 * model's predictions sorted by x. All four files are rendered in memory first, so a failure
 * while rendering writes nothing, and are then written together by {@link AtomicFiles}.
 */
final class SineCosineResults {
    static final String LOSS_CSV = "loss.csv";
    static final String LOSS_PNG = "loss.png";
    static final String FIT_CSV = "fit.csv";
    static final String FIT_PNG = "fit.png";
    /** The names of the result files, in the order they are written. */
    static final List<String> FILE_NAMES = List.of(LOSS_CSV, FIT_CSV, LOSS_PNG, FIT_PNG);

    /**
     * The maximum number of points drawn per chart series. Longer series are thinned to evenly
     * spaced points, because an 800-pixel-wide chart shows no more detail and XChart 3.8.8 is slow
     * on long series. Drawing one line of a million points ran out of a 256 MB heap, and took
     * over 400 s with a 1 GB heap (measured on a 2-core x86-64 machine with Java 17).
     */
    static final int MAX_CHART_POINTS = 1000;

    private static final int CHART_WIDTH = 800;
    private static final int CHART_HEIGHT = 600;

    /** The samples and the predictions at them, sorted by x; each array has one value per sample. */
    record Fit(float[] x, float[] sin, float[] cos, float[] predictedSin, float[] predictedCos) {
    }

    private SineCosineResults() {
    }

    /**
     * Renders the four result files in memory, as a map from file name to content in the order
     * of {@link #FILE_NAMES}.
     *
     * @param title names the run in the chart titles, such as "gradient descent"
     * @throws TrainingDivergedException if a prediction of the model is NaN or infinite
     */
    static Map<String, byte[]> render(SineCosineData data, LineGrid model, LossHistory history, String title)
            throws IOException {
        Fit fit = predictSorted(data, model);
        requireFinitePredictions(fit, history);

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(LOSS_CSV, lossCsv(history.losses()));
        files.put(FIT_CSV, fitCsv(fit));
        files.put(LOSS_PNG, BitmapEncoder.getBitmapBytes(lossChart(history.losses(), history.stepName(), title),
                BitmapEncoder.BitmapFormat.PNG));
        files.put(FIT_PNG, BitmapEncoder.getBitmapBytes(fitChart(fit, title), BitmapEncoder.BitmapFormat.PNG));
        return files;
    }

    /** Creates {@code directory} if needed and writes the rendered {@code files} into it as one set. */
    static void write(Path directory, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(directory);
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        files.forEach((name, bytes) -> contents.put(directory.resolve(name), bytes));
        AtomicFiles.writeAll(contents);
    }

    /** Evaluates the model at the samples in increasing order of x, so the predictions plot as curves. */
    private static Fit predictSorted(SineCosineData data, LineGrid model) {
        try (var scope = GradMode.noGrad()) {
            Sorted sorted = data.x().sort(0, false);
            Tensor targets = data.y().index(sorted.indices());
            Tensor predictions = model.forward(sorted.values());
            return new Fit(sorted.values().toFloatArray(), targets.select(1, 0).toFloatArray(),
                    targets.select(1, 1).toFloatArray(), predictions.select(1, 0).toFloatArray(),
                    predictions.select(1, 1).toFloatArray());
        }
    }

    /** Rejects a NaN or infinite prediction, which XChart cannot plot and the CSV should not contain. */
    private static void requireFinitePredictions(Fit fit, LossHistory history) {
        int lastStep = history.losses().size() - 1;
        for (int i = 0; i < fit.x().length; i++) {
            if (!Float.isFinite(fit.predictedSin()[i])) {
                throw new TrainingDivergedException("the predicted sine at x = " + fit.x()[i], history.stepName(),
                        lastStep, fit.predictedSin()[i]);
            }
            if (!Float.isFinite(fit.predictedCos()[i])) {
                throw new TrainingDivergedException("the predicted cosine at x = " + fit.x()[i], history.stepName(),
                        lastStep, fit.predictedCos()[i]);
            }
        }
    }

    private static byte[] lossCsv(List<Double> losses) {
        // Rows are about 20 characters long; sizing the buffer up front avoids growing copies.
        StringBuilder csv = new StringBuilder(16 + 20 * losses.size()).append("step,loss\n");
        for (int step = 0; step < losses.size(); step++) {
            csv.append(step).append(',').append(format(losses.get(step))).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fitCsv(Fit fit) {
        // Rows are about 55 characters long; sizing the buffer up front avoids growing copies.
        StringBuilder csv = new StringBuilder(64 + 64 * fit.x().length).append("x,sin,cos,pred_sin,pred_cos\n");
        for (int i = 0; i < fit.x().length; i++) {
            csv.append(fit.x()[i]).append(',').append(fit.sin()[i]).append(',').append(fit.cos()[i]).append(',')
                    .append(fit.predictedSin()[i]).append(',').append(fit.predictedCos()[i]).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Formats a FLOAT32 loss with the shortest decimal that reads back as the same float. */
    static String format(double loss) {
        return Float.toString((float) loss);
    }

    /**
     * Draws the loss against the step, at most {@link #MAX_CHART_POINTS} steps.
     *
     * @param stepName what one step is, such as "iteration"; the x axis explains the steps with it
     */
    static XYChart lossChart(List<Double> losses, String stepName, String title) {
        int[] shown = evenlySpacedIndices(losses.size(), MAX_CHART_POINTS);
        XYChart chart = new XYChartBuilder().width(CHART_WIDTH).height(CHART_HEIGHT)
                .title("Loss during " + title + shownNote(shown.length, losses.size(), "steps"))
                .xAxisTitle("step (" + stepName + " of " + title + ")").yAxisTitle("MSE over all samples")
                .build();
        chart.getStyler().setLegendVisible(false);
        // XChart's default pattern drops the leading zero, printing 0.05 as ".05".
        chart.getStyler().setYAxisDecimalPattern("0.0##");
        double[] steps = new double[shown.length];
        double[] values = new double[shown.length];
        for (int i = 0; i < shown.length; i++) {
            steps[i] = shown[i];
            values[i] = losses.get(shown[i]);
        }
        chart.addSeries("loss", steps, values).setMarker(SeriesMarkers.NONE);
        return chart;
    }

    /** Draws the samples and the predicted curves, at most {@link #MAX_CHART_POINTS} samples. */
    static XYChart fitChart(Fit fit, String title) {
        int[] shown = evenlySpacedIndices(fit.x().length, MAX_CHART_POINTS);
        XYChart chart = new XYChartBuilder().width(CHART_WIDTH).height(CHART_HEIGHT)
                .title("LineGrid fit after " + title + shownNote(shown.length, fit.x().length, "samples"))
                .xAxisTitle("x").yAxisTitle("y").build();
        chart.getStyler().setMarkerSize(4);
        chart.getStyler().setYAxisDecimalPattern("0.0#");
        float[] x = pick(fit.x(), shown);
        chart.addSeries("sin", x, pick(fit.sin(), shown))
                .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.addSeries("cos", x, pick(fit.cos(), shown))
                .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.addSeries("predicted sin", x, pick(fit.predictedSin(), shown)).setMarker(SeriesMarkers.NONE);
        chart.addSeries("predicted cos", x, pick(fit.predictedCos(), shown)).setMarker(SeriesMarkers.NONE);
        return chart;
    }

    /**
     * Returns {@code min(count, max)} increasing indices spread evenly over {@code [0, count)},
     * always including the first and the last index.
     *
     * @throws IllegalArgumentException if {@code max} is less than 2
     */
    static int[] evenlySpacedIndices(int count, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max must be at least 2, to keep the first and the last index, but was "
                    + max);
        }
        if (count <= max) {
            return IntStream.range(0, count).toArray();
        }
        int[] indices = new int[max];
        double spacing = (count - 1) / (double) (max - 1);
        for (int i = 0; i < max; i++) {
            indices[i] = (int) Math.round(i * spacing);
        }
        return indices;
    }

    private static float[] pick(float[] values, int[] indices) {
        float[] picked = new float[indices.length];
        for (int i = 0; i < indices.length; i++) {
            picked[i] = values[indices[i]];
        }
        return picked;
    }

    /** Returns a title suffix such as " (1000 of 5000 samples shown)", or "" when all are shown. */
    private static String shownNote(int shown, int total, String what) {
        return shown == total ? "" : " (" + shown + " of " + total + " " + what + " shown)";
    }
}
