package org.grad4j.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.grad4j.tensor.MemoryScope;
import org.grad4j.tensor.Tensors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The memory soak check: trains one workload on one backend for many steps and prints, at fixed
 * intervals, the Java heap, the off-heap bytes JavaCPP tracks and the process resident set
 * size. ND4J 1.0.0-M2.1 allocates its data buffers outside JavaCPP's count, so for ND4J the
 * resident set is the figure that shows native memory. Run with a fixed, pre-touched heap, so
 * that the resident set does not also show the heap growing. Memory that keeps growing after warm-up is a
 * leak. Each row gives the figures before and after a forced garbage collection, so memory the
 * framework released on its own can be told apart from memory only the collector could free.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Trains a workload for many steps and prints memory figures at intervals.")
public final class SoakMain implements Callable<Integer> {
    private static final double MIB = 1024.0 * 1024.0;

    @Option(names = "--backend", defaultValue = "pure", description = "Backend name (default: ${DEFAULT-VALUE}).")
    private String backend;

    @Option(names = "--workload", defaultValue = "sincos",
            description = "Workload: sincos or mlp (default: ${DEFAULT-VALUE}).")
    private String workload;

    @Option(names = "--steps", defaultValue = "100000", description = "Training steps (default: ${DEFAULT-VALUE}).")
    private int steps;

    @Option(names = "--scoped", description = "Run each step inside a MemoryScope, which releases its arrays"
            + " when the step ends instead of leaving them to the garbage collector.")
    private boolean scoped;

    @Option(names = "--every", defaultValue = "10000",
            description = "Steps between two memory rows (default: ${DEFAULT-VALUE}).")
    private int every;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new SoakMain()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        if (steps <= 0 || every <= 0) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--steps and --every must be positive but were " + steps + " and " + every);
        }
        Tensors tensors = Backends.tensors(backend);
        Workloads.Training training = Workloads.named(workload, tensors, 0);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        System.out.printf(Locale.ROOT, "soak: backend %s, workload %s, %d steps, %s, max heap %.0f MiB%n",
                backend, workload, steps, scoped ? "a memory scope per step" : "no memory scopes",
                Runtime.getRuntime().maxMemory() / MIB);
        System.out.printf(Locale.ROOT, "%8s %10s %10s %10s %10s %10s %10s %10s %8s%n", "step", "loss",
                "heap MiB", "offheap", "rss MiB", "gc heap", "gc offheap", "gc rss", "us/step");
        long start = System.nanoTime();
        double loss = Double.NaN;
        for (int step = 1; step <= steps; step++) {
            if (scoped) {
                try (var scope = MemoryScope.open()) {
                    loss = training.step();
                }
            } else {
                loss = training.step();
            }
            if (step % every == 0 || step == 1) {
                double micros = (System.nanoTime() - start) / 1e3 / step;
                long heap = memory.getHeapMemoryUsage().getUsed();
                long offHeap = offHeapBytes();
                long rss = residentBytes();
                System.gc();
                System.out.printf(Locale.ROOT, "%8d %10.6f %10.1f %10.1f %10.1f %10.1f %10.1f %10.1f %8.1f%n",
                        step, loss, heap / MIB, offHeap / MIB, rss / MIB,
                        memory.getHeapMemoryUsage().getUsed() / MIB, offHeapBytes() / MIB, residentBytes() / MIB,
                        micros);
            }
        }
        System.out.printf(Locale.ROOT, "final loss: %.6f%n", loss);
        return 0;
    }

    /** Off-heap bytes JavaCPP has allocated, or 0 when JavaCPP is not on the class path. */
    private static long offHeapBytes() {
        try {
            return org.bytedeco.javacpp.Pointer.totalBytes();
        } catch (NoClassDefFoundError e) {
            return 0;
        }
    }

    /** Returns the process's resident set size from /proc, or -1 where /proc is missing. */
    private static long residentBytes() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.trim().split("\\s+");
                return Long.parseLong(parts[1]) * 1024;
            }
        }
        return -1;
    }
}
