package org.grad4j.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.grad4j.loss.CrossEntropyLoss;
import org.grad4j.loss.MSELoss;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;

/**
 * Every user-facing op as a function of floating-point inputs with random shapes, for checks
 * that run over all ops at once: that no op changes its inputs, and that two backends agree on
 * seeded random data. Shapes and values come from a seeded {@link Random}, so a failure
 * reproduces from the seed in its message.
 */
public final class OpCatalog {
    private OpCatalog() {
    }

    /**
     * One op: its name, how to draw input shapes, the value range of its inputs, and the op
     * itself. Some ops also use constant INT64 tensors (indices, targets) that they draw from
     * the same Random when they are applied.
     */
    public record Op(String name, Function<Random, int[][]> shapes, double low, double high, Applier apply) {
        /** Draws inputs of {@code dtype} on {@code tensors}' backend from {@code random}. */
        public Tensor[] inputs(Tensors tensors, DType dtype, Random random) {
            int[][] inputShapes = shapes.apply(random);
            Tensor[] inputs = new Tensor[inputShapes.length];
            for (int i = 0; i < inputs.length; i++) {
                inputs[i] = values(tensors, dtype, inputShapes[i], random, low, high);
            }
            return inputs;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Applies an op to its inputs; {@code constants} draws any INT64 operand the op needs. */
    @FunctionalInterface
    public interface Applier {
        /** Returns the op's result. */
        Tensor apply(Tensor[] inputs, Random constants);
    }

    /** Returns a tensor of random values in {@code [low, high)}, built without kernels. */
    public static Tensor values(Tensors tensors, DType dtype, int[] shape, Random random, double low, double high) {
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = low + (high - low) * random.nextDouble();
        }
        if (dtype == DType.FLOAT32) {
            float[] floats = new float[size];
            for (int i = 0; i < size; i++) {
                floats[i] = (float) values[i];
            }
            return tensors.fromArray(floats, shape);
        }
        return tensors.fromArray(values, shape);
    }

    /** Returns every op in the catalog. */
    public static List<Op> all() {
        List<Op> ops = new ArrayList<>();
        unary(ops, "neg", -3, 3, x -> x.neg());
        unary(ops, "abs", 0.1, 3, x -> x.abs());
        unary(ops, "exp", -2, 2, x -> x.exp());
        unary(ops, "log", 0.1, 4, x -> x.log());
        unary(ops, "sqrt", 0.1, 4, x -> x.sqrt());
        unary(ops, "sin", -3, 3, x -> x.sin());
        unary(ops, "cos", -3, 3, x -> x.cos());
        unary(ops, "tanh", -2, 2, x -> x.tanh());
        unary(ops, "relu", -3, 3, x -> x.relu());
        unary(ops, "pow scalar", 0.2, 2, x -> x.pow(2.5));
        unary(ops, "clamp", -3, 3, x -> x.clamp(-1, 1));
        unary(ops, "add scalar", -3, 3, x -> x.add(1.5));
        unary(ops, "mul scalar", -3, 3, x -> x.mul(-2.0));
        unary(ops, "div scalar", -3, 3, x -> x.div(4.0));
        unary(ops, "rsub scalar", -3, 3, x -> x.rsub(1.0));

        binary(ops, "add", -3, 3, Tensor::add);
        binary(ops, "sub", -3, 3, Tensor::sub);
        binary(ops, "mul", -3, 3, Tensor::mul);
        binary(ops, "div", 0.5, 3, Tensor::div);
        binary(ops, "pow", 0.5, 2, Tensor::pow);
        binary(ops, "maximum", -3, 3, Tensor::maximum);
        binary(ops, "minimum", -3, 3, Tensor::minimum);

        ops.add(new Op("sum", r -> new int[][] {shape(r, 1, 3)}, -3, 3, (in, c) -> in[0].sum()));
        ops.add(new Op("sum dim", r -> new int[][] {shape(r, 2, 3)}, -3, 3, (in, c) -> in[0].sum(-1, true)));
        ops.add(new Op("mean dim", r -> new int[][] {shape(r, 2, 3)}, -3, 3, (in, c) -> in[0].mean(0, false)));
        ops.add(new Op("max dim", r -> new int[][] {shape(r, 2, 3)}, -3, 3, (in, c) -> in[0].max(-1, false)));
        ops.add(new Op("min", r -> new int[][] {shape(r, 1, 3)}, -3, 3, (in, c) -> in[0].min()));

        ops.add(new Op("matmul", r -> {
            int m = 1 + r.nextInt(4);
            int k = 1 + r.nextInt(4);
            int n = 1 + r.nextInt(4);
            return new int[][] {{m, k}, {k, n}};
        }, -2, 2, (in, c) -> in[0].matmul(in[1])));
        ops.add(new Op("batched matmul", r -> {
            int k = 1 + r.nextInt(4);
            return new int[][] {{2, 1, 3, k}, {3, k, 2}};
        }, -2, 2, (in, c) -> in[0].matmul(in[1])));
        ops.add(new Op("matmul vector", r -> {
            int k = 1 + r.nextInt(5);
            return new int[][] {{3, k}, {k}};
        }, -2, 2, (in, c) -> in[0].matmul(in[1])));

        ops.add(new Op("reshape", r -> new int[][] {{2, 3, 4}}, -3, 3, (in, c) -> in[0].reshape(4, -1)));
        ops.add(new Op("transpose", r -> new int[][] {shape(r, 2, 3)}, -3, 3, (in, c) -> in[0].transpose(0, -1)));
        ops.add(new Op("permute", r -> new int[][] {{2, 3, 4}}, -3, 3, (in, c) -> in[0].permute(2, 0, 1)));
        ops.add(new Op("expand", r -> new int[][] {{3, 1}}, -3, 3, (in, c) -> in[0].expand(2, 3, 4)));
        ops.add(new Op("slice", r -> new int[][] {{5, 4}}, -3, 3, (in, c) -> in[0].slice(0, 1, 5, 2)));
        ops.add(new Op("select", r -> new int[][] {{3, 4}}, -3, 3, (in, c) -> in[0].select(1, -1)));
        ops.add(new Op("unsqueeze squeeze", r -> new int[][] {shape(r, 1, 3)}, -3, 3,
                (in, c) -> in[0].unsqueeze(0).squeeze(0)));
        ops.add(new Op("cat", r -> new int[][] {{2, 3}, {1, 3}}, -3, 3,
                (in, c) -> Tensor.cat(List.of(in[0], in[1]), 0)));
        ops.add(new Op("stack", r -> new int[][] {{2, 3}, {2, 3}}, -3, 3,
                (in, c) -> Tensor.stack(List.of(in[0], in[1]), 1)));
        ops.add(new Op("index", r -> new int[][] {{5, 3}}, -3, 3, (in, c) -> {
            long[] rows = new long[7];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = c.nextInt(10) - 5;
            }
            return in[0].index(new Tensors(in[0].backend()).fromArray(rows, 7));
        }));
        ops.add(new Op("sort", r -> new int[][] {shape(r, 2, 3)}, -3, 3, (in, c) -> in[0].sort(-1, true).values()));
        ops.add(new Op("cast", r -> new int[][] {shape(r, 1, 3)}, -3, 3,
                (in, c) -> in[0].cast(in[0].dtype() == DType.FLOAT32 ? DType.FLOAT64 : DType.FLOAT32)));

