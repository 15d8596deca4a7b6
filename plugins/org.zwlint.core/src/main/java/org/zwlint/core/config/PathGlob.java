package org.zwlint.core.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.regex.PatternSyntaxException;

/**
 * A glob over paths relative to the folder of the {@code .zwlint} that names it, always written
 * with '/': {@code *} stays within one folder, {@code **} crosses folders, and a pattern ending in
 * {@code /**} matches the folder's files at any depth. A pattern without '/' matches a file or
 * folder name at any depth ({@code *.tmh}, {@code test}), as .gitignore does.
 */
public record PathGlob(String pattern) {
    public PathGlob {
        if (pattern.isBlank()) {
            throw new IllegalArgumentException("an empty glob");
        }
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad glob '" + pattern + "': " + e.getDescription());
        }
    }

    /** Whether {@code relative}, a path below the base folder, matches. */
    public boolean matches(Path relative) {
        String text = relative.toString().replace('\\', '/');
        String glob = pattern.startsWith("./") ? pattern.substring(2) : pattern;
        if (!glob.contains("/")) {
            // A bare name matches a file or a folder at any depth, as in .gitignore.
            PathMatcher name = matcher(glob);
            for (String segment : text.split("/")) {
                if (!segment.isEmpty() && name.matches(Path.of(segment))) {
                    return true;
                }
            }
            return false;
        }
        return matcher(glob).matches(Path.of(text));
    }

    private static PathMatcher matcher(String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }
}
