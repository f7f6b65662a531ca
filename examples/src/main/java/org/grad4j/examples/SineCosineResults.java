package org.grad4j.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private static final int CHART_WIDTH = 800;
    private static final int CHART_HEIGHT = 600;

    /** The samples and the predictions at them, sorted by x; each array has one value per sample. */
    private record Fit(float[] x, float[] sin, float[] cos, float[] predictedSin, float[] predictedCos) {
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
        StringBuilder csv = new StringBuilder("step,loss\n");
        for (int step = 0; step < losses.size(); step++) {
            csv.append(step).append(',').append(format(losses.get(step))).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fitCsv(Fit fit) {
        StringBuilder csv = new StringBuilder("x,sin,cos,pred_sin,pred_cos\n");
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

    private static XYChart lossChart(List<Double> losses, String stepName, String title) {
        XYChart chart = new XYChartBuilder().width(CHART_WIDTH).height(CHART_HEIGHT)
                .title("Loss during " + title).xAxisTitle(stepName).yAxisTitle("MSE over all samples")
                .build();
        chart.getStyler().setLegendVisible(false);
        // XChart's default pattern drops the leading zero, printing 0.05 as ".05".
        chart.getStyler().setYAxisDecimalPattern("0.0##");
        double[] steps = new double[losses.size()];
        double[] values = new double[losses.size()];
        for (int step = 0; step < steps.length; step++) {
            steps[step] = step;
            values[step] = losses.get(step);
        }
        chart.addSeries("loss", steps, values).setMarker(SeriesMarkers.NONE);
        return chart;
    }

    private static XYChart fitChart(Fit fit, String title) {
        XYChart chart = new XYChartBuilder().width(CHART_WIDTH).height(CHART_HEIGHT)
                .title("LineGrid fit after " + title).xAxisTitle("x").yAxisTitle("y").build();
        chart.getStyler().setMarkerSize(4);
        chart.getStyler().setYAxisDecimalPattern("0.0#");
        chart.addSeries("sin", fit.x(), fit.sin()).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.addSeries("cos", fit.x(), fit.cos()).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.addSeries("predicted sin", fit.x(), fit.predictedSin()).setMarker(SeriesMarkers.NONE);
        chart.addSeries("predicted cos", fit.x(), fit.predictedCos()).setMarker(SeriesMarkers.NONE);
        return chart;
    }
}
