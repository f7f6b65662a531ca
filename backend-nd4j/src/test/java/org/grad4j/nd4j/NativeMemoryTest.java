package org.grad4j.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.grad4j.pure.PureBackend;
import org.grad4j.tensor.Tensors;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Native memory of the ND4J backend in long loops: with a memory scope per step it stays flat,
 * and running out of it raises an error the program can catch and recover from.
 */
class NativeMemoryTest {
    private static final Logger LOG = LoggerFactory.getLogger(NativeMemoryTest.class);
    private static final double MIB = 1024.0 * 1024.0;

    /**
     * Growth of the resident set allowed between the checkpoint after warm-up and the last step.
     * A training step makes about 2 MiB of arrays, so leaking them would add about 3 GiB over
     * the 1,500 measured steps, and the index loop would add about 100 MiB. Without a leak the
     * JVM adds a few MiB of compiled code and metadata, and ND4J frees some small native
     * structures only when the garbage collector finds their Java objects. With the 1 GiB heap
     * the training run grew by about 20 MiB on a 2-core x86-64 machine. The limit leaves room
     * for both on a slower machine.
     */
    private static final long MAX_RSS_GROWTH = 64L * 1024 * 1024;

    /**
     * Growth of JavaCPP's tracked off-heap bytes allowed between the early checkpoint and the
     * last step. NOTE: with ND4J 1.0.0-M2.1 this count leaves out the data buffers of ND4J arrays
     * (ten arrays of 4 MB add a few hundred bytes to it), so the resident-set check is the one
     * that catches a leak of arrays.
     */
    private static final long MAX_TRACKED_GROWTH = 32L * 1024 * 1024;

    /**
     * A pre-touched heap of 1 GiB, so that the garbage collector runs rarely and cannot hide a
     * leak of arrays that only a collection would free. JavaCPP's limits of 1 GiB tracked and
     * 2 GiB resident bytes make a leak end in a catchable OutOfMemoryError before it exhausts
     * the machine.
     */
    private static final List<String> TRAINING_JVM_OPTIONS = List.of("-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch",
            "-Dorg.bytedeco.javacpp.maxbytes=1G", "-Dorg.bytedeco.javacpp.maxphysicalbytes=2G");

    @Test
    void wideTrainingKeepsMemoryFlat() throws IOException, InterruptedException {
        String output = runChild(TRAINING_JVM_OPTIONS, NativeMemoryProgram.class, "wide");
        assertFlat("Linear(256, 256) training", output, NativeMemoryProgram.TRAINING_STEPS);

        double nd4j = Double.parseDouble(lineStartingWith(output, "loss ").substring("loss ".length()));
        double pure = NativeMemoryProgram.trainWide(new Tensors(new PureBackend()), NativeMemoryProgram.TRAINING_STEPS,
                false);
        assertEquals(pure, nd4j, 1e-5 * Math.abs(pure), "loss after " + NativeMemoryProgram.TRAINING_STEPS
                + " steps against the pure backend");
    }

    @Test
    void indexLoopKeepsMemoryFlat() throws IOException, InterruptedException {
        String output = runChild(List.of("-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch"),
                NativeMemoryProgram.class, "index");
        assertFlat("index loop", output, 10_000);
    }

    /**
     * Checks the growth of tracked off-heap bytes from {@link NativeMemoryProgram#TRACKED_CHECKPOINT}
     * and of the resident set from {@link NativeMemoryProgram#RESIDENT_CHECKPOINT} to
     * {@code lastStep}, from the checkpoint lines the child printed.
     */
    private static void assertFlat(String loop, String output, int lastStep) {
        Map<Integer, long[]> checkpoints = new HashMap<>();
        for (String line : output.split("\\R")) {
            if (line.startsWith("checkpoint ")) {
                String[] parts = line.split(" ");
                checkpoints.put(Integer.parseInt(parts[1]), new long[] {Long.parseLong(parts[2]), Long.parseLong(parts[3])});
            }
        }
        long[] tracked = checkpoint(checkpoints, NativeMemoryProgram.TRACKED_CHECKPOINT, output);
        long[] resident = checkpoint(checkpoints, NativeMemoryProgram.RESIDENT_CHECKPOINT, output);
        long[] last = checkpoint(checkpoints, lastStep, output);
        String figures = String.format("%s: tracked off-heap %.1f -> %.1f MiB from step %d, resident %.1f -> %.1f MiB"
                + " from step %d, to step %d", loop, tracked[0] / MIB, last[0] / MIB,
                NativeMemoryProgram.TRACKED_CHECKPOINT, resident[1] / MIB, last[1] / MIB,
                NativeMemoryProgram.RESIDENT_CHECKPOINT, lastStep);
        assertTrue(last[0] - tracked[0] <= MAX_TRACKED_GROWTH, figures);
        assertTrue(last[1] - resident[1] <= MAX_RSS_GROWTH, figures);
        LOG.info(figures);
    }

    private static long[] checkpoint(Map<Integer, long[]> checkpoints, int step, String output) {
        long[] figures = checkpoints.get(step);
        if (figures == null) {
            throw new AssertionError("no checkpoint line for step " + step + " in: " + output);
        }
        return figures;
    }

    private static String lineStartingWith(String output, String prefix) {
        for (String line : output.split("\\R")) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("no line starting with '" + prefix + "' in: " + output);
    }

    /** Runs {@code mainClass} in a child JVM with this test's class path and returns its output. */
    private static String runChild(List<String> jvmOptions, Class<?> mainClass, String... args)
            throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "the child JVM did not finish: " + output);
        assertEquals(0, process.exitValue(), "exit code of the child JVM: " + output);
        return output;
    }

    @Test
    void outOfMemoryIsCatchable() throws IOException, InterruptedException {
        String output = runChild(List.of("-Xmx1g", "-Dorg.bytedeco.javacpp.maxbytes=1G",
                "-Dorg.bytedeco.javacpp.maxphysicalbytes=2G"), OutOfMemoryProgram.class);
        assertTrue(output.contains("caught OutOfMemoryError"), output);
        assertTrue(output.contains("allocated again after clearing"), output);
    }
}
