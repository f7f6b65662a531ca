package org.grad4j.examples;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.grad4j.data.DataLoader;
import org.grad4j.loss.Loss;
import org.grad4j.optim.Optimizer;
import org.grad4j.optim.OptimizerFactory;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Tensors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code sincos} command: fits a {@link LineGrid} to noisy samples of sin(2 pi x / n) and
 * cos(2 pi x / n) for x in [0, n), with the mean squared error, by full-batch gradient descent
 * or by minibatch SGD, and writes the loss history and the fit as CSV and PNG files.
 *
 * <p>Every argument is checked before anything runs. The result files are rendered in memory
 * after training and the output directory is created only then, so an invalid argument, a
 * diverged training or a failed rendering leaves no output behind.
 */
@Command(name = "sincos", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Fits a LineGrid to noisy sine and cosine samples and writes loss.csv, loss.png, fit.csv"
                + " and fit.png into the output directory.",
            "loss.csv has one row per step, numbered from 0: a step is an iteration with --mode=gd and an epoch"
                + " with --mode=sgd, and its loss is the MSE over all samples after that step.",
            "Standard output ends with 'final loss: <MSE over all samples>'; logs go to standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Training finished and the four files were written.",
            "1:The run failed: training diverged (the loss became NaN or infinite) and nothing was written, or"
                + " writing the files failed.",
            "2:Invalid arguments: one line on standard error names the invalid argument and what is accepted,"
                + " and nothing is written."})
