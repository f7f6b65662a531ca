package org.grad4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.grad4j.tensor.Tensors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Time of one training step of each workload, per backend. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TrainingBenchmark {
    /** The backend under measurement; {@code pure} is the baseline of the printed ratios. */
    @Param({"pure", "nd4j"})
    public String backend;

    /** The workload, see {@link Workloads#named}. */
    @Param({"sincos", "mlp"})
    public String workload;

    private Workloads.Training training;

    /** Builds the workload once per trial; its parameters keep training across invocations. */
    @Setup
    public void setUp() {
        Tensors tensors = Backends.tensors(backend);
        training = Workloads.named(workload, tensors, 0);
    }

    /** Runs one step: zeroGrad, forward, loss, backward, optimizer step. */
    @Benchmark
    public double step() {
        return training.step();
    }
}
