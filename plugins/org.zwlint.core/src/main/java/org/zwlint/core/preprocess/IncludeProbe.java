package org.zwlint.core.preprocess;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One look for a header: {@code name} (as written in the #include, / separators) under
 * {@code dir}, and the file it found there, if any. A result cache replays the probes to know
 * that an #include would still resolve to the same files: a header created in an earlier
 * include directory, or one deleted, changes the answer.
 */
public record IncludeProbe(Path dir, String name, Optional<Path> found) {
    /** Whether the probe gives the same answer today. */
    public boolean holds(HeaderCache lookup) {
        return lookup.find(dir, name).equals(found);
    }
}
