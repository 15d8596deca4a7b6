package org.zwlint.core.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Expands the paths a user named into the C files to analyze, with a reason for every path that gives none. */
public final class SourceCollector {
    private SourceCollector() {
    }

    /** The C files found, sorted and without duplicates, and one problem message per path that yielded nothing. */
    public record Collected(List<Path> files, List<Problem> problems) {
    }

    public record Problem(Path path, String message) {
    }

    public static boolean isCSource(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".c") || lower.endsWith(".h");
    }

    public static Collected collect(List<Path> inputs) {
        TreeSet<Path> files = new TreeSet<>();
        List<Problem> problems = new ArrayList<>();
        for (Path input : inputs) {
            Path path = input.normalize();
            if (Files.isDirectory(path)) {
                List<Path> found = walk(path, problems);
                if (found.isEmpty()) {
                    problems.add(new Problem(path, "no .c or .h files in this directory"));
                }
                files.addAll(found);
            } else if (Files.isRegularFile(path)) {
                files.add(path); // named explicitly: analyze whatever its extension
            } else if (Files.exists(path)) {
                problems.add(new Problem(path, "not a regular file or directory"));
            } else {
                problems.add(new Problem(path, "no such file or directory"));
            }
        }
        return new Collected(List.copyOf(files), problems);
    }

    private static List<Path> walk(Path directory, List<Problem> problems) {
        try (Stream<Path> stream = Files.walk(directory)) {
            return stream.filter(Files::isRegularFile).filter(SourceCollector::isCSource).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Problem(directory, "cannot list directory: " + e.getMessage()));
            return List.of();
        }
    }
}