        ops.add(new Op("mse loss", r -> {
            int[] s = shape(r, 1, 3);
            return new int[][] {s, s};
        }, -3, 3, (in, c) -> new MSELoss().forward(in[0], in[1])));
        ops.add(new Op("cross-entropy loss", r -> new int[][] {{4, 3}}, -3, 3, (in, c) -> {
            long[] targets = new long[4];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = c.nextInt(3);
            }
            return new CrossEntropyLoss().forward(in[0], new Tensors(in[0].backend()).fromArray(targets, 4));
        }));
        return ops;
    }

    private static void unary(List<Op> ops, String name, double low, double high, Function<Tensor, Tensor> op) {
        ops.add(new Op(name, r -> new int[][] {shape(r, 0, 3)}, low, high, (in, c) -> op.apply(in[0])));
    }

    private static void binary(List<Op> ops, String name, double low, double high,
            java.util.function.BinaryOperator<Tensor> op) {
        ops.add(new Op(name, OpCatalog::broadcastPair, low, high, (in, c) -> op.apply(in[0], in[1])));
    }

    /** Returns a random shape of rank in {@code [minRank, maxRank]} with sizes 1 to 4. */
    static int[] shape(Random random, int minRank, int maxRank) {
        int rank = minRank + random.nextInt(maxRank - minRank + 1);
        int[] dims = new int[rank];
        for (int i = 0; i < rank; i++) {
            dims[i] = 1 + random.nextInt(4);
        }
        return dims;
    }

    /** Returns two shapes that broadcast: the second drops leading dims and has random 1s. */
    static int[][] broadcastPair(Random random) {
        int[] first = shape(random, 0, 3);
        int keep = random.nextInt(first.length + 1);
        int[] second = new int[keep];
        for (int i = 0; i < keep; i++) {
            second[i] = random.nextInt(3) == 0 ? 1 : first[first.length - keep + i];
        }
        return random.nextBoolean() ? new int[][] {first, second} : new int[][] {second, first};
    }
}
