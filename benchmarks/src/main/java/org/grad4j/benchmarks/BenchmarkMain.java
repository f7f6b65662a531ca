package org.grad4j.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the JMH benchmarks and prints, for every benchmark and parameter set, each backend's time
 * and its ratio to the pure backend measured in the same run.
 */
@Command(name = "grad4j-benchmarks", mixinStandardHelpOptions = true,
        description = "Runs grad4j's JMH benchmarks and prints times relative to the pure backend.")
public final class BenchmarkMain implements Callable<Integer> {
    private static final String BASELINE = "pure";

    @Option(names = "--include", defaultValue = "org.grad4j.benchmarks.*",
            description = "Regular expression of the benchmarks to run (default: ${DEFAULT-VALUE}).")
    private String include;

    @Option(names = "--forks", defaultValue = "1", description = "JMH forks (default: ${DEFAULT-VALUE}).")
    private int forks;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up iterations of 1 s (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--iterations", defaultValue = "5",
            description = "Measured iterations of 1 s (default: ${DEFAULT-VALUE}).")
    private int iterations;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchmarkMain()).execute(args));
    }

    @Override
    public Integer call() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(include)
                .forks(forks)
                .warmupIterations(warmup)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(1))
                .build();
        printRatios(new Runner(options).run());
        return 0;
    }

    /** Groups results by benchmark and non-backend parameters, then prints each backend against the baseline. */
    private static void printRatios(Collection<RunResult> results) {
        Map<String, Map<String, double[]>> groups = new TreeMap<>();
        String unit = "";
        for (RunResult result : results) {
            var params = result.getParams();
            Map<String, String> others = new LinkedHashMap<>();
            for (String key : params.getParamsKeys()) {
                if (!key.equals("backend")) {
                    others.put(key, params.getParam(key));
                }
            }
            String group = params.getBenchmark().replaceFirst("^org\\.grad4j\\.benchmarks\\.", "") + " " + others;
            var score = result.getPrimaryResult();
            unit = score.getScoreUnit();
            groups.computeIfAbsent(group, k -> new TreeMap<>())
                    .put(params.getParam("backend"), new double[] {score.getScore(), score.getScoreError()});
        }

        System.out.println();
        System.out.println("Times in " + unit + "; ratio = time / time of the " + BASELINE + " backend in this run.");
        System.out.printf(Locale.ROOT, "%-52s %-6s %14s %12s %8s%n", "benchmark", "backend", "time", "error", "ratio");
        for (Map.Entry<String, Map<String, double[]>> group : groups.entrySet()) {
            double[] baseline = group.getValue().get(BASELINE);
            List<String> backends = new ArrayList<>(group.getValue().keySet());
            for (String backend : backends) {
                double[] score = group.getValue().get(backend);
                String ratio = baseline == null ? "n/a" : String.format(Locale.ROOT, "%.2f", score[0] / baseline[0]);
                System.out.printf(Locale.ROOT, "%-52s %-6s %14.3f %12.3f %8s%n", group.getKey(), backend, score[0],
                        score[1], ratio);
            }
        }
    }
}
