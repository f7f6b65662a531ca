package org.grad4j.examples;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a set of files so that a reader finds, for each, either the previous file or the
 * complete new one, never a partly written file. All contents go first to hidden temporary files
 * next to their targets, and only when every temporary file is complete is each renamed over its
 * target in one atomic step.
 */
final class AtomicFiles {
    /** A complete temporary file waiting to be renamed over its target. */
    private record Staged(Path temporary, Path target) {
    }

    private AtomicFiles() {
    }

    /**
     * Writes each content of {@code contents} to its target path, replacing files that are there.
     * The target directories must exist.
     *
     * @throws IOException if writing a temporary file fails, which leaves every target unchanged,
     *     or if a rename fails. Either way, the temporary files that remain are deleted.
     */
    static void writeAll(Map<Path, byte[]> contents) throws IOException {
        // The files not renamed yet, in the order of contents.
        List<Staged> pending = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> entry : contents.entrySet()) {
                Path target = entry.getKey().toAbsolutePath();
                Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
                pending.add(new Staged(temporary, target));
                writeDurably(temporary, entry.getValue());
            }
            // NOTE: the renames are separate steps, so a failure or crash between two of them
            // leaves some targets new and the others old.
            while (!pending.isEmpty()) {
                Staged next = pending.get(0);
                Files.move(next.temporary(), next.target(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                pending.remove(0);
            }
        } catch (Throwable failure) {
            deleteTemporaries(pending, failure);
            throw failure;
        }
    }

    /** Writes {@code bytes} to the new file {@code file} and forces them to the storage device before returning. */
    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            // Without this, a crash soon after the rename could leave an empty or partial target.
            channel.force(true);
        }
    }

    /** Deletes the temporary files of {@code pending} that exist, adding deletion failures to {@code failure}. */
    private static void deleteTemporaries(List<Staged> pending, Throwable failure) {
        for (Staged staged : pending) {
            try {
                Files.deleteIfExists(staged.temporary());
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
        }
    }
}
