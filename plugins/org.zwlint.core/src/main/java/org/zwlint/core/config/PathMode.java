package org.zwlint.core.config;

import java.nio.file.Path;

/**
 * A mode override for the files below a folder: {@code mode[um/**] = user}. {@code base} is the
 * folder of the {@code .zwlint} that says so; the glob is relative to it.
 */
public record PathMode(Path base, PathGlob glob, ModeOverride mode) {
    public PathMode {
        base = base.toAbsolutePath().normalize();
    }

    public boolean appliesTo(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(base) && glob.matches(base.relativize(absolute));
    }
}
