package org.zwlint.core;

import java.nio.file.Path;

/**
 * A message about the input or the run itself (unreadable file, binary file, syntax error,
 * internal rule failure), as opposed to a {@link Finding} about the driver's code.
 * {@code line} and {@code column} are 1-based; 0 means the message is about the whole file.
 */
public record Diagnostic(Severity severity, Path file, int line, int column, String message) {

    public static Diagnostic ofFile(Severity severity, Path file, String message) {
        return new Diagnostic(severity, file, 0, 0, message);
    }

    /** "file:line:col: severity: message", or "file: severity: message" for whole-file messages. */
    public String format() {
        String where = line > 0 ? file + ":" + line + ":" + column : file.toString();
        return where + ": " + severity.label() + ": " + message;
    }
}
