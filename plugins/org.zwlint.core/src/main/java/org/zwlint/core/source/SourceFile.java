package org.zwlint.core.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One file's exact bytes and their decoded text. The bytes are kept so that an edit can
 * rewrite a file without touching a single byte outside the edited span.
 */
public final class SourceFile {
    private static final char[] WINDOWS_1252 = windows1252Table();

    private final Path path;
    private final byte[] bytes;
    private final SourceEncoding encoding;
    private final String text;
    private final LineMap lines;

    private SourceFile(Path path, byte[] bytes, SourceEncoding encoding, String text) {
        this.path = path;
        this.bytes = bytes;
        this.encoding = encoding;
        this.text = text;
        this.lines = new LineMap(text);
    }

    /** Decodes bytes by their BOM, else as BOM-less UTF-16 if they look like it, else as strict UTF-8, else as Windows-1252. */
    public static SourceFile decode(Path path, byte[] bytes) {
        SourceEncoding encoding = detect(bytes);
        return new SourceFile(path, bytes.clone(), encoding, decodeAs(bytes, encoding));
    }

    /** A file whose text is given directly (tests, unsaved editors): stored as UTF-8. */
    public static SourceFile of(Path path, String text) {
        return decode(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public Path path() {
        return path;
    }

    public String text() {
        return text;
    }

    public SourceEncoding encoding() {
        return encoding;
    }

    public LineMap lines() {
        return lines;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public TextRange range(int startOffset, int endOffset) {
        return new TextRange(path, startOffset, endOffset, lines.line(startOffset), lines.column(startOffset),
                lines.line(endOffset), lines.column(endOffset));
    }

    /** The byte index in {@link #bytes()} where the char at {@code charOffset} begins. */
    public int byteOffset(int charOffset) {
        if (charOffset < 0 || charOffset > text.length()) {
            throw new IndexOutOfBoundsException(charOffset);
        }
        int perChar = encoding.bytesPerChar();
        if (perChar > 0) {
            return encoding.bomLength() + charOffset * perChar;
        }
        return encoding.bomLength() + text.substring(0, charOffset).getBytes(StandardCharsets.UTF_8).length;
    }

    /** Encodes replacement text the way this file is encoded (no BOM). */
    byte[] encode(String replacement) {
        return replacement.getBytes(encoding.charset());
    }

    private static SourceEncoding detect(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            // a UTF-8 BOM before bytes that are not UTF-8 is a lie: read it all byte for byte, so no byte is lost
            return isUtf8(b, 3) ? SourceEncoding.UTF_8_BOM : SourceEncoding.WINDOWS_1252;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return SourceEncoding.UTF_16LE_BOM;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return SourceEncoding.UTF_16BE_BOM;
        }
        if (looksLikeUtf16(b, 1)) {
            return SourceEncoding.UTF_16LE;
        }
        if (looksLikeUtf16(b, 0)) {
            return SourceEncoding.UTF_16BE;
        }
        return isUtf8(b, 0) ? SourceEncoding.UTF_8 : SourceEncoding.WINDOWS_1252;
    }

    private static boolean isUtf8(byte[] b, int from) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, b.length - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * UTF-16 without a BOM: C source is mostly ASCII, so in its first 4 KiB nearly every unit has a
     * zero high byte (at index {@code zeroAt} of each pair) and a non-zero low byte.
     */
    private static boolean looksLikeUtf16(byte[] b, int zeroAt) {
        int pairs = Math.min(b.length, 4096) / 2;
        if (pairs < 2 || b.length % 2 != 0) {
            return false;
        }
        int ascii = 0;
        for (int i = 0; i < pairs; i++) {
            if (b[2 * i + zeroAt] == 0 && b[2 * i + 1 - zeroAt] != 0) {
                ascii++;
            }
        }
        return ascii * 10 >= pairs * 9;
    }

    private static String decodeAs(byte[] b, SourceEncoding encoding) {
        int bom = encoding.bomLength();
        if (encoding == SourceEncoding.WINDOWS_1252) {
            char[] chars = new char[b.length];
            for (int i = 0; i < b.length; i++) {
                chars[i] = WINDOWS_1252[b[i] & 0xFF];
            }
            return new String(chars);
        }
        int length = b.length - bom;
        if (encoding.bytesPerChar() == 2) {
            length &= ~1; // a stray odd byte at the end is not text
        }
        return new String(b, bom, length, encoding.charset());
    }

    /** Windows-1252, with its five undefined bytes kept as the same code points so decoding never loses a byte. */
    private static char[] windows1252Table() {
        char[] table = new char[256];
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String decoded = new String(all, SourceEncoding.WINDOWS_1252.charset());
        for (int i = 0; i < 256; i++) {
            char c = decoded.charAt(i);
            table[i] = c == '\uFFFD' ? (char) i : c;
        }
        return table;
    }

    @Override
    public String toString() {
        return path + " (" + encoding.displayName() + ", " + bytes.length + " bytes)";
    }
}
