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
import java.util.Set;
import java.util.TreeSet;

/**
 * Expands the paths a user named into the C files to analyze, with a reason for every path that
 * gives none. Walking a folder, it keeps .c and .h files; it sets aside C++ sources (.cpp, .cc,
 * .cxx, .hpp, …), which ZwLint does not analyze, and the C files in build output folders (x64,
 * Debug, obj, .vs, …), which are copies or tool output rather than the driver's source.
 */
public final class SourceCollector {
    /** Folder names that hold build output or IDE state, compared without case. */
    public static final Set<String> BUILD_OUTPUT_FOLDERS = Set.of("x64", "x86", "win32", "arm", "arm64", "debug",
            "release", "obj", "objfre", "objchk", ".vs");

    private SourceCollector() {
    }

    /**
     * The C files found, sorted and without duplicates; one problem message per path that yielded
     * nothing; the C++ files set aside; and the C files found in build output folders.
     */
    public record Collected(List<Path> files, List<Problem> problems, List<Path> cxxFiles, List<Path> buildOutput) {
        public Collected {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
            cxxFiles = List.copyOf(cxxFiles);
            buildOutput = List.copyOf(buildOutput);
        }

        public Collected(List<Path> files, List<Problem> problems) {
            this(files, problems, List.of(), List.of());
        }
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

    /** Whether a folder of this name holds build output (the {@code .zwlint} can ask for it anyway). */
    public static boolean isBuildOutputFolder(Path folder) {
        Path name = folder.getFileName();
        return name != null && BUILD_OUTPUT_FOLDERS.contains(name.toString().toLowerCase(Locale.ROOT));
    }

    public static Collected collect(List<Path> inputs) {
        TreeSet<Path> files = new TreeSet<>();
        TreeSet<Path> cxx = new TreeSet<>();
        TreeSet<Path> output = new TreeSet<>();
        List<Problem> problems = new ArrayList<>();
        for (Path input : inputs) {
            Path path = input.normalize();
            if (Files.isDirectory(path)) {
                int before = files.size() + output.size();
                int cxxBefore = cxx.size();
                walk(path, files, cxx, output, problems);
                if (files.size() + output.size() == before) {
                    int skipped = cxx.size() - cxxBefore;
                    problems.add(new Problem(path, skipped == 0 ? "no .c or .h files in this directory"
                            : "no C files in this directory, only C++ (" + skipped + " skipped; ZwLint analyzes C)"));
                }
            } else if (Files.isRegularFile(path)) {
                Path name = path.getFileName();
                if (name != null && CxxMarkers.isCxxSourceName(name.toString())) {
                    cxx.add(path);
                } else {
                    files.add(path); // named explicitly: analyze whatever its extension
                }
            } else if (Files.exists(path)) {
                problems.add(new Problem(path, "not a regular file or directory"));
            } else {
                problems.add(new Problem(path, "no such file or directory"));
            }
        }
        output.removeAll(files);
        return new Collected(List.copyOf(files), problems, List.copyOf(cxx), List.copyOf(output));
    }

    /**
     * Walks a directory with an explicit stack: C files (set aside when they lie in build output)
     * and C++ sources. An unreadable subdirectory or a file that vanished during the walk costs
     * only itself: it becomes a problem and the walk goes on. Links to directories are not
     * followed, so a symlink loop ends.
     */
    private static void walk(Path directory, Set<Path> files, Set<Path> cxx, Set<Path> output,
            List<Problem> problems) {
        ArrayDeque<Path> pending = new ArrayDeque<>();
        pending.push(directory);
        boolean top = true;
        while (!pending.isEmpty()) {
            Path dir = pending.pop();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                        pending.push(entry);
                    } else if (Files.isRegularFile(entry)) {
                        boolean inOutput = inBuildOutput(directory, entry);
                        Path name = entry.getFileName();
                        if (isCSource(entry)) {
                            (inOutput ? output : files).add(entry);
                        } else if (!inOutput && name != null && CxxMarkers.isCxxSourceName(name.toString())) {
                            cxx.add(entry);
                        }
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
    }

    /** Whether a folder between the walked one and the file holds build output. */
    private static boolean inBuildOutput(Path directory, Path file) {
        Path parent = file.getParent();
        for (Path at = parent; at != null && !at.equals(directory); at = at.getParent()) {
            if (isBuildOutputFolder(at)) {
                return true;
            }
        }
        return false;
    }
}
