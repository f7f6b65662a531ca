package org.grad4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.grad4j.autograd.GradMode;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Time of single forward ops without autograd, per backend and size. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OpsBenchmark {
    /** The backend under measurement; {@code pure} is the baseline of the printed ratios. */
    @Param({"pure", "nd4j"})
    public String backend;

    /** Element count of the operands: the example's size and a large one. */
    @Param({"250", "1000000"})
    public int size;

    private Tensor a;
    private Tensor b;
    private Tensor square;
    private GradMode.Scope noGrad;

    /** Draws FLOAT32 operands and turns gradient recording off for the measurement. */
    @Setup
    public void setUp() {
        Tensors tensors = Backends.tensors(backend);
        Generator generator = new Generator(1);
        a = tensors.rand(generator, size);
        b = tensors.rand(generator, size);
        int side = (int) Math.sqrt(size);
        square = tensors.rand(generator, side, side);
        noGrad = GradMode.noGrad();
    }

    /** Restores the grad mode. */
    @TearDown
    public void tearDown() {
        noGrad.close();
    }

    /** Elementwise addition. */
    @Benchmark
    public Tensor add() {
        return a.add(b);
    }

    /** Elementwise exponential. */
    @Benchmark
    public Tensor exp() {
        return a.exp();
    }

    /** Sum of all elements. */
    @Benchmark
    public Tensor sum() {
        return a.sum();
    }

    /** Square matrix product of side sqrt(size). */
    @Benchmark
    public Tensor matmul() {
        return square.matmul(square);
    }
}
