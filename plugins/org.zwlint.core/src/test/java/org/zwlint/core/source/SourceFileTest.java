package org.zwlint.core.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class SourceFileTest {
    private static final Path FILE = Path.of("drv.c");

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Replaces the first "Nt" of the decoded text with "Zw" and returns the new bytes. */
    private static byte[] ntToZw(SourceFile file) {
        int at = file.text().indexOf("NtClose");
        return SourceEditor.apply(file, List.of(new TextEdit(at, at + 2, "Zw")));
    }

    @Test
    void utf8WithBomAndCrlfKeepsEveryOtherByte() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] in = concat(bom, "// Größe\r\nx = NtClose(h);\r\n".getBytes(StandardCharsets.UTF_8));
        SourceFile file = SourceFile.decode(FILE, in);
        assertEquals(SourceEncoding.UTF_8_BOM, file.encoding());
        byte[] expected = concat(bom, "// Größe\r\nx = ZwClose(h);\r\n".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(expected, ntToZw(file));
    }

    @Test
    void utf16LittleEndianRoundTrips() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] in = concat(bom, "a = NtClose(h);\n".getBytes(StandardCharsets.UTF_16LE));
        SourceFile file = SourceFile.decode(FILE, in);
        assertEquals(SourceEncoding.UTF_16LE_BOM, file.encoding());
        assertEquals("a = NtClose(h);\n", file.text());
        assertArrayEquals(concat(bom, "a = ZwClose(h);\n".getBytes(StandardCharsets.UTF_16LE)), ntToZw(file));
    }

    @Test
    void windows1252IncludingUndefinedBytesIsLossless() {
        // 0xE9 is é in Windows-1252 and invalid as UTF-8 here; 0x81 is undefined in Windows-1252.
        byte[] in = concat("/* caf".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xE9, (byte) 0x81},
                " */ NtClose(h);\n".getBytes(StandardCharsets.US_ASCII));
        SourceFile file = SourceFile.decode(FILE, in);
        assertEquals(SourceEncoding.WINDOWS_1252, file.encoding());
        assertEquals('é', file.text().charAt(6));
        byte[] out = ntToZw(file);
        byte[] expected = in.clone();
        int at = file.text().indexOf("NtClose");
        expected[at] = 'Z';
        expected[at + 1] = 'w';
        assertArrayEquals(expected, out);
    }

    @Test
    void linesAndColumnsCountCrLfAndCrAsOneBreak() {
        SourceFile file = SourceFile.of(FILE, "a\r\nbb\rccc\nd");
        assertEquals(4, file.lines().lineCount());
        int c = file.text().indexOf("ccc");
        assertEquals(3, file.lines().line(c));
        assertEquals(1, file.lines().column(c));
        TextRange range = file.range(file.text().indexOf('d'), file.text().length());
        assertEquals("drv.c:4:1", range.describe());
    }
}
