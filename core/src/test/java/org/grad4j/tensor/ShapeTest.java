package org.grad4j.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Shape: sizes, element-count limit, dimension normalization and broadcasting with its messages. */
class ShapeTest {
    private static void assertMessageContains(Throwable thrown, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(thrown.getMessage().contains(fragment),
                    "expected the message to contain '" + fragment + "' but it was: " + thrown.getMessage());
        }
    }

    @Test
    void sizesRankAndCount() {
        Shape shape = Shape.of(2, 3, 4);
        assertEquals(3, shape.rank());
        assertEquals(24, shape.size());
        assertEquals(4, shape.dim(-1));
        assertEquals(2, shape.dim(0));
        assertArrayEquals(new int[] {2, 3, 4}, shape.toArray());
    }

    @Test
    void scalarHasOneElement() {
        assertEquals(0, Shape.scalar().rank());
        assertEquals(1, Shape.scalar().size());
        assertEquals(Shape.scalar(), Shape.of());
    }

    @Test
    void zeroSizeHasNoElements() {
        assertEquals(0, Shape.of(2, 0, 3).size());
    }

    @Test
    void arraysAreCopied() {
        int[] dims = {2, 3};
        Shape shape = Shape.of(dims);
        dims[0] = 7;
        shape.toArray()[1] = 9;
        assertEquals(Shape.of(2, 3), shape);
    }

    @Test
    void negativeSizeThrows() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Shape.of(2, -1));
        assertMessageContains(thrown, "-1", "dimension 1");
    }

    @Test
    void countAtLimitIsAccepted() {
        assertEquals(2147483637, Shape.of(3, 715827879).size());
        assertEquals(Shape.MAX_ELEMENTS, Shape.of(Shape.MAX_ELEMENTS).size());
    }

    @Test
    void countAboveLimitThrows() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Shape.of(2, 1073741820));
        assertMessageContains(thrown, "[2, 1073741820]", String.valueOf(Shape.MAX_ELEMENTS));
        assertThrows(IllegalArgumentException.class, () -> Shape.of(Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> Shape.of(46341, 46341));
    }

    /** The limit is on the element count, which is 0 here however large the other sizes are. */
    @Test
    void largeSizesWithZeroAreEmpty() {
        assertEquals(0, Shape.of(65536, 65536, 0).size());
        assertEquals(0, Shape.of(0, 65536, 65536).size());
    }

    @Test
    void normalizeDimCountsFromEnd() {
        Shape shape = Shape.of(2, 3);
        assertEquals(1, shape.normalizeDim("op", -1));
        assertEquals(0, shape.normalizeDim("op", -2));
        assertEquals(1, shape.normalizeDim("op", 1));
    }

    @Test
    void normalizeDimOutOfRangeThrows() {
        Shape shape = Shape.of(2, 3);
        IndexOutOfBoundsException thrown = assertThrows(IndexOutOfBoundsException.class,
                () -> shape.normalizeDim("sum", 2));
        assertMessageContains(thrown, "sum", "dimension 2", "rank 2", "[-2, 1]");
        assertThrows(IndexOutOfBoundsException.class, () -> shape.normalizeDim("sum", -3));
    }

    @Test
    void normalizeDimOfScalarThrows() {
        IndexOutOfBoundsException thrown = assertThrows(IndexOutOfBoundsException.class,
                () -> Shape.scalar().normalizeDim("sort", 0));
        assertMessageContains(thrown, "sort", "rank 0", "no dimensions");
    }

    @Test
    void normalizeDimForGivenRank() {
        assertEquals(2, Shape.normalizeDim("unsqueeze", -1, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> Shape.normalizeDim("unsqueeze", 3, 3));
    }

    @Test
    void contiguousStridesInElements() {
        assertArrayEquals(new int[] {12, 4, 1}, Shape.of(2, 3, 4).contiguousStrides());
        assertArrayEquals(new int[0], Shape.scalar().contiguousStrides());
        assertArrayEquals(new int[] {3, 3, 1}, Shape.of(2, 0, 3).contiguousStrides());
    }

    @Test
    void broadcastAlignsAtLastDimension() {
        assertEquals(Shape.of(2, 3), Shape.broadcast("add", Shape.of(2, 3), Shape.of(3)));
        assertEquals(Shape.of(2, 3), Shape.broadcast("add", Shape.of(3), Shape.of(2, 3)));
        assertEquals(Shape.of(2, 3), Shape.broadcast("add", Shape.of(2, 1), Shape.of(1, 3)));
        assertEquals(Shape.of(2, 4, 3), Shape.broadcast("add", Shape.of(2, 1, 3), Shape.of(4, 1)));
        assertEquals(Shape.of(2), Shape.broadcast("add", Shape.scalar(), Shape.of(2)));
        assertEquals(Shape.scalar(), Shape.broadcast("add", Shape.scalar(), Shape.scalar()));
    }

    @Test
    void broadcastWithZeroSize() {
        assertEquals(Shape.of(0, 3), Shape.broadcast("mul", Shape.of(0, 1), Shape.of(3)));
        assertEquals(Shape.of(0), Shape.broadcast("mul", Shape.of(0), Shape.of(1)));
        assertThrows(IllegalArgumentException.class, () -> Shape.broadcast("mul", Shape.of(0), Shape.of(2)));
    }

    @Test
    void broadcastMismatchNamesOpShapesAndDimension() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Shape.broadcast("sub", Shape.of(2, 3), Shape.of(4)));
        assertMessageContains(thrown, "sub", "[2, 3]", "[4]", "sizes 3 and 4", "dimension -1");
    }

    @Test
    void broadcastMismatchInLeadingDimension() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Shape.broadcast("add", Shape.of(2, 1, 3), Shape.of(5, 4, 3)));
        assertMessageContains(thrown, "[2, 1, 3]", "[5, 4, 3]", "sizes 2 and 5", "dimension -3");
    }

    @Test
    void equalityAndText() {
        assertEquals(Shape.of(2, 3), Shape.of(2, 3));
        assertEquals(Shape.of(2, 3).hashCode(), Shape.of(2, 3).hashCode());
        assertNotEquals(Shape.of(2, 3), Shape.of(3, 2));
        assertNotEquals(Shape.of(1), Shape.scalar());
        assertEquals("[2, 3]", Shape.of(2, 3).toString());
        assertEquals("[]", Shape.scalar().toString());
    }
}
