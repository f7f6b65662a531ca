package org.grad4j.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.grad4j.autograd.GradMode;
import org.grad4j.tensor.Sorted;
import org.grad4j.tensor.Tensor;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Writes the results of a sine/cosine run into a directory: {@code loss.csv} and
 * {@code loss.png} with the loss after each step, {@code fit.csv} and {@code fit.png} with the
 * samples and the model's predictions sorted by x. Each file is written atomically.
 */
final class SineCosineResults {
    static final String LOSS_CSV = "loss.csv";
    static final String LOSS_PNG = "loss.png";
    static final String FIT_CSV = "fit.csv";
    static final String FIT_PNG = "fit.png";

    private static final int CHART_WIDTH = 800;
    private static final int CHART_HEIGHT = 600;

    /** The samples and the predictions at them, sorted by x; each array has one value per sample. */
    private record Fit(float[] x, float[] sin, float[] cos, float[] predictedSin, float[] predictedCos) {
    }

    private SineCosineResults() {
    }

    /**
     * Creates {@code directory} if needed and writes the four result files into it.
     *
     * @param title names the run in the chart titles, such as "gradient descent"
     */
    static void write(Path directory, SineCosineData data, LineGrid model, LossHistory history, String title)
            throws IOException {
        Fit fit = predictSorted(data, model);
        Files.createDirectories(directory);
        AtomicFiles.write(directory.resolve(LOSS_CSV), out -> writeLossCsv(out, history.losses()));
        AtomicFiles.write(directory.resolve(FIT_CSV), out -> writeFitCsv(out, fit));
        AtomicFiles.write(directory.resolve(LOSS_PNG),
                out -> BitmapEncoder.saveBitmap(lossChart(history, title), out, BitmapEncoder.BitmapFormat.PNG));
        AtomicFiles.write(directory.resolve(FIT_PNG),
                out -> BitmapEncoder.saveBitmap(fitChart(fit, title), out, BitmapEncoder.BitmapFormat.PNG));
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

    private static void writeLossCsv(OutputStream out, List<Double> losses) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("step,loss\n");
        for (int step = 0; step < losses.size(); step++) {
            writer.write(step + "," + format(losses.get(step)) + "\n");
        }
        writer.flush();
    }

    private static void writeFitCsv(OutputStream out, Fit fit) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("x,sin,cos,pred_sin,pred_cos\n");
        for (int i = 0; i < fit.x().length; i++) {
            writer.write(fit.x()[i] + "," + fit.sin()[i] + "," + fit.cos()[i] + "," + fit.predictedSin()[i] + ","
                    + fit.predictedCos()[i] + "\n");
        }
        writer.flush();
    }

    /** Formats a FLOAT32 loss with the shortest decimal that reads back as the same float. */
    static String format(double loss) {
        return Float.toString((float) loss);
    }

    private static XYChart lossChart(LossHistory history, String title) {
        XYChart chart = new XYChartBuilder().width(CHART_WIDTH).height(CHART_HEIGHT)
                .title("Loss during " + title).xAxisTitle(history.stepName()).yAxisTitle("MSE over all samples")
                .build();
        chart.getStyler().setLegendVisible(false);
        // XChart's default pattern drops the leading zero, printing 0.05 as ".05".
        chart.getStyler().setYAxisDecimalPattern("0.0##");
        List<Double> losses = history.losses();
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
