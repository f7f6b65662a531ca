package org.grad4j.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The directory a command writes its result files into, as typed and as a path.
 *
 * <p>The {@link Converter} rejects text that is no usable path. {@link #problem} checks the file
 * system before any work starts, because the directory itself is created only after the results
 * are ready.
 *
 * @param text the option value exactly as the user typed it, for messages
 * @param path the path that {@code text} names
 */
record OutputDirectory(String text, Path path) {
    @Override
    public String toString() {
        return text;
    }

    /**
     * Returns why the result files {@code fileNames} cannot be written into this directory, or
     * empty when they can. The checks cover the paths that would fail only after training: a
     * file, a path under a file, and a symbolic link to a missing target, also as an ancestor.
     * They also cover a directory the process cannot write into and a result name that is a
     * directory.
     */
    Optional<String> problem(List<String> fileNames) {
        Path absolute = path.toAbsolutePath();
        // The nearest path that exists, itself or as a symbolic link; the root always exists.
        Path existing = absolute;
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (!Files.exists(existing)) {
            String which = existing.equals(absolute) ? "it" : "'" + existing + "'";
            return Optional.of(which + " is a symbolic link to '" + linkTarget(existing)
                    + "', which does not exist; create the target or choose another directory");
        }
        if (!Files.isDirectory(existing)) {
            return Optional.of(existing.equals(absolute) ? "it is a file, not a directory"
                    : "'" + existing + "' is a file, not a directory, so no directory can be created under it");
        }
        if (!Files.isWritable(existing) || !Files.isExecutable(existing)) {
            return Optional.of(existing.equals(absolute) ? "it is a directory this process cannot write into"
                    : "it would be created in '" + existing + "', which this process cannot write into");
        }
        if (existing.equals(absolute)) {
            for (String name : fileNames) {
                Path file = absolute.resolve(name);
                if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    return Optional.of("'" + file + "' is a directory, so the result file " + name
                            + " cannot replace it; move it away or choose another directory");
                }
            }
        }
        return Optional.empty();
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException unreadable) {
            return "an unreadable target";
        }
    }

    /**
     * Converts the option text to an {@link OutputDirectory}, rejecting empty text, names that
     * are blank or begin or end with whitespace, and text the file system cannot name.
     */
    static final class Converter implements ITypeConverter<OutputDirectory> {
        @Override
        public OutputDirectory convert(String text) {
            if (text.isBlank()) {
                throw rejected(text, "a directory path, not an empty or blank one");
            }
            Path path;
            try {
                path = Path.of(text);
            } catch (InvalidPathException invalid) {
                throw rejected(text, "a valid directory path, but " + invalid.getReason().toLowerCase());
            }
            for (Path name : path) {
                String nameText = name.toString();
                if (!nameText.equals(nameText.strip())) {
                    throw rejected(text, "a path whose names do not begin or end with whitespace, but '"
                            + nameText + "' does");
                }
            }
            return new OutputDirectory(text, path);
        }

        private static TypeConversionException rejected(String text, String expected) {
            return new TypeConversionException("'" + text + "'; expected " + expected);
        }
    }
}
