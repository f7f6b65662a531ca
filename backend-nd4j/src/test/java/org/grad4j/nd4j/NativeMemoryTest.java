package org.grad4j.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
     * Growth of the resident set allowed between the first checkpoint, after warm-up, and the
     * last step. A leak of the
     * arrays in these loops grows it by hundreds of MiB; the JVM itself adds a few MiB of
     * compiled code and metadata over the same time.
     */
    private static final long MAX_RSS_GROWTH = 32L * 1024 * 1024;

    /** Growth of JavaCPP's tracked off-heap bytes allowed over the same span. */
    private static final long MAX_TRACKED_GROWTH = 32L * 1024 * 1024;

    @Test
    void wideTrainingKeepsMemoryFlat() throws IOException, InterruptedException {
        String output = runChild(List.of("-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch"),
                NativeMemoryProgram.class, "wide");
        assertFlat("Linear(256, 256) training", output);

        double nd4j = Double.parseDouble(lineStartingWith(output, "loss ").substring("loss ".length()));
        double pure = NativeMemoryProgram.trainWide(new Tensors(new PureBackend()), NativeMemoryProgram.COMPARED_STEPS,
                false);
        assertEquals(pure, nd4j, 1e-5 * Math.abs(pure), "loss after " + NativeMemoryProgram.COMPARED_STEPS
                + " steps against the pure backend");
    }

    @Test
    void indexLoopKeepsMemoryFlat() throws IOException, InterruptedException {
        String output = runChild(List.of("-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch"),
                NativeMemoryProgram.class, "index");
        assertFlat("index loop", output);
    }

    /** Checks the growth between the two checkpoint lines the child printed. */
    private static void assertFlat(String loop, String output) {
        List<long[]> checkpoints = new ArrayList<>();
        for (String line : output.split("\\R")) {
            if (line.startsWith("checkpoint ")) {
                String[] parts = line.split(" ");
                checkpoints.add(new long[] {Long.parseLong(parts[2]), Long.parseLong(parts[3])});
            }
        }
        assertEquals(2, checkpoints.size(), "checkpoint lines in: " + output);
        long[] first = checkpoints.get(0);
        long[] last = checkpoints.get(1);
        String figures = String.format("%s: tracked off-heap %.1f -> %.1f MiB, resident %.1f -> %.1f MiB", loop,
                first[0] / MIB, last[0] / MIB, first[1] / MIB, last[1] / MIB);
        assertTrue(last[0] - first[0] <= MAX_TRACKED_GROWTH, figures);
        assertTrue(last[1] - first[1] <= MAX_RSS_GROWTH, figures);
        LOG.info(figures);
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
