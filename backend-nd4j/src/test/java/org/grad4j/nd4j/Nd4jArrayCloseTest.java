package org.grad4j.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.grad4j.tensor.Shape;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataBuffer;

/** Closing ND4J arrays frees a native buffer exactly when the last array that shares it is closed. */
class Nd4jArrayCloseTest {
    private final Nd4jBackend backend = (Nd4jBackend) Side.ND4J.backend;

    @Test
    void closeFreesUnsharedBuffer() {
        Nd4jArray x = (Nd4jArray) backend.fromFloats(new float[] {1, 2, 3, 4}, Shape.of(2, 2));
        DataBuffer buffer = x.array.data();
        x.close();
        assertTrue(buffer.wasClosed(), "buffer freed");
    }

    @Test
    void viewKeepsSharedBufferAlive() {
        Nd4jArray base = (Nd4jArray) backend.fromFloats(new float[] {1, 2, 3, 4}, Shape.of(2, 2));
        Nd4jArray view = (Nd4jArray) backend.permute(base, new int[] {1, 0});
        Nd4jArray slice = (Nd4jArray) backend.slice(base, 0, 1, 2, 1);
        DataBuffer buffer = base.array.data();

        base.close();
        assertFalse(buffer.wasClosed(), "buffer freed while views are open");
        assertArrayEquals(new float[] {1, 3, 2, 4}, backend.toFloats(view));

        view.close();
        assertArrayEquals(new float[] {3, 4}, backend.toFloats(slice));
        slice.close();
        assertTrue(buffer.wasClosed(), "buffer freed after the last view");
    }

    @Test
    void closedArrayRejectsUse() {
        Nd4jArray x = (Nd4jArray) backend.fromFloats(new float[] {1, 2}, Shape.of(2));
        x.close();
        x.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> backend.toFloats(x));
        assertTrue(e.getMessage().contains("was closed"), e.getMessage());
    }
}
