package org.grad4j.examples;

import org.grad4j.nn.Init;
import org.grad4j.nn.Module;
import org.grad4j.nn.Parameter;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;

/**
 * A learnable piecewise-linear function from {@code [0, n]} to {@code R^d}: the interval is cut
 * into n unit cells, a {@code (n + 1) x d} grid stores the value at every cell boundary, and the
 * output at x interpolates linearly between the two boundaries of x's cell.
 *
 * <p>For x in cell {@code i = floor(x)} with {@code alpha = x - i}, the output is
 * {@code grid[i] * (1 - alpha) + grid[i + 1] * alpha}. The right edge x = n belongs to the last
 * cell, with alpha 1, so it returns {@code grid[n]}. Inputs of any shape work: the output has
 * shape {@code x.shape + [d]}. Gradients reach the grid and, through alpha, the input.
 */
public final class LineGrid extends Module {
    private final int cells;
    private final Parameter grid;

    /**
     * Creates a FLOAT32 grid of {@code cells} cells with {@code outputs} values per boundary,
     * drawn from N(0, 1) by {@code generator}.
     *
     * @throws IllegalArgumentException if {@code cells} or {@code outputs} is not positive
     */
    public LineGrid(Tensors tensors, int cells, int outputs, Generator generator) {
        if (cells <= 0 || outputs <= 0) {
            throw new IllegalArgumentException("LineGrid: the number of cells and of outputs must be positive but were "
                    + cells + " and " + outputs);
        }
        this.cells = cells;
        Tensor initial = Init.normal(0, 1, generator).create(tensors, DType.FLOAT32, cells + 1, outputs);
        this.grid = registerParameter("grid", new Parameter(initial));
    }

    /** Returns the number of cells n; inputs must lie in {@code [0, n]}. */
    public int cells() {
        return cells;
    }

    /** Returns the learnable boundary values, shape {@code [n + 1, d]}. */
    public Parameter grid() {
        return grid;
    }

    /**
     * Interpolates the grid at every element of {@code x}.
     *
     * @throws IllegalArgumentException if an element is NaN or outside {@code [0, n]}
     */
    @Override
    public Tensor forward(Tensor x) {
        if (!x.dtype().isFloatingPoint()) {
            x = x.cast(grid.dtype());
        }
        checkRange(x);

        // The cell index is a constant of the graph: floor has no useful gradient. Clamping to
        // n - 1 puts the right edge x = n into the last cell with alpha 1.
        Tensor cell = x.detach().floor().clamp(0, cells - 1);
        Tensor index = cell.cast(DType.INT64);
        Tensor alpha = x.sub(cell).unsqueeze(-1);

        Tensor left = grid.index(index);
        Tensor right = grid.index(index.add(1L));
        return left.mul(alpha.rsub(1)).add(right.mul(alpha));
    }

    /** Rejects NaN and values outside [0, n], for which the grid has no cell. */
    private void checkRange(Tensor x) {
        // NOTE: this copies the input's values into a Java array on every call, so its cost
        // grows with the input size.
        double[] values = x.toDoubleArray();
        for (int i = 0; i < values.length; i++) {
            double value = values[i];
            if (!(value >= 0 && value <= cells)) {
                throw new IllegalArgumentException("LineGrid: input value " + value + " at flat position " + i
                        + " of an input of shape " + x.shape() + " is not in the grid's range [0, " + cells
                        + "]; scale or clamp the input into that range, or create a grid with more cells");
            }
        }
    }

    @Override
    public String toString() {
        return "LineGrid(cells=" + cells + ", outputs=" + grid.shape().dim(1) + ")";
    }
}
