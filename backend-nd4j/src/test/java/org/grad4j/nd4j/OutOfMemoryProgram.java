package org.grad4j.nd4j;

import java.util.ArrayList;
import java.util.List;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;

/**
 * Run in a child JVM with JavaCPP memory limits: adds 64 MiB tensors to a list until allocation
 * fails, catches the failure, clears the list and allocates once more. Exits with 1 if the
 * allocation never fails within 4 GiB, so a missing limit cannot pass unnoticed.
 */
final class OutOfMemoryProgram {
    private OutOfMemoryProgram() {
    }

    public static void main(String[] args) throws InterruptedException {
        Tensors tensors = new Tensors(new Nd4jBackend());
        List<Tensor> held = new ArrayList<>();
        boolean failed = false;
        try {
            for (int i = 0; i < 64; i++) {
                held.add(tensors.ones(4096, 4096));
            }
        } catch (OutOfMemoryError e) {
            failed = true;
            System.out.println("caught OutOfMemoryError after " + held.size() + " tensors: " + e.getMessage());
        }
        if (!failed) {
            System.out.println("allocation never failed");
            System.exit(1);
        }
        held.clear();
        System.gc();
        Thread.sleep(200);
        Tensor again = tensors.ones(4096, 4096);
        System.out.println("allocated again after clearing: sum " + again.sum().item());
    }
}
