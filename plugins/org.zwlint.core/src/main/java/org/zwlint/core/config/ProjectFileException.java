package org.zwlint.core.config;

import java.nio.file.Path;

/**
 * A {@code .zwlint} file that cannot be used: an unknown key, a bad value, a line that is not
 * {@code key = value}. The message names the file, the line and the key, as a compiler would.
 */
public final class ProjectFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String key;

    public ProjectFileException(Path file, int line, String key, String problem) {
        super(file + ":" + line + ": " + (key.isEmpty() ? "" : "key '" + key + "': ") + problem);
        this.file = file;
        this.line = line;
        this.key = key;
    }

    public Path file() {
        return file;
    }

    /** 1-based; 0 when the problem is about the whole file (it cannot be read). */
    public int line() {
        return line;
    }

    /** The key of the bad line, or "" when the line has none. */
    public String key() {
        return key;
    }
}
