package org.zwlint.core.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;

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

    /**
     * The C files under a directory. An unreadable subdirectory or a file that vanished during the
     * walk costs only itself: it becomes a problem and the walk goes on. Links are not followed, so a
     * symlink loop ends the walk.
     */
    private static List<Path> walk(Path directory, List<Problem> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<Path>() {
                @Override
                @NonNullByDefault({}) // the JDK's visitor declares no nullness
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && isCSource(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                @NonNullByDefault({})
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!(e instanceof NoSuchFileException)) { // gone since it was listed: nothing to say
                        problems.add(new Problem(file, "cannot read: " + e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : " " + e.getMessage())));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Problem(directory, "cannot list directory: " + e.getMessage()));
        }
        found.sort(null);
        return found;
    }
}
