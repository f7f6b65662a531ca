package org.grad4j.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.grad4j.pure.PureBackend;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Shape;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineGridTest {
    private static final float TOLERANCE = 1e-6f;

    private final Tensors tensors = new Tensors(new PureBackend());

    private LineGrid grid(int cells, int outputs) {
        return new LineGrid(tensors, cells, outputs, new Generator(11));
    }

    /** Returns row {@code i} of the grid's values. */
    private static float[] row(LineGrid grid, int i) {
        return grid.grid().get(i).toFloatArray();
    }

    @Test
    void gridHasOneRowPerBoundary() {
        LineGrid grid = grid(5, 2);

        assertEquals(Shape.of(6, 2), grid.grid().shape());
        assertEquals(DType.FLOAT32, grid.grid().dtype());
        assertEquals(12, grid.parameterCount());
        assertEquals(1, grid.parameters().size());
    }

    @Test
    void gridIsDrawnFromTheGenerator() {
        float[] first = new LineGrid(tensors, 5, 2, new Generator(3)).grid().toFloatArray();
        float[] again = new LineGrid(tensors, 5, 2, new Generator(3)).grid().toFloatArray();
        float[] other = new LineGrid(tensors, 5, 2, new Generator(4)).grid().toFloatArray();

        assertArrayEquals(first, again);
        assertTrue(!java.util.Arrays.equals(first, other), "different seeds gave the same grid");
    }

    @Test
    void outputShapeIsInputShapePlusOutputs() {
        LineGrid grid = grid(5, 3);

        assertEquals(Shape.of(3, 3), grid.forward(tensors.of(1.5f, 2.7f, 3.6f)).shape());
        assertEquals(Shape.of(2, 4, 3), grid.forward(tensors.rand(new Generator(1), 2, 4).mul(5)).shape());
        assertEquals(Shape.of(3), grid.forward(tensors.scalar(2.5, DType.FLOAT32)).shape());
        assertEquals(Shape.of(0, 3), grid.forward(tensors.zeros(0)).shape());
    }

    @Test
    void boundariesReturnGridRows() {
        LineGrid grid = grid(5, 2);
        Tensor output = grid.forward(tensors.of(0f, 1f, 4f));

        assertArrayEquals(row(grid, 0), output.get(0).toFloatArray(), TOLERANCE);
        assertArrayEquals(row(grid, 1), output.get(1).toFloatArray(), TOLERANCE);
        assertArrayEquals(row(grid, 4), output.get(2).toFloatArray(), TOLERANCE);
    }

    @Test
    void rightEdgeReturnsLastRow() {
        LineGrid grid = grid(5, 2);
        Tensor output = grid.forward(tensors.of(5f));

        assertArrayEquals(row(grid, 5), output.get(0).toFloatArray(), TOLERANCE);
    }

    @Test
    void interiorPointsInterpolateLinearly() {
        LineGrid grid = grid(5, 2);
        float[] output = grid.forward(tensors.of(2.25f)).toFloatArray();
        float[] left = row(grid, 2);
        float[] right = row(grid, 3);

        for (int k = 0; k < 2; k++) {
            assertEquals(0.75f * left[k] + 0.25f * right[k], output[k], 1e-5f, "output " + k);
        }
    }

    @Test
    void integerInputIsAccepted() {
        LineGrid grid = grid(5, 2);
        Tensor output = grid.forward(tensors.of(3L));

        assertEquals(DType.FLOAT32, output.dtype());
        assertArrayEquals(row(grid, 3), output.get(0).toFloatArray(), TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(floats = {-0.5f, -1e-6f, 5.001f, 100f, Float.NaN, Float.POSITIVE_INFINITY})
    void outOfRangeInputIsRejected(float value) {
        LineGrid grid = grid(5, 2);
        Tensor x = tensors.of(1f, value, 2f);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> grid.forward(x));

        String message = error.getMessage();
        assertTrue(message.contains(Double.toString(value)), message);
        assertTrue(message.contains("[0, 5]"), message);
        assertTrue(message.contains("position 1"), message);
    }

    @Test
    void invalidSizesAreRejected() {
        IllegalArgumentException noCells = assertThrows(IllegalArgumentException.class, () -> grid(0, 2));
        IllegalArgumentException noOutputs = assertThrows(IllegalArgumentException.class, () -> grid(5, 0));

        assertTrue(noCells.getMessage().contains("0 and 2"), noCells.getMessage());
        assertTrue(noOutputs.getMessage().contains("5 and 0"), noOutputs.getMessage());
    }

    @Test
    void gradientReachesBothBoundaryRows() {
        LineGrid grid = grid(5, 2);

        grid.forward(tensors.of(1.25f)).sum().backward();

        Tensor gradient = grid.grid().grad();
        assertNotNull(gradient, "the grid got no gradient");
        float[] expected = new float[12];
        // d(output)/d(grid[1]) = 1 - alpha and d(output)/d(grid[2]) = alpha, for each output.
        expected[2] = 0.75f;
        expected[3] = 0.75f;
        expected[4] = 0.25f;
        expected[5] = 0.25f;
        assertArrayEquals(expected, gradient.toFloatArray(), TOLERANCE);
    }

    @Test
    void gradientOfRepeatedCellsAddsUp() {
        LineGrid grid = grid(5, 1);

        grid.forward(tensors.of(0.5f, 0.5f, 4.5f)).sum().backward();

        assertArrayEquals(new float[] {1f, 1f, 0f, 0f, 0.5f, 0.5f}, grid.grid().grad().toFloatArray(), TOLERANCE);
    }

    @Test
    void gradientReachesInputAsSlopeOfCell() {
        LineGrid grid = grid(5, 1);
        Tensor x = tensors.of(3.5f).requiresGrad(true);

        grid.forward(x).sum().backward();

        float slope = row(grid, 4)[0] - row(grid, 3)[0];
        assertEquals(slope, x.grad().toFloatArray()[0], 1e-5f);
    }
}
