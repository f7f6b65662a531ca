package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Shape;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A tensor contains at most {@link Shape#MAX_ELEMENTS} elements, the size of the largest Java array. An op
 * asked for a larger result throws {@link IllegalArgumentException} naming the op and the
 * shape, before it allocates anything, instead of overflowing int or running out of memory.
 * The inputs here are small or are expanded views, so the checks need little memory.
 */
public abstract class ArraySizeLimitChecks extends ConformanceBase {
    private static void assertTooLarge(String op, String shape, Executable call) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, call, op);
        assertMessageContains(thrown, op + ":", shape, "more elements than a Java array can hold");
    }

    @Test
    void creationNamesTheFactoryMethod() {
        assertTooLarge("zeros", "[65536, 65536]", () -> tensors().zeros(65536, 65536));
        assertTooLarge("full", "[65536, 65536]", () -> tensors().full(1, org.grad4j.tensor.DType.INT64, 65536, 65536));
        assertTooLarge("rand", "[65536, 65536]", () -> tensors().rand(new Generator(1), 65536, 65536));
    }

    @Test
    void rowsOfTooManyElementsThrowBeforeCopying() {
        float[] row = new float[65536];
        float[][] rows = new float[65536][];
        Arrays.fill(rows, row);
        assertTooLarge("of", "[65536, 65536]", () -> tensors().of(rows));
    }

    @Test
    void broadcastResultNamesTheOp() {
        Tensor column = tensors().zeros(65536, 1);
        Tensor row = tensors().zeros(1, 65536);
        assertTooLarge("add", "[65536, 65536]", () -> column.add(row));
        assertTooLarge("mul", "[65536, 65536]", () -> column.mul(row));
        assertTooLarge("gt", "[65536, 65536]", () -> column.gt(row));
    }

    @Test
    void expandMatmulAndIndexNameTheOp() {
        assertTooLarge("expand", "[65536, 65536]", () -> tensors().zeros(1, 1).expand(65536, 65536));
        assertTooLarge("matmul", "[65536, 65536]", () -> tensors().zeros(65536, 1).matmul(tensors().zeros(1, 65536)));
        assertTooLarge("index", "[65536, 65536]", () -> tensors().zeros(2, 65536).index(tensors().zeros(
                org.grad4j.tensor.DType.INT64, 65536)));
    }

    @Test
    void catOfHugeViewsThrows() {
        Tensor half = tensors().zeros(1).expand(1_500_000_000);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Tensor.cat(List.of(half, half), 0));
        assertMessageContains(thrown, "cat:", "3000000000", "dimension 0", "more than a Java array can hold");
    }

    @Test
    void reshapeOfHugeSizesDoesNotWrapAround() {
        Tensor x = tensors().zeros(2, 3);
        IllegalArgumentException inferred = assertThrows(IllegalArgumentException.class,
                () -> x.reshape(65536, 65536, 65536, 65536, -1));
        assertMessageContains(inferred, "reshape:", "more than " + Shape.MAX_ELEMENTS);
        IllegalArgumentException explicit = assertThrows(IllegalArgumentException.class,
                () -> tensors().zeros(0).reshape(65536, 65536, 65536, 65536));
        assertMessageContains(explicit, "reshape:", "(more than " + Shape.MAX_ELEMENTS + " elements)",
                "element count must stay the same");
    }

    @Test
    void randpermAbovePermutationLimitThrows() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> tensors().randperm(new Generator(1), Integer.MAX_VALUE));
        assertMessageContains(thrown, "randperm:", Integer.toString(Integer.MAX_VALUE), "Java array");
    }
}
