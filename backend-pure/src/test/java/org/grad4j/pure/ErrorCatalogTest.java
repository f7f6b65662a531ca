package org.grad4j.pure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.grad4j.autograd.AnomalyMode;
import org.grad4j.data.DataLoader;
import org.grad4j.data.Dataset;
import org.grad4j.data.TensorDataset;
import org.grad4j.inject.BackendModules;
import org.grad4j.loss.CrossEntropyLoss;
import org.grad4j.loss.MSELoss;
import org.grad4j.nn.Activations;
import org.grad4j.nn.Init;
import org.grad4j.nn.Linear;
import org.grad4j.nn.Module;
import org.grad4j.nn.Parameter;
import org.grad4j.optim.SGD;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Shape;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/errors.md true: runs every misuse in the table and compares the exception type and
 * message with the file. Run with {@code -Dgrad4j.writeErrorCatalog=true} to rewrite the file
 * after a message changed on purpose.
 */
class ErrorCatalogTest {
    private static final Path CATALOG = Path.of("..", "docs", "errors.md");

    private final Tensors t = new Tensors(new PureBackend());

    /** One row of the table: what the user did, and the call that does it. */
    private record Misuse(String description, String code, Runnable call) {
    }

    private List<Misuse> misuses() {
        List<Misuse> m = new ArrayList<>();
        m.add(new Misuse("Binary op on shapes that do not broadcast", "zeros(2, 3).add(zeros(2))",
                () -> t.zeros(2, 3).add(t.zeros(2))));
        m.add(new Misuse("matmul with mismatched inner sizes", "zeros(2, 3).matmul(zeros(2, 3))",
                () -> t.zeros(2, 3).matmul(t.zeros(2, 3))));
        m.add(new Misuse("matmul of two vectors of different length", "zeros(3).matmul(zeros(4))",
                () -> t.zeros(3).matmul(t.zeros(4))));
        m.add(new Misuse("reshape to another element count", "zeros(2, 3).reshape(4, 2)",
                () -> t.zeros(2, 3).reshape(4, 2)));
        m.add(new Misuse("reshape with -1 next to a size of 0", "zeros(0, 3).reshape(0, -1)",
                () -> t.zeros(0, 3).reshape(0, -1)));

        m.add(new Misuse("Dimension out of range", "zeros(2, 3).sum(2, false)",
                () -> t.zeros(2, 3).sum(2, false)));
        m.add(new Misuse("Row index out of range", "zeros(3, 2).index(of(4L))",
                () -> t.zeros(3, 2).index(t.of(4L))));
        m.add(new Misuse("Negative row index below -size", "zeros(3, 2).index(of(-4L))",
                () -> t.zeros(3, 2).index(t.of(-4L))));
        m.add(new Misuse("Index tensor that is not int64", "zeros(3, 2).index(of(1f))",
                () -> t.zeros(3, 2).index(t.of(1f))));
        m.add(new Misuse("get out of range", "zeros(3, 2).get(5)", () -> t.zeros(3, 2).get(5)));

        m.add(new Misuse("Null operand", "zeros(2).add(null)", () -> t.zeros(2).add(null)));
        m.add(new Misuse("Null shape", "zeros(2).reshape((int[]) null)", () -> t.zeros(2).reshape((int[]) null)));
        m.add(new Misuse("Null tensor in a list", "cat([zeros(2), null], 0)",
                () -> Tensor.cat(Arrays.asList(t.zeros(2), null), 0)));
        m.add(new Misuse("Operands on two instances of one backend",
                "zeros(2).add(new Tensors(new PureBackend()).zeros(2))",
                () -> t.zeros(2).add(new Tensors(new PureBackend()).zeros(2))));

        m.add(new Misuse("clamp with a NaN bound", "zeros(2).clamp(Double.NaN, 1)",
                () -> t.zeros(2).clamp(Double.NaN, 1)));
        m.add(new Misuse("longItem of NaN", "of(Double.NaN).longItem()", () -> t.of(Double.NaN).longItem()));
        m.add(new Misuse("Rows of different length", "of(new float[][] {{1, 2}, {3}})",
                () -> t.of(new float[][] {{1, 2}, {3}})));
        m.add(new Misuse("NaN as an int64 fill value", "full(Double.NaN, DType.INT64, 2)",
                () -> t.full(Double.NaN, org.grad4j.tensor.DType.INT64, 2)));
        m.add(new Misuse("Negative randperm size", "randperm(generator, -1)",
                () -> t.randperm(new org.grad4j.tensor.Generator(0), -1)));
        m.add(new Misuse("arange with more elements than a Java array holds",
                "arange(Long.MIN_VALUE, Long.MAX_VALUE, 1)",
                () -> t.arange(Long.MIN_VALUE, Long.MAX_VALUE, 1)));

        m.add(new Misuse("select out of range", "zeros(3, 2).select(1, 2)",
                () -> t.zeros(3, 2).select(1, 2)));
        m.add(new Misuse("Slice bound out of range", "zeros(5).slice(0, 1, 6)",
                () -> t.zeros(5).slice(0, 1, 6)));
        m.add(new Misuse("expand of a size that is not 1", "zeros(2, 3).expand(4, 3)",
                () -> t.zeros(2, 3).expand(4, 3)));
        m.add(new Misuse("cat of tensors whose other sizes differ", "cat([zeros(2, 3), zeros(2, 4)], 0)",
                () -> Tensor.cat(List.of(t.zeros(2, 3), t.zeros(2, 4)), 0)));

        m.add(new Misuse("max of an empty tensor", "zeros(0).max()", () -> t.zeros(0).max()));
        m.add(new Misuse("mean of an int64 tensor", "arange(3).mean()", () -> t.arange(3).mean()));
        m.add(new Misuse("Integer division by zero", "of(1L).floorDivide(of(0L))",
                () -> t.of(1L).floorDivide(t.of(0L))));

        m.add(new Misuse("Negative size in a shape", "zeros(2, -1)", () -> t.zeros(2, -1)));
        m.add(new Misuse("More elements than a Java array holds", "Shape.of(65536, 65536)",
                () -> Shape.of(65536, 65536)));
        m.add(new Misuse("Result larger than a Java array holds", "zeros(65536, 1).add(zeros(1, 65536))",
                () -> t.zeros(65536, 1).add(t.zeros(1, 65536))));
        m.add(new Misuse("Data length that does not match the shape", "fromArray(new float[5], 2, 3)",
                () -> t.fromArray(new float[5], 2, 3)));

        m.add(new Misuse("requiresGrad on an int64 tensor", "arange(3).requiresGrad(true)",
                () -> t.arange(3).requiresGrad(true)));
        m.add(new Misuse("backward() on a tensor with several elements", "x.mul(2L).backward() for x of shape [3]",
                () -> t.ones(3).requiresGrad(true).mul(2L).backward()));
        m.add(new Misuse("backward() on a tensor that does not require grad", "ones(1).sum().backward()",
                () -> t.ones(1).sum().backward()));
        m.add(new Misuse("backward() with an int64 gradient", "x.mul(2L).backward(arange(3))",
                () -> t.ones(3).requiresGrad(true).mul(2L).backward(t.arange(3))));
        m.add(new Misuse("setGrad with a gradient of another dtype", "x.setGrad(zeros(DType.FLOAT64, 2)) for float32 x",
                () -> t.ones(2).requiresGrad(true).setGrad(t.zeros(DType.FLOAT64, 2))));
        m.add(new Misuse("backward() after an optimizer changed an input in place",
                "out = p.mul(p).sum(); p.subInPlace(ones(2)); out.backward()",
                () -> {
                    Parameter p = new Parameter(t.ones(2));
                    Tensor out = p.mul(p).sum();
                    p.subInPlace(t.ones(2));
                    out.backward();
                }));
        m.add(new Misuse("A tensor used after its memory scope closed",
                "y = x.mul(2L) inside MemoryScope.open(); y.sum() after it",
                () -> {
                    Tensor y;
                    try (var scope = org.grad4j.tensor.MemoryScope.open()) {
                        y = t.ones(2).mul(2L);
                    }
                    y.sum();
                }));
        m.add(new Misuse("backward() from a tensor its memory scope released",
                "loss = x.sum() inside MemoryScope.open(); loss.backward() after it",
                () -> {
                    Tensor x = t.ones(2).requiresGrad(true);
                    Tensor loss;
                    try (var scope = org.grad4j.tensor.MemoryScope.open()) {
                        loss = x.sum();
                    }
                    loss.backward();
                }));
        m.add(new Misuse("A second backward() through a freed graph", "y = x.mul(x).sum(); y.backward(); y.backward()",
                () -> {
                    Tensor y = t.ones(1).requiresGrad(true).mul(t.ones(1)).sum();
                    y.backward();
                    y.backward();
                }));

        m.add(new Misuse("In-place update whose result does not fit", "new Parameter(zeros(3, 1)).mulInPlace(ones(3, 4))",
                () -> new Parameter(t.zeros(3, 1)).mulInPlace(t.ones(3, 4))));
        m.add(new Misuse("MSELoss on shapes that differ", "new MSELoss().forward(zeros(3, 1), zeros(3))",
                () -> new MSELoss().forward(t.zeros(3, 1), t.zeros(3))));
        m.add(new Misuse("MSELoss on an int64 input", "new MSELoss().forward(arange(3), arange(3))",
                () -> new MSELoss().forward(t.arange(3), t.arange(3))));
        m.add(new Misuse("CrossEntropyLoss with a class index out of range",
                "new CrossEntropyLoss().forward(zeros(2, 3), of(0L, 3L))",
                () -> new CrossEntropyLoss().forward(t.zeros(2, 3), t.of(0L, 3L))));
        m.add(new Misuse("CrossEntropyLoss with a float target", "new CrossEntropyLoss().forward(zeros(2, 3), zeros(2))",
                () -> new CrossEntropyLoss().forward(t.zeros(2, 3), t.zeros(2))));

        m.add(new Misuse("TensorDataset of tensors with different row counts", "new TensorDataset(zeros(5, 2), zeros(4))",
                () -> new TensorDataset(t.zeros(5, 2), t.zeros(4))));
        m.add(new Misuse("TensorDataset index out of range", "dataset.get(5) on 5 samples",
                () -> new TensorDataset(t.zeros(5, 2)).get(5)));
        m.add(new Misuse("DataLoader batch size of 0", "DataLoader.builder(dataset).batchSize(0)",
                () -> DataLoader.builder(new TensorDataset(t.zeros(5, 2))).batchSize(0)));
        m.add(new Misuse("DataLoader over a dataset whose size() is negative",
                "DataLoader.builder(new NegativeSizeDataset()).build().size()",
                () -> DataLoader.builder(new NegativeSizeDataset()).build().size()));

        m.add(new Misuse("SGD with a negative learning rate", "new SGD(parameters, -0.1)",
                () -> new SGD(List.of(new Parameter(t.zeros(2))), -0.1)));
        m.add(new Misuse("Optimizer over no parameters", "new SGD(List.of(), 0.1)", () -> new SGD(List.of(), 0.1)));
        m.add(new Misuse("The same parameter twice in an optimizer", "new SGD(List.of(p, p), 0.1)",
                () -> {
                    Parameter p = new Parameter(t.zeros(2));
                    new SGD(List.of(p, p), 0.1);
                }));

        m.add(new Misuse("normal init with a NaN mean", "Init.normal(Double.NaN, 1, generator)",
                () -> Init.normal(Double.NaN, 1, new Generator(0))));
        m.add(new Misuse("Random init of an int64 tensor",
                "Init.uniform(0, 1, generator).create(tensors, DType.INT64, 2)",
                () -> Init.uniform(0, 1, new Generator(0)).create(t, DType.INT64, 2)));
        m.add(new Misuse("Linear layer of dtype int64", "new Linear(tensors, 2, 3, true, DType.INT64, generator)",
                () -> new Linear(t, 2, 3, true, DType.INT64, new Generator(0))));
        m.add(new Misuse("A module registered inside itself", "registerModule(\"self\", this)",
                () -> {
                    Registry registry = new Registry();
                    registry.add("self", registry);
                }));
        m.add(new Misuse("A name registered twice in a module",
                "registerParameter(\"w\", p); registerModule(\"w\", Activations.relu())",
                () -> {
                    Registry registry = new Registry();
                    registry.add("w", new Parameter(t.zeros(1)));
                    registry.add("w", Activations.relu());
                }));

        m.add(new Misuse("Unknown backend name", "BackendModules.named(\"tpu\")", () -> BackendModules.named("tpu")));
        m.add(new Misuse("Infinity from log(0) under anomaly mode", "zeros(2).log() inside AnomalyMode.enable()",
                () -> {
                    try (var scope = AnomalyMode.enable()) {
                        t.zeros(2).log();
                    }
                }));
        m.add(new Misuse("NaN from sqrt of a negative value under anomaly mode",
                "of(-1.0).sqrt() inside AnomalyMode.enable()",
                () -> {
                    try (var scope = AnomalyMode.enable()) {
                        t.of(-1.0).sqrt();
                    }
                }));
        return m;
    }

