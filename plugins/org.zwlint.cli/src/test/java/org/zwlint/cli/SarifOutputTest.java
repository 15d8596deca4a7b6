package org.zwlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF log as the CLI writes it: the same bytes for any --jobs, no machine paths, fixes as --fix makes them. */
class SarifOutputTest {
    private static final String DISPATCH = """
            #include <ntifs.h>
            static HANDLE SavedSection;
            NTSTATUS DispatchClose(PDEVICE_OBJECT Device, PIRP Irp)
            {
                HANDLE section = SavedSection;
                // zwlint-disable-next-line PM001: closed on purpose in the caller's mode
                NtClose(section);
                return NtClose(section);
            }
            """;
    private static final String HELPER = """
            #include <ntddk.h>

            VOID Cleanup(HANDLE Event, HANDLE Key)
            {
                NtClose(Event);
                NtClose(Key);
            }
            """;

    private static Path project(Path dir) throws IOException {
        Files.writeString(dir.resolve(".zwlint"), "# the project root: SARIF names files relative to it\n");
        Files.createDirectories(dir.resolve("src/util"));
        Files.writeString(dir.resolve("src/dispatch.c"), DISPATCH);
        Files.writeString(dir.resolve("src/util/helper.c"), HELPER);
        Files.writeString(dir.resolve("src/util/queue.cpp"), "class Queue { int n; };\n");
        return dir;
    }

    @Test
    void theSameBytesForAnyJobsAndNoPathOfThisMachine(@TempDir Path temporary) throws IOException {
        Path dir = project(temporary);
        CliRun first = CliRun.of("--format", "sarif", "--jobs", "1", dir.resolve("src").toString());
        CliRun second = CliRun.of("--format", "sarif", "--jobs=4", dir.resolve("src").toString());
        assertEquals(ExitCode.FINDINGS, first.exitCode(), first::toString);
        assertEquals(ExitCode.FINDINGS, second.exitCode(), second::toString);
        String log = first.out();
        assertEquals(log, second.out());
        assertFalse(log.contains(dir.toString()), "the temporary folder's path is in the log");
        assertFalse(log.contains("jobs"), "the jobs value is in the log");
        JsonObject run = JsonParser.parseString(log).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonObject invocation = run.getAsJsonArray("invocations").get(0).getAsJsonObject();
        assertEquals(ExitCode.FINDINGS, invocation.get("exitCode").getAsInt());
        assertEquals("zwlint check --format sarif src", invocation.get("commandLine").getAsString());
        assertTrue(invocation.getAsJsonArray("toolExecutionNotifications").toString().contains("src/util/queue.cpp"),
                "the skipped C++ file is a notification");
        String text = CliRun.of(dir.resolve("src").toString()).out();
        String summaryFingerprint = text.substring(text.lastIndexOf("; configuration ") + 16).strip();
        assertEquals(summaryFingerprint, run.getAsJsonObject("properties").get("configurationFingerprint").getAsString(),
                "the same eight hex digits as the summary line");
        assertFalse(run.has("automationDetails"), "left to the uploader, which sets the category there");
    }

    @Test
    void aSilencedFindingIsAnInSourceSuppressionWithItsReason(@TempDir Path temporary) throws IOException {
        Path dir = project(temporary);
        CliRun run = CliRun.of("--format", "sarif", dir.resolve("src/dispatch.c").toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run::toString);
        List<JsonObject> suppressed = new ArrayList<>();
        for (JsonElement result : results(run.out())) {
            if (result.getAsJsonObject().has("suppressions")) {
                suppressed.add(result.getAsJsonObject());
            }
        }
        assertEquals(1, suppressed.size(), run::toString);
        JsonObject suppression = suppressed.get(0).getAsJsonArray("suppressions").get(0).getAsJsonObject();
        assertEquals("inSource", suppression.get("kind").getAsString());
        assertEquals("closed on purpose in the caller's mode", suppression.get("justification").getAsString());
        assertEquals(7, suppressed.get(0).getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("region").get("startLine").getAsInt());
    }

