package org.zwlint.core.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a file's bytes were decoded. Driver sources are mostly ASCII/UTF-8, but Visual Studio
 * still writes UTF-16 with a BOM and older code is Windows-1252; all must round-trip exactly.
 */
public enum SourceEncoding {
    UTF_8(StandardCharsets.UTF_8, 0, 0),
    UTF_8_BOM(StandardCharsets.UTF_8, 3, 0),
    UTF_16LE_BOM(StandardCharsets.UTF_16LE, 2, 2),
    UTF_16BE_BOM(StandardCharsets.UTF_16BE, 2, 2),
    /** UTF-16 without a BOM, recognized by its zero bytes (see {@link SourceFile#decode}); kept without one. */
    UTF_16LE(StandardCharsets.UTF_16LE, 0, 2),
    UTF_16BE(StandardCharsets.UTF_16BE, 0, 2),
    /** Any byte sequence that is not valid UTF-8; decoded one byte per char, so offsets map 1:1. */
    WINDOWS_1252(Charset.forName("windows-1252"), 0, 1);

    private final Charset charset;
    private final int bomLength;
    private final int bytesPerChar;

    SourceEncoding(Charset charset, int bomLength, int bytesPerChar) {
        this.charset = charset;
        this.bomLength = bomLength;
        this.bytesPerChar = bytesPerChar;
    }

    public Charset charset() {
        return charset;
    }

    public int bomLength() {
        return bomLength;
    }

    /** Bytes per UTF-16 char for fixed-width encodings, 0 for UTF-8 (variable width). */
    int bytesPerChar() {
        return bytesPerChar;
    }

    /** The name shown to users and given to Eclipse ("UTF-8", "UTF-16LE", "windows-1252"). */
    public String displayName() {
        return charset.name();
    }
}
