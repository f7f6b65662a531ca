package org.grad4j.examples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes files so that a reader finds either no file, the previous file, or the complete new one,
 * never a partly written file. The content goes to a hidden temporary file in the same directory,
 * which is then renamed over the target in one atomic step.
 */
final class AtomicFiles {
    /** Content that streams itself into a file. */
    @FunctionalInterface
    interface Content {
        /** Writes the content to {@code out}, which the caller closes. */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code target}, replacing a file that is there.
     *
     * @throws IOException if writing or renaming fails; the temporary file is deleted then and
     *     {@code target} is left as it was
     */
    static void write(Path target, Content content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Path temporary = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException failure) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }
}
