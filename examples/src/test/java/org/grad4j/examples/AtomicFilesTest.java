package org.grad4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path temp;

    private List<String> listing(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void writeAllCreatesFilesWithoutLeftovers() throws IOException {
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        contents.put(temp.resolve("data.csv"), utf8("a,b\n"));
        contents.put(temp.resolve("chart.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        AtomicFiles.writeAll(contents);

        assertEquals("a,b\n", Files.readString(temp.resolve("data.csv")));
        assertEquals(4, Files.readAllBytes(temp.resolve("chart.png")).length);
        assertEquals(List.of("chart.png", "data.csv"), listing(temp));
    }

    @Test
    void writeAllReplacesExistingFiles() throws IOException {
        Path target = Files.writeString(temp.resolve("data.csv"), "old\n");

        AtomicFiles.writeAll(Map.of(target, utf8("new\n")));

        assertEquals("new\n", Files.readString(target));
        assertEquals(List.of("data.csv"), listing(temp));
    }

    @Test
    void failedStagingChangesNoTarget() throws IOException {
        Path first = Files.writeString(temp.resolve("first.csv"), "old\n");
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        contents.put(first, utf8("new\n"));
        // The second target's directory does not exist, so its temporary file cannot be created.
        contents.put(temp.resolve("missing").resolve("second.csv"), utf8("new\n"));

        assertThrows(NoSuchFileException.class, () -> AtomicFiles.writeAll(contents));

        assertEquals("old\n", Files.readString(first));
        assertEquals(List.of("first.csv"), listing(temp));
    }

    @Test
    void failedRenameDeletesTemporaries() throws IOException {
        Path first = temp.resolve("first.csv");
        // A non-empty directory cannot be replaced by a file, so the second rename fails.
        Path second = Files.createDirectories(temp.resolve("second.csv"));
        Files.writeString(second.resolve("kept.txt"), "kept\n");
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        contents.put(first, utf8("new\n"));
        contents.put(second, utf8("new\n"));

        assertThrows(IOException.class, () -> AtomicFiles.writeAll(contents));

        // The renames are separate steps, so the first target is already replaced.
        assertEquals("new\n", Files.readString(first));
        assertEquals(List.of("first.csv", "second.csv"), listing(temp));
        assertEquals(List.of("kept.txt"), listing(second));
    }
}