    /** A module that registers children after construction, as a misbehaving subclass could. */
    private static final class Registry extends Module {
        void add(String name, Parameter parameter) {
            registerParameter(name, parameter);
        }

        void add(String name, Module child) {
            registerModule(name, child);
        }

        @Override
        public Tensor forward(Tensor input) {
            return input;
        }
    }

    /** A dataset that reports a negative size. */
    private static final class NegativeSizeDataset implements Dataset {
        @Override
        public int size() {
            return -1;
        }

        @Override
        public List<Tensor> get(long index) {
            throw new UnsupportedOperationException("a dataset of size -1 has no samples");
        }
    }

    @Test
    void catalogMatchesMessages() throws IOException {
        String generated = render();
        if (Boolean.getBoolean("grad4j.writeErrorCatalog")) {
            Path temporary = Files.createTempFile(CATALOG.getParent(), "errors", ".md.tmp");
            Files.writeString(temporary, generated, StandardCharsets.UTF_8);
            Files.move(temporary, CATALOG, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        String onDisk = Files.exists(CATALOG) ? Files.readString(CATALOG, StandardCharsets.UTF_8) : "";
        assertEquals(generated, onDisk, "docs/errors.md is out of date; rerun this test with"
                + " -Dgrad4j.writeErrorCatalog=true and review the diff");
    }

    private String render() {
        StringBuilder out = new StringBuilder();
        out.append("# Errors and their messages\n\n");
        out.append("What grad4j throws for common misuse. `ErrorCatalogTest` in backend-pure runs every row\n");
        out.append("on the pure backend and fails when a message here differs from the code.\n\n");
        out.append("| misuse | call | exception | message |\n");
        out.append("| --- | --- | --- | --- |\n");
        for (Misuse misuse : misuses()) {
            Throwable thrown = null;
            try {
                misuse.call().run();
            } catch (RuntimeException e) {
                thrown = e;
            }
            if (thrown == null) {
                fail("no exception for: " + misuse.description());
            }
            out.append("| ").append(misuse.description())
                    .append(" | `").append(misuse.code()).append('`')
                    .append(" | `").append(thrown.getClass().getSimpleName()).append('`')
                    .append(" | ").append(escape(thrown.getMessage())).append(" |\n");
        }
        return out.toString();
    }

    private static String escape(String message) {
        return message.replace("|", "\\|").replace("\n", " ");
    }
}
