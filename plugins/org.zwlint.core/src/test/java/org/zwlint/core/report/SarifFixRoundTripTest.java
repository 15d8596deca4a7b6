package org.zwlint.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceEditor;
import org.zwlint.core.source.SourceEncoding;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.TextEdit;

/**
 * A fix in SARIF, applied as written to the file's bytes, gives the same bytes as ZwLint's own fix
 * (what {@code --fix} writes), whatever the file's encoding: the replacements carry byte offsets,
 * and for files that are not UTF-8 the inserted bytes in the file's encoding.
 */
class SarifFixRoundTripTest {
    private static final Path FILE = Path.of("/builds/driver/close.c");
    /** A comment in a non-ASCII character before the call, so char and byte offsets differ. */
    private static final String TEXT = "// Fermeture du handle d\u00e9j\u00e0 ouvert \u00a7 2\r\n"
            + "NTSTATUS Close(HANDLE h)\r\n{\r\n    return NtClose(h);\r\n}\r\n";

    @ParameterizedTest
    @ValueSource(strings = { "UTF-8", "UTF-8-BOM", "UTF-16LE-BOM", "UTF-16BE-BOM", "windows-1252" })
    void sarifReplacementsOnBytesEqualTheFix(String encoding) {
        byte[] original = encode(encoding);
        SourceFile file = SourceFile.decode(FILE, original);
        assertEquals(TEXT, file.text(), "decoded as " + file.encoding());
        AnalysisResult result = new Analyzer().analyze(file, ZwLintConfig.defaults());
        List<TextEdit> edits = new ArrayList<>();
        for (Finding finding : result.findings()) {
            finding.fixes().stream().filter(f -> f.kind() == Fix.Kind.REPAIR).findFirst()
                    .ifPresent(f -> edits.addAll(f.edits()));
        }
        assertFalse(edits.isEmpty(), "the NtClose call offers a fix");
        byte[] fixed = SourceEditor.apply(file, edits);

        String log = new SarifReport(ToolInfo.zwlint("1.0.0"), new Analyzer().catalog(),
                Optional.of(Path.of("/builds/driver"))).withSources(p -> Optional.of(file)).render(result);
        byte[] patched = applyFirstFixOfEachResult(original, JsonParser.parseString(log).getAsJsonObject(),
                file.encoding());
        assertArrayEquals(fixed, patched, () -> "SARIF fix differs from the fix for " + encoding + ": "
                + new String(patched, file.encoding().charset()));
        assertTrue(new String(patched, file.encoding().charset()).contains("ZwClose(h)"));
    }

    /** A SARIF consumer: byte regions, inserted bytes from "binary" when given, else the UTF-8 of "text". */
    private static byte[] applyFirstFixOfEachResult(byte[] bytes, JsonObject log, SourceEncoding encoding) {
        record Replacement(int offset, int length, byte[] inserted) {
        }
        List<Replacement> replacements = new ArrayList<>();
        for (JsonElement element : log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results")) {
            JsonObject result = element.getAsJsonObject();
            if (!result.has("fixes")) {
                continue;
            }
            JsonObject change = result.getAsJsonArray("fixes").get(0).getAsJsonObject()
                    .getAsJsonArray("artifactChanges").get(0).getAsJsonObject();
            for (JsonElement r : change.getAsJsonArray("replacements")) {
                JsonObject deleted = r.getAsJsonObject().getAsJsonObject("deletedRegion");
                JsonObject inserted = r.getAsJsonObject().getAsJsonObject("insertedContent");
                byte[] insert = new byte[0];
                if (inserted != null) {
                    boolean utf8 = encoding.charset().equals(StandardCharsets.UTF_8);
                    assertEquals(!utf8, inserted.has("binary"), "binary content exactly when the file is not UTF-8");
                    insert = inserted.has("binary") ? Base64.getDecoder().decode(inserted.get("binary").getAsString())
                            : inserted.get("text").getAsString().getBytes(StandardCharsets.UTF_8);
                }
                replacements.add(new Replacement(deleted.get("byteOffset").getAsInt(),
                        deleted.get("byteLength").getAsInt(), insert));
            }
        }
        replacements.sort(Comparator.comparingInt(Replacement::offset));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        for (Replacement replacement : replacements) {
            out.write(bytes, at, replacement.offset() - at);
            out.writeBytes(replacement.inserted());
            at = replacement.offset() + replacement.length();
        }
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] encode(String encoding) {
        return switch (encoding) {
            case "UTF-8" -> TEXT.getBytes(StandardCharsets.UTF_8);
            case "UTF-8-BOM" -> concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
                    TEXT.getBytes(StandardCharsets.UTF_8));
            case "UTF-16LE-BOM" -> concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
                    TEXT.getBytes(StandardCharsets.UTF_16LE));
            case "UTF-16BE-BOM" -> concat(new byte[] { (byte) 0xFE, (byte) 0xFF },
                    TEXT.getBytes(StandardCharsets.UTF_16BE));
            default -> TEXT.getBytes(Charset.forName(encoding));
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
