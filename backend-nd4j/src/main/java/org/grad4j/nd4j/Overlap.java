package org.grad4j.nd4j;

import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Detects arrays whose elements may share memory, such as a tensor and its transpose, so an
 * in-place kernel can copy its operand before overwriting the target.
 */
final class Overlap {
    private Overlap() {
    }

    /** Returns true if the memory spans of two non-empty arrays intersect; may report true for interleaved views that share no element. */
    static boolean overlaps(INDArray a, INDArray b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        long aStart = firstAddress(a);
        long bStart = firstAddress(b);
        long aEnd = aStart + span(a);
        long bEnd = bStart + span(b);
        return aStart <= bEnd && bStart <= aEnd;
    }

    private static long firstAddress(INDArray x) {
        DataBuffer buffer = x.data();
        DataBuffer root = buffer.underlyingDataBuffer() != null ? buffer.underlyingDataBuffer() : buffer;
        return root.addressPointer().address() + x.offset() * root.getElementSize();
    }

    /** Returns the distance in bytes from the first to the last element's first byte, plus one element. */
    private static long span(INDArray x) {
        long[] shape = x.shape();
        long[] strides = x.stride();
        long last = 0;
        for (int i = 0; i < shape.length; i++) {
            last += (shape[i] - 1) * Math.abs(strides[i]);
        }
        return (last + 1) * x.data().getElementSize() - 1;
    }
}
