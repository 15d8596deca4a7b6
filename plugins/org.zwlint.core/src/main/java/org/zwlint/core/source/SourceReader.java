package org.zwlint.core.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file from disk and refuses, with a reason, what is not C source text. */
public final class SourceReader {
    /** Larger files are not driver sources; refusing them keeps one bad input from eating the run's memory. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    private static final int BINARY_SNIFF_BYTES = 8192;

    private SourceReader() {
    }

    /** The decoded file, or why it cannot be analyzed. */
    public sealed interface Result permits Loaded, Refused {
    }

    public record Loaded(SourceFile file) implements Result {
    }

    public record Refused(Path path, String reason) implements Result {
    }

    public static Result read(Path path) {
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                return new Refused(path, "file is " + size + " bytes, larger than the " + MAX_FILE_BYTES
                        + "-byte limit for a source file; skipped");
            }
            byte[] bytes = Files.readAllBytes(path);
            SourceFile file = SourceFile.decode(path, bytes);
            if (isBinary(bytes, file.encoding())) {
                return new Refused(path, "binary file (contains NUL bytes), not C source; skipped");
            }
            return new Loaded(file);
        } catch (IOException | SecurityException e) {
            return new Refused(path, "cannot read file: " + describe(e));
        }
    }

    private static boolean isBinary(byte[] bytes, SourceEncoding encoding) {
        if (encoding.bytesPerChar() == 2) {
            return false; // UTF-16 text is full of zero bytes
        }
        int limit = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }
}
