package org.grad4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.grad4j.pure.PureBackend;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;
import org.junit.jupiter.api.Test;

class TourCommandTest {
    private static final List<String> LABELS_IN_ORDER = List.of("1. LineGrid(n=5, d=2)", "output: tensor(",
            "output shape: [3, 2]", "2. MSE", "label: tensor([[1., 2.],", "MSE by hand", "MSE by MSELoss", "3. ",
            "dataset[12]: (tensor(", "dataset[10:15]: (tensor([", "4. Parameters", "grid: shape [6, 2]",
            "parameter count: 12");

    private final Tensors tensors = new Tensors(new PureBackend());

    @Test
    void tourPrintsLabelledSectionsInOrder() {
        CommandRun run = CommandRun.of("tour", "--seed=4");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.outLines();
        int position = -1;
        for (String label : LABELS_IN_ORDER) {
            int found = indexOfLineStartingWith(lines, label, position + 1);
            assertTrue(found > position, "'" + label + "' is missing or out of order in:\n" + run.out());
            position = found;
        }
    }

    @Test
    void mseByHandEqualsMseLoss() {
        CommandRun run = CommandRun.of("tour", "--seed=4");

        double byHand = valueAfter(run.outLines(), "MSE by hand, ((output - label)^2).mean(): ");
        double byLoss = valueAfter(run.outLines(), "MSE by MSELoss: ");

        assertEquals(byHand, byLoss, 1e-6 * byHand);
        // The same value computed here in double precision from a grid drawn from the same seed.
        LineGrid grid = new LineGrid(tensors, 5, 2, new Generator(4));
        float[] output = grid.forward(tensors.of(1.5f, 2.7f, 3.6f)).toFloatArray();
        double[] label = {1, 2, 3, 4, 5, 6};
        double sum = 0;
        for (int i = 0; i < label.length; i++) {
            sum += (output[i] - label[i]) * (output[i] - label[i]);
        }
        assertEquals(sum / label.length, byHand, 1e-5 * byHand);
    }

    @Test
    void samplesComeFromTheSeededData() {
        CommandRun run = CommandRun.of("tour", "--seed=4");

        // The tour draws the grid first and the data second from one generator.
        Generator generator = new Generator(4);
        new LineGrid(tensors, 5, 2, generator);
        SineCosineData data = SineCosineData.generate(tensors, generator, 250, 20, 0.1);
        Tensor x = data.x();
        Tensor y = data.y();
        String expectedSample = "dataset[12]: (" + x.get(12) + ", " + y.get(12) + ")";
        String expectedSlice = "dataset[10:15]: (" + x.slice(0, 10, 15) + ", " + y.slice(0, 10, 15) + ")";

        assertTrue(run.out().contains(expectedSample + "\n"), "expected '" + expectedSample + "' in:\n" + run.out());
        assertTrue(run.out().contains(expectedSlice + "\n"), "expected '" + expectedSlice + "' in:\n" + run.out());
    }

    @Test
    void seedChangesTheValues() {
        CommandRun first = CommandRun.of("tour", "--seed=4");
        CommandRun other = CommandRun.of("tour", "--seed=5");

        assertNotEquals(first.out(), other.out());
        assertEquals(first.out(), CommandRun.of("tour", "--seed=4").out());
    }

    @Test
    void unknownBackendIsRejected() {
        CommandRun run = CommandRun.of("tour", "--backend=no-such-backend");

        SineCosineCommandTest.assertInvalid(run, "no-such-backend");
    }

    private static int indexOfLineStartingWith(List<String> lines, String prefix, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static double valueAfter(List<String> lines, String prefix) {
        for (String line : lines) {
            if (line.startsWith(prefix)) {
                return Double.parseDouble(line.substring(prefix.length()));
            }
        }
        throw new AssertionError("no line starts with '" + prefix + "' in " + lines);
    }
}
