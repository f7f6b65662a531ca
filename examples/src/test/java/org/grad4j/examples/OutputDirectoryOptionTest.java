package org.grad4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Output paths that cannot hold the results must be rejected before training, with exit code 2,
 * one line naming --out and the typed value, and nothing written.
 */
class OutputDirectoryOptionTest {
    private static final String PREFIX = "Invalid value for option '--out': ";

    @TempDir
    Path temp;

    private static List<String> listing(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    /** Runs sincos with {@code out} and checks the rejection; returns the error line. */
    private static String rejected(String out) {
        CommandRun run = CommandRun.of("sincos", "--iterations=1", "--out=" + out);
        // The error line shows a tab as the escape \t.
        SineCosineCommandTest.assertInvalid(run, PREFIX + "'" + out.replace("\t", "\\t") + "'; ");
        return run.errLines().get(0);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", " ", "\t", "  "})
    void blankPathIsRejected(String out) {
        String line = rejected(out);

        assertTrue(line.contains("expected a directory path, not an empty or blank one"), line);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"results ", " results", "a/ /b", "a/b /c"})
    void whitespaceAroundNameIsRejected(String name) throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        List<String> before = listing(cwd);

        String line = rejected(name);

        assertTrue(line.contains("expected a path whose names do not begin or end with whitespace"), line);
        assertEquals(before, listing(cwd), "the working directory changed");
    }

    @Test
    void nulCharacterIsRejected() throws IOException {
        CommandRun run = CommandRun.of("sincos", "--out=" + temp + "/a\0b");

        // The error line shows the NUL character as an escape, so it stays printable.
        SineCosineCommandTest.assertInvalid(run, PREFIX + "'" + temp + "/a\\u0000b'; expected a valid directory path");
        assertEquals(List.of(), listing(temp));
    }

    @Test
    void danglingSymlinkIsRejected() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("link"), temp.resolve("missing"));

        String line = rejected(link.toString());

        assertTrue(line.contains("it is a symbolic link to '" + temp.resolve("missing") + "', which does not exist"),
                line);
        assertEquals(List.of("link"), listing(temp));
    }

    @Test
    void danglingSymlinkAncestorIsRejected() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("link"), temp.resolve("missing"));

        String line = rejected(link.resolve("results").toString());

        assertTrue(line.contains("'" + link + "' is a symbolic link to '" + temp.resolve("missing") + "'"), line);
        assertEquals(List.of("link"), listing(temp));
    }

    @Test
    void symlinkToDirectoryIsAccepted() throws IOException {
        Path target = Files.createDirectories(temp.resolve("target"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), target);

        CommandRun run = CommandRun.of("sincos", "--iterations=1", "--out=" + link);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("fit.csv", "fit.png", "loss.csv", "loss.png"), listing(target));
    }

    @Test
    void pathUnderFileIsRejected() throws IOException {
        Path file = Files.writeString(temp.resolve("file.txt"), "unchanged\n");

        String line = rejected(file.resolve("a").resolve("b").toString());

        assertTrue(line.contains("'" + file + "' is a file, not a directory, so no directory can be created under it"),
                line);
        assertEquals("unchanged\n", Files.readString(file));
    }

    @Test
    void resultNameThatIsDirectoryIsRejected() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.createDirectories(out.resolve("loss.png"));
        Files.writeString(out.resolve("loss.csv"), "old\n");

        String line = rejected(out.toString());

        assertTrue(line.contains("'" + out.resolve("loss.png") + "' is a directory, so the result file loss.png cannot"
                + " replace it"), line);
        assertEquals(List.of("loss.csv", "loss.png"), listing(out));
        assertEquals("old\n", Files.readString(out.resolve("loss.csv")));
    }

    @Test
    void readOnlyDirectoryIsRejected() throws IOException {
        Path out = Files.createDirectories(temp.resolve("read-only"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // The superuser may write anywhere, so then there is nothing to reject.
            assumeFalse(Files.isWritable(out), "the test runs with permission to write into read-only directories");

            String line = rejected(out.resolve("results").toString());

            assertTrue(line.contains("it would be created in '" + out + "', which this process cannot write into"),
                    line);
            assertEquals(List.of(), listing(out));
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
