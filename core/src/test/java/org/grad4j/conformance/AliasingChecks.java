package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.grad4j.nn.Parameter;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * No op changes its inputs, in the forward or the backward pass, and no result depends on
 * whether the inputs share storage. An op applied to a tensor and a view of that same tensor
 * gives what it gives on independent copies.
 */
public abstract class AliasingChecks extends ConformanceBase {
    private static final int SEEDS = 3;

    @Test
    void opsLeaveInputsUnchanged() {
        for (OpCatalog.Op op : OpCatalog.all()) {
            for (int seed = 0; seed < SEEDS; seed++) {
                Random random = new Random(seed);
                Tensor[] inputs = op.inputs(tensors(), DType.FLOAT64, random);
                double[][] before = new double[inputs.length][];
                for (int i = 0; i < inputs.length; i++) {
                    inputs[i].requiresGrad(true);
                    before[i] = inputs[i].toDoubleArray();
                }

                Tensor out = op.apply().apply(inputs, new Random(seed));
                out.sum().backward();

                for (int i = 0; i < inputs.length; i++) {
                    assertArrayEquals(before[i], inputs[i].toDoubleArray(), op + " seed " + seed + " input " + i);
                }
            }
        }
    }

    @Test
    void binaryOpsIgnoreSharedStorage() {
        Tensor a = tensors().of(new double[][] {{1, -2, 3}, {0.5, 4, -1}, {2, 2, -3}});
        Tensor b = a.transpose(0, 1);
        Tensor bCopy = b.copy();
        assertArrayEquals(a.add(bCopy).toDoubleArray(), a.add(b).toDoubleArray(), "add");
        assertArrayEquals(a.mul(bCopy).toDoubleArray(), a.mul(b).toDoubleArray(), "mul");
        assertArrayEquals(a.matmul(bCopy).toDoubleArray(), a.matmul(b).toDoubleArray(), "matmul");
        assertArrayEquals(a.matmul(a.copy()).toDoubleArray(), a.matmul(a).toDoubleArray(), "matmul with itself");
        assertArrayEquals(Tensor.cat(java.util.List.of(a, bCopy), 0).toDoubleArray(),
                Tensor.cat(java.util.List.of(a, b), 0).toDoubleArray(), "cat");
    }

    @Test
    void inPlaceUpdateWithItsOwnView() {
        double[][] values = {{1, 2}, {3, 4}};
        Parameter viaView = new Parameter(tensors().of(values));
        Parameter viaCopy = new Parameter(tensors().of(values));

        viaView.addInPlace(viaView.transpose(0, 1));
        viaCopy.addInPlace(viaCopy.transpose(0, 1).copy());

        assertClose(new double[] {2, 5, 5, 8}, viaView, new int[] {2, 2}, 0, 0);
        assertArrayEquals(viaCopy.toDoubleArray(), viaView.toDoubleArray(), "with a copy of the view");
    }

    @Test
    void inPlaceUpdateWithItself() {
        Parameter p = new Parameter(tensors().of(1.0, -2.0, 3.0));
        p.subInPlace(p);
        assertClose(new double[] {0, 0, 0}, p, new int[] {3}, 0, 0);
    }
}