    /** A finding a PREfast pragma silences is a result with an inSource suppression naming the pragma. */
    @Test
    void aPragmaSilencedFindingNamesThePragmaAsItsJustification(@TempDir Path temporary) throws IOException {
        Path source = Files.writeString(temporary.resolve("close.c"), """
                VOID Stop(HANDLE a, HANDLE b)
                {
                #pragma warning(suppress: %d)
                    NtClose(a);
                    NtClose(b);
                }
                """.formatted(MappedPragmas.WARNING));
        org.zwlint.core.Analyzer analyzer = MappedPragmas.analyzer();
        org.zwlint.core.AnalysisResult result = analyzer.analyze(org.zwlint.core.source.SourceFile.decode(source,
                Files.readAllBytes(source)), org.zwlint.core.config.ZwLintConfig.defaults());
        String log = new org.zwlint.core.report.SarifReport(ToolVersion.toolInfo(), analyzer.catalog(),
                java.util.Optional.of(temporary)).render(result);
        List<JsonObject> suppressed = new ArrayList<>();
        for (JsonElement one : results(log)) {
            if (one.getAsJsonObject().has("suppressions")) {
                suppressed.add(one.getAsJsonObject());
            }
        }
        assertEquals(1, suppressed.size(), log);
        JsonObject suppression = suppressed.get(0).getAsJsonArray("suppressions").get(0).getAsJsonObject();
        assertEquals("inSource", suppression.get("kind").getAsString());
        assertEquals("#pragma warning(suppress: " + MappedPragmas.WARNING + ")",
                suppression.get("justification").getAsString());
        assertEquals(3, suppression.getAsJsonObject("location").getAsJsonObject("physicalLocation")
                .getAsJsonObject("region").get("startLine").getAsInt(), "the pragma's line");
        assertEquals(4, suppressed.get(0).getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("region").get("startLine").getAsInt());
    }

    /** A fix in SARIF, applied to the bytes as written, is what --fix writes: in UTF-16 and Windows-1252 too. */
    @Test
    void sarifFixesApplyLikeFixInEveryEncoding(@TempDir Path temporary) throws IOException {
        String text = "// \u00e9tat du p\u00e9riph\u00e9rique\r\nVOID Stop(HANDLE a, HANDLE b)\r\n{\r\n"
                + "    NtClose(a);\r\n    NtClose(b);\r\n}\r\n";
        byte[] utf16 = concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] cp1252 = text.getBytes(Charset.forName("windows-1252"));
        for (byte[] original : List.of(utf16, cp1252)) {
            Path sarifCopy = Files.createDirectories(temporary.resolve("sarif-" + original.length)).resolve("stop.c");
            Path fixCopy = Files.createDirectories(temporary.resolve("fix-" + original.length)).resolve("stop.c");
            Files.write(sarifCopy, original);
            Files.write(fixCopy, original);
            CliRun sarif = CliRun.of("--format", "sarif", sarifCopy.toString());
            CliRun fix = CliRun.of("--fix", fixCopy.toString());
            assertTrue(fix.out().contains("applied 2 of 2"), fix::toString);
            byte[] patched = apply(original, sarif.out());
            assertArrayEquals(Files.readAllBytes(fixCopy), patched,
                    () -> "SARIF fix differs from --fix: " + new String(patched, StandardCharsets.ISO_8859_1));
        }
    }

    private static byte[] apply(byte[] bytes, String log) {
        record Replacement(int offset, int length, byte[] inserted) {
        }
        List<Replacement> replacements = new ArrayList<>();
        for (JsonElement element : results(log)) {
            JsonObject result = element.getAsJsonObject();
            if (!result.has("fixes")) {
                continue;
            }
            for (JsonElement r : result.getAsJsonArray("fixes").get(0).getAsJsonObject()
                    .getAsJsonArray("artifactChanges").get(0).getAsJsonObject().getAsJsonArray("replacements")) {
                JsonObject deleted = r.getAsJsonObject().getAsJsonObject("deletedRegion");
                JsonObject inserted = r.getAsJsonObject().getAsJsonObject("insertedContent");
                replacements.add(new Replacement(deleted.get("byteOffset").getAsInt(),
                        deleted.get("byteLength").getAsInt(), inserted == null ? new byte[0]
                                : Base64.getDecoder().decode(inserted.get("binary").getAsString())));
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

    private static com.google.gson.JsonArray results(String log) {
        return JsonParser.parseString(log).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
                .getAsJsonArray("results");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
