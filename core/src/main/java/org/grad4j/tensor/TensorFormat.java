package org.grad4j.tensor;

import java.util.Locale;

/** Formats tensor values the way PyTorch prints them, so course output reads the same. */
final class TensorFormat {
    private static final int EDGE_ITEMS = 3;
    private static final int SUMMARIZE_ABOVE = 1000;

    private TensorFormat() {
    }

    static String format(Tensor tensor) {
        Shape shape = tensor.shape();
        if (tensor.isReleased()) {
            return "tensor(<released>, shape=" + shape + ", dtype=" + tensor.dtype() + ")";
        }
        String[] cells = cells(tensor);
        int width = 0;
        for (String cell : cells) {
            width = Math.max(width, cell.length());
        }
        StringBuilder out = new StringBuilder("tensor(");
        if (shape.size() == 0) {
            out.append("[]");
            if (shape.rank() > 1 || shape.rank() == 1 && shape.dim(0) != 0) {
                out.append(", size=").append(shape);
            }
        } else {
            boolean summarize = shape.size() > SUMMARIZE_ABOVE;
            appendLevel(out, cells, shape, shape.contiguousStrides(), 0, 0, width, "tensor(".length(), summarize);
        }
        if (tensor.dtype() == DType.FLOAT64) {
            out.append(", dtype=float64");
        }
        if (tensor.gradFn() != null) {
            out.append(", gradFn=<").append(tensor.gradFn()).append('>');
        } else if (tensor.requiresGrad()) {
            out.append(", requiresGrad=true");
        }
        return out.append(')').toString();
    }

    private static void appendLevel(StringBuilder out, String[] cells, Shape shape, int[] strides, int dim,
            int offset, int width, int indent, boolean summarize) {
        if (dim == shape.rank()) {
            out.append(pad(cells[offset], width));
            return;
        }
        int size = shape.dim(dim);
        out.append('[');
        for (int i = 0; i < size; i++) {
            if (summarize && size > 2 * EDGE_ITEMS && i == EDGE_ITEMS) {
                out.append("...");
                i = size - EDGE_ITEMS - 1;
                appendSeparator(out, shape, dim, indent);
                continue;
            }
            appendLevel(out, cells, shape, strides, dim + 1, offset + i * strides[dim], width, indent + 1, summarize);
            if (i < size - 1) {
                appendSeparator(out, shape, dim, indent);
            }
        }
        out.append(']');
    }

    private static void appendSeparator(StringBuilder out, Shape shape, int dim, int indent) {
        if (dim == shape.rank() - 1) {
            out.append(", ");
            return;
        }
        out.append(',');
        out.append("\n".repeat(shape.rank() - 1 - dim));
        out.append(" ".repeat(indent + 1));
    }

    private static String pad(String cell, int width) {
        return " ".repeat(width - cell.length()) + cell;
    }

    private static String[] cells(Tensor tensor) {
        if (tensor.dtype() == DType.INT64) {
            long[] values = tensor.toLongArray();
            String[] cells = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                cells[i] = Long.toString(values[i]);
            }
            return cells;
        }
        double[] values = tensor.toDoubleArray();
        boolean integral = true;
        double maxAbs = 0;
        double minAbs = Double.POSITIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                integral &= v == Math.rint(v);
                maxAbs = Math.max(maxAbs, Math.abs(v));
                if (v != 0) {
                    minAbs = Math.min(minAbs, Math.abs(v));
                }
            }
        }
        boolean scientific = maxAbs >= 1e8 || (!integral && minAbs < 1e-4) || (maxAbs / minAbs > 1000 && !integral);
        String[] cells = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = cell(values[i], integral && maxAbs < 1e8, scientific);
        }
        return cells;
    }

    private static String cell(double v, boolean integral, boolean scientific) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (integral) {
            return String.format(Locale.ROOT, "%.0f.", v);
        }
        if (scientific) {
            return String.format(Locale.ROOT, "%.4e", v);
        }
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
