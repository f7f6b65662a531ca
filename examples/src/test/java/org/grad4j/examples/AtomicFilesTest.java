package org.grad4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path temp;

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writeCreatesFileWithoutLeftovers() throws IOException {
        Path target = temp.resolve("data.csv");

        AtomicFiles.write(target, out -> out.write("a,b\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals("a,b\n", Files.readString(target));
        assertEquals(List.of("data.csv"), listing());
    }

    @Test
    void writeReplacesExistingFile() throws IOException {
        Path target = Files.writeString(temp.resolve("data.csv"), "old\n");

        AtomicFiles.write(target, out -> out.write("new\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals("new\n", Files.readString(target));
        assertEquals(List.of("data.csv"), listing());
    }

    @Test
    void failedWriteKeepsOldFileAndRemovesTemporary() throws IOException {
        Path target = Files.writeString(temp.resolve("data.csv"), "old\n");
        IOException failure = new IOException("disk full");

        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw failure;
        }));

        assertSame(failure, thrown);
        assertEquals("old\n", Files.readString(target));
        assertEquals(List.of("data.csv"), listing());
    }
}
