package org.grad4j.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.grad4j.tensor.Shape;
import org.junit.jupiter.api.Test;

/**
 * The checks every backend shares: index bounds (never clamped, negative values count from the
 * end) and the fit of an in-place result into self, with the messages users see.
 */
class KernelsTest {
    private static void assertMessageContains(Throwable thrown, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(thrown.getMessage().contains(fragment),
                    "expected the message to contain '" + fragment + "' but it was: " + thrown.getMessage());
        }
    }

    @Test
    void checkIndexKeepsValidIndex() {
        assertEquals(0, Kernels.checkIndex("index", 0, 0, 5));
        assertEquals(4, Kernels.checkIndex("index", 4, 0, 5));
    }

    @Test
    void checkIndexCountsNegativeFromEnd() {
        assertEquals(4, Kernels.checkIndex("index", -1, 0, 5));
        assertEquals(0, Kernels.checkIndex("index", -5, 0, 5));
    }

    @Test
    void checkIndexEqualToSizeThrows() {
        IndexOutOfBoundsException thrown = assertThrows(IndexOutOfBoundsException.class,
                () -> Kernels.checkIndex("index", 5, 0, 5));
        assertMessageContains(thrown, "index", "index 5", "dimension 0", "size 5", "[-5, 4]");
    }

    @Test
    void checkIndexBelowNegativeSizeThrows() {
        IndexOutOfBoundsException thrown = assertThrows(IndexOutOfBoundsException.class,
                () -> Kernels.checkIndex("select", -6, 1, 5));
        assertMessageContains(thrown, "select", "index -6", "dimension 1", "size 5");
    }

    @Test
    void checkIndexOfEmptyDimensionThrows() {
        IndexOutOfBoundsException thrown = assertThrows(IndexOutOfBoundsException.class,
                () -> Kernels.checkIndex("index", 0, 0, 0));
        assertMessageContains(thrown, "index 0", "size 0", "empty");
    }

    /** Indices beyond the int range must throw, not wrap around into a valid position. */
    @Test
    void checkIndexOfExtremeLongsThrows() {
        assertThrows(IndexOutOfBoundsException.class, () -> Kernels.checkIndex("index", Long.MAX_VALUE, 0, 5));
        assertThrows(IndexOutOfBoundsException.class, () -> Kernels.checkIndex("index", Long.MIN_VALUE, 0, 5));
        assertThrows(IndexOutOfBoundsException.class, () -> Kernels.checkIndex("index", 4294967296L, 0, 5));
    }

    @Test
    void checkInPlaceAcceptsFittingShapes() {
        Kernels.checkInPlace("mul", Shape.of(3, 4), Shape.of(3, 1));
        Kernels.checkInPlace("mul", Shape.of(3, 4), Shape.of(4));
        Kernels.checkInPlace("mul", Shape.of(3, 4), Shape.scalar());
        Kernels.checkInPlace("mul", Shape.of(3, 4), Shape.of(3, 4));
    }

    @Test
    void checkInPlaceTooLargeThrows() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Kernels.checkInPlace("mul", Shape.of(3, 1), Shape.of(3, 4)));
        assertMessageContains(thrown, "mul in place", "[3, 1]", "[3, 4]", "out-of-place");
    }

    @Test
    void checkInPlaceHigherRankThrows() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Kernels.checkInPlace("add", Shape.of(3), Shape.of(1, 3)));
        assertMessageContains(thrown, "add in place", "[3]", "[1, 3]");
    }

    @Test
    void checkInPlaceIncompatibleThrows() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Kernels.checkInPlace("sub", Shape.of(3, 2), Shape.of(4)));
        assertMessageContains(thrown, "sub", "[3, 2]", "[4]");
    }
}
