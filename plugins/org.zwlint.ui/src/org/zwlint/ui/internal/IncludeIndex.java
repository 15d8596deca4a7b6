package org.zwlint.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

/**
 * Which files of a project include which: read from the {@code #include "..."} lines of its .c
 * and .h files, each name resolved as the preprocessor does for quoted includes (the including
 * file's folder, then the configured include directories). The builder asks it which .c files
 * must be analyzed again when a header changed, through any chain of headers.
 */
final class IncludeIndex {
    private static final Pattern QUOTED_INCLUDE = Pattern.compile("(?m)^\\s*#\\s*include\\s*\"([^\"]+)\"");

    /** For each file, the workspace files it includes directly. */
    private final Map<IFile, Set<IFile>> includes = new HashMap<>();

    static IncludeIndex of(IProject project, List<Path> includeDirs) throws CoreException {
        IncludeIndex index = new IncludeIndex();
        project.accept(resource -> {
            if (resource instanceof IFile file && isCOrHeader(file)) {
                index.includes.put(file, index.resolveIncludes(file, includeDirs));
            }
            return true;
        });
        return index;
    }

    /** The .c files that include any of {@code headers}, directly or through other headers. */
    Set<IFile> includers(Set<IFile> headers) {
        Map<IFile, Set<IFile>> includedBy = new HashMap<>();
        includes.forEach((file, included) -> included
                .forEach(header -> includedBy.computeIfAbsent(header, h -> new HashSet<>()).add(file)));
        Set<IFile> seen = new HashSet<>(headers);
        Deque<IFile> work = new ArrayDeque<>(headers);
        Set<IFile> units = new HashSet<>();
        while (!work.isEmpty()) {
            for (IFile includer : includedBy.getOrDefault(work.pop(), Set.of())) {
                if (seen.add(includer)) {
                    work.push(includer);
                    if ("c".equalsIgnoreCase(includer.getFileExtension())) {
                        units.add(includer);
                    }
                }
            }
        }
        return units;
    }

    private Set<IFile> resolveIncludes(IFile file, List<Path> includeDirs) throws CoreException {
        String text;
        try (InputStream in = file.getContents(true)) {
            text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1); // the #include lines are ASCII
        } catch (IOException e) {
            return Set.of(); // unreadable: its own analysis reports that
        }
        Set<IFile> found = new HashSet<>();
        Matcher include = QUOTED_INCLUDE.matcher(text);
        while (include.find()) {
            resolve(file.getParent(), include.group(1), includeDirs).ifPresent(found::add);
        }
        return found;
    }

    private static java.util.Optional<IFile> resolve(IContainer folder, String name, List<Path> includeDirs) {
        IFile beside = folder.getFile(IPath.fromPortableString(name.replace('\\', '/')));
        if (beside.exists()) {
            return java.util.Optional.of(beside);
        }
        for (Path dir : includeDirs) {
            IFile[] found = folder.getWorkspace().getRoot().findFilesForLocationURI(dir.resolve(name).toUri());
            for (IFile candidate : found) {
                if (candidate.exists()) {
                    return java.util.Optional.of(candidate);
                }
            }
        }
        return java.util.Optional.empty();
    }

    static boolean isCOrHeader(IFile file) {
        String extension = file.getFileExtension();
        return "c".equalsIgnoreCase(extension) || "h".equalsIgnoreCase(extension);
    }
}
