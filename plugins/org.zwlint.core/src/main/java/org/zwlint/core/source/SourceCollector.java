package org.zwlint.core.source;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

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
    /**
     * The C files under a directory, walked with an explicit stack. An unreadable subdirectory or a
     * file that vanished during the walk costs only itself: it becomes a problem and the walk goes
     * on. Links are not followed (a link to a file is taken as that file), so a symlink loop ends.
     */
    private static List<Path> walk(Path directory, List<Problem> problems) {
        List<Path> found = new ArrayList<>();
        ArrayDeque<Path> pending = new ArrayDeque<>();
        pending.push(directory);
        boolean top = true;
        while (!pending.isEmpty()) {
            Path dir = pending.pop();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                        pending.push(entry);
                    } else if (isCSource(entry) && Files.isRegularFile(entry)) {
                        found.add(entry);
                    }
                }
            } catch (NoSuchFileException e) {
                // gone since it was listed: nothing to say
            } catch (IOException | SecurityException | DirectoryIteratorException e) {
                problems.add(new Problem(dir, (top ? "cannot list directory: " : "cannot read: ")
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())));
            }
            top = false;
        }
        found.sort(null);
        return found;
    }
}
