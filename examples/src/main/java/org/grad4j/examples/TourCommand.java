package org.grad4j.examples;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.grad4j.data.TensorDataset;
import org.grad4j.loss.Loss;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code tour} command: prints, in order and labelled, the values a first lesson on
 * supervised learning computes with a {@link LineGrid}: the grid evaluated at a few points, the
 * mean squared error computed by hand and by {@code MSELoss}, samples of the sine/cosine data
 * set, and the grid's parameter count. The grid and the data are random, so the values depend
 * on the seed.
 */
@Command(name = "tour", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Prints a LineGrid's output, its MSE by hand and by MSELoss, sine/cosine samples and its"
                + " parameter count.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:The values were printed.", "1:The tour failed; the error is logged to standard error.",
            "2:Invalid arguments: one line on standard error names the invalid argument and what is accepted."})
final class TourCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(TourCommand.class);

    private static final int CELLS = 5;
    private static final int OUTPUTS = 2;
    private static final float[] POINTS = {1.5f, 2.7f, 3.6f};
    private static final float[][] LABELS = {{1, 2}, {3, 4}, {5, 6}};
    private static final int DATA_SAMPLES = 250;
    private static final int DATA_CELLS = 20;
    private static final double DATA_NOISE_STD = 0.1;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", converter = NumberConverters.Seed.class,
            description = "Seed of the generator that draws the tour's grid and then its sine/cosine samples, so the"
                    + " printed values repeat exactly and both backends print the same numbers; any 64-bit integer"
                    + " (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        Injector injector = common.createInjector();
        Tensors tensors = injector.getInstance(Tensors.class);
        Map<String, Loss> losses = injector.getInstance(Key.get(new TypeLiteral<Map<String, Loss>>() { }));
        LOG.info("tour: backend {}, seed {}", tensors.backend().name(), seed);
        PrintWriter out = spec.commandLine().getOut();

        Generator generator = new Generator(seed);
        LineGrid grid = new LineGrid(tensors, CELLS, OUTPUTS, generator);
        Tensor x = tensors.of(POINTS);
        Tensor output = grid.forward(x);
        out.println("1. LineGrid(n=" + CELLS + ", d=" + OUTPUTS + ") interpolated at x = " + x);
        out.println("output: " + output);
        out.println("output shape: " + output.shape() + " (x.shape " + x.shape() + " plus d = " + OUTPUTS + ")");
        out.println();

        Tensor label = tensors.of(LABELS);
        double byHand = output.sub(label).pow(2).mean().item();
        double byLoss = losses.get("mse").forward(grid.forward(x), label).item();
        out.println("2. MSE of that output against a label");
        out.println("label: " + label);
        out.println("MSE by hand, ((output - label)^2).mean(): " + byHand);
        out.println("MSE by MSELoss: " + byLoss);
        out.println();

        SineCosineData data = SineCosineData.generate(tensors, generator, DATA_SAMPLES, DATA_CELLS, DATA_NOISE_STD);
        TensorDataset dataset = data.dataset();
        out.println("3. The sine/cosine data set: " + dataset.size() + " noisy samples, x uniform in [0, "
                + DATA_CELLS + ")");
        out.println("dataset[12]: " + formatSample(dataset.get(12)));
        out.println("dataset[10:15]: " + formatSample(dataset.slice(10, 15)));
        out.println();

        out.println("4. Parameters of LineGrid(n=" + CELLS + ", d=" + OUTPUTS + ")");
        grid.namedParameters().forEach((name, parameter) -> out.println(name + ": shape " + parameter.shape()));
        out.println("parameter count: " + grid.parameterCount());
        out.flush();
        return 0;
    }

    /** Formats a sample like a Python tuple of tensors: {@code (tensor(...), tensor(...))}. */
    private static String formatSample(List<Tensor> sample) {
        return sample.stream().map(Tensor::toString).collect(Collectors.joining(", ", "(", ")"));
    }
}