final class SineCosineCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(SineCosineCommand.class);

    /**
     * The maximum of --samples and --batch-size. Together with the limits on cells and steps, it
     * keeps a run within a 128 MB Java heap. Runs at the limits of samples, cells, iterations and
     * epochs finished with -Xmx128m on the pure backend, and at those of samples and cells on the
     * nd4j backend (Java 17, x86-64). fit.csv, rendered in memory, has about 5.5 MB at this limit.
     */
    static final int MAX_SAMPLES = 100_000;
    /**
     * The maximum of --cells. Near x = 1000000, FLOAT32 values are 1/16 apart, so this limit
     * still leaves 16 distinct positions inside every cell.
     */
    static final int MAX_CELLS = 1_000_000;
    /** The maximum of --iterations and --epochs; the loss history and loss.csv keep one row per step. */
    static final int MAX_STEPS = 1_000_000;
    /**
     * The maximum of --noise, a million times the amplitude of the targets. Squared errors of
     * about 1e12 stay far inside the FLOAT32 range, whose maximum is about 3.4e38.
     */
    static final int MAX_NOISE_STD = 1_000_000;

    private static final String DEFAULT_LR = "0.5";

    /** Gradient descent logs one line per this many iterations; SGD logs every epoch. */
    private static final int GD_LOG_INTERVAL = 50;

    /** The training algorithm. */
    enum Mode {
        /** Full-batch gradient descent: one update per iteration, on all samples. */
        GD("gd", "iteration", "gradient descent"),
        /** Minibatch stochastic gradient descent: one update per shuffled batch, epoch after epoch. */
        SGD("sgd", "epoch", "minibatch SGD");

        private final String label;
        private final String stepName;
        private final String title;

        Mode(String label, String stepName, String title) {
            this.label = label;
            this.stepName = stepName;
            this.title = title;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", converter = NumberConverters.Seed.class,
            description = "Seed of the one generator that draws the data, the initial grid and, with --mode=sgd,"
                    + " the minibatch order, so runs repeat exactly and both backends see the same numbers; any"
                    + " 64-bit integer (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "gd", converter = ModeConverter.class,
            completionCandidates = ModeNames.class,
            description = "Training mode: gd (full-batch gradient descent for --iterations) or sgd (minibatches of"
                    + " --batch-size for --epochs) (default: ${DEFAULT-VALUE}).")
    private Mode mode;

    @Option(names = "--samples", paramLabel = "M", defaultValue = "250", converter = SamplesConverter.class,
            description = "Number of samples m, from 1 to " + MAX_SAMPLES + " (default: ${DEFAULT-VALUE}).")
    private int samples;

    @Option(names = "--cells", paramLabel = "N", defaultValue = "20", converter = CellsConverter.class,
            description = "Number of grid cells n, from 1 to " + MAX_CELLS + "; x is drawn from [0, n), one period"
                    + " of both functions (default: ${DEFAULT-VALUE}).")
    private int cells;

    @Option(names = "--noise", paramLabel = "STD", defaultValue = "0.1", converter = NoiseConverter.class,
            description = "Standard deviation of the Gaussian noise added to each target, from 0 to " + MAX_NOISE_STD
                    + " (default: ${DEFAULT-VALUE}).")
    private double noise;

    @Option(names = "--lr", paramLabel = "RATE", defaultValue = DEFAULT_LR, converter = LearningRateConverter.class,
            description = "Learning rate of the SGD optimizer, which both modes use: plain gradient steps"
                    + " w -= RATE * gradient, without momentum, once per iteration with gd and once per minibatch"
                    + " with sgd. Any finite number > 0; lower it if training diverges (default: ${DEFAULT-VALUE}).")
    private double lr;

    @Option(names = "--iterations", paramLabel = "COUNT", defaultValue = "301", converter = StepsConverter.class,
            description = "Gradient descent iterations, with --mode=gd, from 1 to " + MAX_STEPS + "; each is one"
                    + " step, one row of loss.csv (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Option(names = "--epochs", paramLabel = "COUNT", defaultValue = "31", converter = StepsConverter.class,
            description = "SGD epochs, with --mode=sgd, from 1 to " + MAX_STEPS + "; each is one step, one row of"
                    + " loss.csv (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--batch-size", paramLabel = "SIZE", defaultValue = "25", converter = SamplesConverter.class,
            description = "Samples per SGD minibatch, with --mode=sgd, from 1 to " + MAX_SAMPLES + "; the last batch"
                    + " of an epoch is smaller when SIZE does not divide the number of samples"
                    + " (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(names = "--out", paramLabel = "DIR", required = true, converter = OutputDirectory.Converter.class,
            description = "Directory for loss.csv, loss.png, fit.csv and fit.png; created if missing, and files"
                    + " of those names in it are replaced. Nothing is written unless training succeeds.")
    private OutputDirectory out;

    @Override
    public Integer call() throws IOException {
        validateOutputDirectory();

        Injector injector = common.createInjector();
        Tensors tensors = injector.getInstance(Tensors.class);
        Map<String, Loss> losses = injector.getInstance(Key.get(new TypeLiteral<Map<String, Loss>>() { }));
        Map<String, OptimizerFactory> optimizers =
                injector.getInstance(Key.get(new TypeLiteral<Map<String, OptimizerFactory>>() { }));
        LOG.info("sincos: backend {}, seed {}, mode {}, {} samples, {} cells, noise std {}, learning rate {}",
                tensors.backend().name(), seed, mode, samples, cells, noise, lr);

        // One generator draws every random number, in a fixed order: the data, the initial
        // grid, then the seed of the batch order.
        Generator generator = new Generator(seed);
        SineCosineData data = SineCosineData.generate(tensors, generator, samples, cells, noise);
        LineGrid model = new LineGrid(tensors, cells, 2, generator);
        Loss mse = losses.get("mse");
        Optimizer optimizer = optimizers.get("sgd").create(model.parameters(), lr);

        LossHistory history;
        Map<String, byte[]> files;
        try {
            history = train(model, mse, optimizer, data, generator);
            files = SineCosineResults.render(data, model, history, mode.title);
        } catch (TrainingDivergedException diverged) {
            throw new RunFailedException("Training diverged: " + diverged.getMessage() + " with --lr="
                    + typedLearningRate() + ", so no file was written to '" + out + "'. Lower --lr, for example"
                    + " to the default " + DEFAULT_LR + ", and run again.", diverged);
        }

        try {
            SineCosineResults.write(out.path(), files);
        } catch (IOException failure) {
            throw new RunFailedException("Writing the results to '" + out + "' failed with "
                    + failure.getClass().getSimpleName() + ": " + failure.getMessage()
                    + "; check that the directory is writable and has free space, then run again", failure);
        }
        LOG.info("wrote {} to {}", String.join(", ", files.keySet()), out.path().toAbsolutePath());

        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("final loss: " + SineCosineResults.format(history.last()));
        stdout.flush();
        return 0;
    }

    /**
     * Runs the chosen training loop and returns its loss history.
     *
     * @throws TrainingDivergedException if the loss becomes NaN or infinite
     */
    private LossHistory train(LineGrid model, Loss mse, Optimizer optimizer, SineCosineData data,
            Generator generator) {
        if (mode == Mode.GD) {
            LOG.info("gradient descent: {} iterations over all {} samples", iterations, samples);
            LossHistory history = new LossHistory(model, mse, data.x(), data.y(), mode.stepName, GD_LOG_INTERVAL);
            TrainingLoops.gradientDescent(model, mse, optimizer, data.x(), data.y(), iterations, history);
            return history;
        }
        DataLoader loader = DataLoader.builder(data.dataset()).batchSize(batchSize).shuffle(generator).build();
        LOG.info("minibatch SGD: {} epochs of {} batches of up to {} samples", epochs, loader.size(), batchSize);
        LossHistory history = new LossHistory(model, mse, data.x(), data.y(), mode.stepName, 1);
        TrainingLoops.stochasticGradientDescent(model, mse, optimizer, loader, epochs, history);
        return history;
    }

    /** Returns the text given for --lr, or the default when the option was not given. */
    private String typedLearningRate() {
        List<String> typed = spec.findOption("--lr").originalStringValues();
        return typed.isEmpty() ? DEFAULT_LR : typed.get(typed.size() - 1);
    }

    /**
     * Rejects an output directory the results could not be written into. The number options
     * are checked by their converters while parsing, so this is the last check before training.
     */
    private void validateOutputDirectory() {
        Optional<String> problem = out.problem(SineCosineResults.FILE_NAMES);
        if (problem.isPresent()) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--out': '" + out + "'; " + problem.get());
        }
    }

    /** Converts --samples and --batch-size. */
    static final class SamplesConverter extends NumberConverters.IntRange {
        SamplesConverter() {
            super(1, MAX_SAMPLES);
        }
    }

    /** Converts --cells. */
    static final class CellsConverter extends NumberConverters.IntRange {
        CellsConverter() {
            super(1, MAX_CELLS);
        }
    }

    /** Converts --iterations and --epochs. */
    static final class StepsConverter extends NumberConverters.IntRange {
        StepsConverter() {
            super(1, MAX_STEPS);
        }
    }

    /** Converts --noise. */
    static final class NoiseConverter extends NumberConverters.DecimalRange {
        NoiseConverter() {
            super(0, true, MAX_NOISE_STD, "a decimal number from 0 to " + MAX_NOISE_STD + ", such as 0.1");
        }
    }

    /** Converts --lr. */
    static final class LearningRateConverter extends NumberConverters.DecimalRange {
        LearningRateConverter() {
            super(0, false, Double.MAX_VALUE, "a finite decimal number > 0, such as 0.5 or 1e-3");
        }
    }

    /** Converts "gd" and "sgd" to a {@link Mode}, listing both in the error for anything else. */
    static final class ModeConverter implements ITypeConverter<Mode> {
        @Override
        public Mode convert(String value) {
            for (Mode mode : Mode.values()) {
                if (mode.label.equals(value)) {
                    return mode;
                }
            }
            throw new TypeConversionException("unknown mode '" + value + "'; expected one of: "
                    + String.join(", ", new ModeNames()));
        }
    }

    /** The accepted mode names, for the help text and errors. */
    static final class ModeNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Mode.values()).map(Mode::toString).iterator();
        }
    }
}
