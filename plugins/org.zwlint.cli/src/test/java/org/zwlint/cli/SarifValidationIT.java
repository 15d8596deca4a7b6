package org.zwlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.DispatcherVerdict;
import org.zwlint.core.Finding;
import org.zwlint.core.Severity;
import org.zwlint.core.Witness;
import org.zwlint.core.WitnessStep;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.report.SarifReport;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.TextRange;

/**
 * Produces SARIF with the packaged CLI for the examples and for deliberately awkward input
 * (fixes, odd file names, BOM and CRLF, a binary file, a missing path, an empty folder), and
 * checks every log with Microsoft's SARIF multitool. Any error or warning from it fails the build.
 */
class SarifValidationIT {
    private static Path validator = Path.of("");
    private static Path work = Path.of("");

    @BeforeAll
    static void locateValidator() throws IOException {
        validator = ItEnvironment.property("sarif.multitool");
        assertTrue(Files.isExecutable(validator),
                "SARIF multitool not installed at " + validator + " (the pre-integration-test npm install puts it there)");
        work = ItEnvironment.workDir("sarif");
    }

    @Test
    void examplesAreValidSarif() throws Exception {
        Path root = ItEnvironment.repository();
        Path log = work.resolve("examples.sarif");
        ItEnvironment.Exec run = zwlint(root, "--format", "sarif", "--base-dir", root.toString(), "-o", log.toString(),
                root.resolve("examples").toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run::toString);
        assertEquals(5, results(log).size()); // three direct Nt calls (PM001), two with kernel arguments (PM002)
        assertValid(log);
    }

    /** The I/O-manager replays of the fast I/O path and of a probe-and-lock, on x64 and on x86, as SARIF. */
    @Test
    void ioManagerReplaysAreValidSarifOnBothArchitectures() throws Exception {
        Path root = ItEnvironment.repository();
        Path probing = root.resolve("plugins/org.zwlint.core/src/test/resources/fixtures/rules/probing");
        for (String arch : List.of("x64", "x86")) {
            Path log = work.resolve("replays-" + arch + ".sarif");
            ItEnvironment.Exec run = zwlint(root, "--format", "sarif", "--arch", arch, "--base-dir", probing.toString(),
                    "-o", log.toString(), probing.resolve("pb001_fast_io_vulnerable.c").toString(),
                    probing.resolve("pb003_kmdf_locked_buffer_vulnerable.c").toString(),
                    probing.resolve("pb001_buffered_embedded_vulnerable.c").toString());
            assertEquals(ExitCode.FINDINGS, run.exitCode(), run::toString);
            assertEquals(4, results(log).size(), arch);
            String text = Files.readString(log);
            assertTrue(text.contains("FastIoDeviceControl") && text.contains("WdfRequestProbeAndLockUserBufferForRead"));
            assertTrue(text.contains(arch.equals("x86") ? "KiFastCallEntry" : "KiSystemCall64"), arch);
            assertValid(log);
        }
    }

    @Test
    void awkwardInputIsValidSarifWithAndWithoutABase() throws Exception {
        Path tree = Files.createDirectories(work.resolve("awkward"));
        Path spaced = Files.createDirectories(tree.resolve("my driver"));
        Files.writeString(spaced.resolve("dispatch \u00e9t\u00e9.c"), """
                NTSTATUS Reopen(PHANDLE h, POBJECT_ATTRIBUTES oa, PIO_STATUS_BLOCK io)
                {
                    NtClose(*h);
                    return NtOpenFile(h, GENERIC_READ, oa, io, FILE_SHARE_READ, 0);
                }
                """);
        Files.write(tree.resolve("crlf_bom.c"), concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
                "void F(HANDLE h)\r\n{\r\n    NtClose(h); /* \u00fcber */\r\n}\r\n".getBytes(StandardCharsets.UTF_8)));
        Files.write(tree.resolve("image.c"), new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 });
        Files.createDirectories(tree.resolve("docs"));
        Files.writeString(tree.resolve("docs/notes.txt"), "no C here\n");
        Path missing = tree.resolve("missing.c");

        Path relative = work.resolve("awkward-relative.sarif");
        ItEnvironment.Exec run = zwlint(tree, "--format", "sarif", "--base-dir", tree.toString(), "-o",
                relative.toString(), tree.toString(), missing.toString(), tree.resolve("docs").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run::toString);
        assertEquals(3, results(relative).size(), "three Nt calls in two files");
        JsonArray notifications = firstRun(relative).getAsJsonArray("invocations").get(0).getAsJsonObject()
                .getAsJsonArray("toolExecutionNotifications");
        assertEquals(3, notifications.size(), "binary file, missing path, folder without C files");
        assertValid(relative);

        Path absolute = work.resolve("awkward-absolute.sarif");
        run = zwlint(tree, "--format", "sarif", "-o", absolute.toString(), tree.toString(), missing.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run::toString);
        assertValid(absolute);
    }

    @Test
    void cleanRunIsValidSarif() throws Exception {
        Path clean = Files.writeString(work.resolve("clean.c"), "void F(HANDLE h) { ZwClose(h); }\n");
        Path log = work.resolve("clean.sarif");
        ItEnvironment.Exec run = zwlint(work, "--format", "sarif", "-o", log.toString(), clean.toString());
        assertEquals(ExitCode.CLEAN, run.exitCode(), run::toString);
        assertValid(log);
    }

    /** A log against a baseline: one result new, one unchanged, one absent, each with its fingerprint. */
    @Test
    void baselineStatesAreValidSarif() throws Exception {
        Path project = Files.createDirectories(work.resolve("baselined"));
        Path source = project.resolve("stop.c");
        Files.writeString(source, "#include <ntddk.h>\nVOID A(HANDLE h) { NtClose(h); }\nVOID B(HANDLE s) { NtClose(s); }\n");
        Path baseline = project.resolve("zwlint-baseline.json");
        ItEnvironment.Exec update = zwlint(project, "--base-dir", project.toString(), "--baseline", baseline.toString(),
                "--update-baseline", source.toString());
        assertEquals(ExitCode.CLEAN, update.exitCode(), update::toString);
        Files.writeString(source, "#include <ntddk.h>\nVOID C(HANDLE e) { NtClose(e); }\n\nVOID A(HANDLE h) { NtClose(h); }\n");
        Path log = work.resolve("baselined.sarif");
        ItEnvironment.Exec run = zwlint(project, "--format", "sarif", "--base-dir", project.toString(), "--baseline",
                baseline.toString(), "-o", log.toString(), source.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run::toString);
        List<String> states = new ArrayList<>();
        results(log).forEach(r -> states.add(r.getAsJsonObject().get("baselineState").getAsString()));
        assertEquals(List.of("new", "unchanged", "absent"), states);
        results(log).forEach(r -> assertTrue(r.getAsJsonObject().getAsJsonObject("partialFingerprints")
                .has("zwlintLineHash/v1"), r::toString));
        assertValid(log);
    }

    /**
     * Every optional element at once: an in-source suppression with its reason, a skipped C++ file,
     * fixes with byte offsets and binary content in a UTF-16 and a Windows-1252 file, the
     * taxonomies of the related tools, the invocation with exit code and command line.
     */
    @Test
    void suppressionsEncodingsAndNotificationsAreValidSarif() throws Exception {
        Path project = Files.createDirectories(work.resolve("full"));
        Files.writeString(project.resolve(".zwlint"), "# root\n");
        Files.writeString(project.resolve("silenced.c"), """
                VOID Stop(HANDLE h)
                {
                    // zwlint-disable-next-line PM001: the caller's mode is wanted here
                    NtClose(h);
                    NtClose(h);
                }
                """);
        String text = "// \u00e9tat\r\nVOID Close(HANDLE h)\r\n{\r\n    NtClose(h);\r\n}\r\n";
        Files.write(project.resolve("wide.c"), concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
                text.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(project.resolve("ansi.c"), text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Files.writeString(project.resolve("list.cpp"), "template <class T> class List { T item; };\n");
        Path log = work.resolve("full.sarif");
        ItEnvironment.Exec run = zwlint(project, "--format", "sarif", "-o", log.toString(), project.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run::toString);
        JsonObject sarifRun = firstRun(log);
        assertTrue(sarifRun.has("taxonomies"), "the related tools' taxonomies");
        assertEquals(8, sarifRun.getAsJsonObject("properties").get("configurationFingerprint").getAsString().length());
        long suppressed = 0;
        for (JsonElement result : results(log)) {
            suppressed += result.getAsJsonObject().has("suppressions") ? 1 : 0;
        }
        assertEquals(1, suppressed);
        assertTrue(results(log).toString().contains("\"binary\""), "non-UTF-8 files get binary inserted content");
        assertEquals(ExitCode.FINDINGS, sarifRun.getAsJsonArray("invocations").get(0).getAsJsonObject()
                .get("exitCode").getAsInt());
        assertValid(log);
    }

    /** Findings silenced by #pragma warning (suppress, disable, __pragma) beside a zwlint comment. */
    @Test
    void pragmaSuppressionsAreValidSarif() throws Exception {
        Path source = Files.writeString(work.resolve("pragmas.c"), """
                #define QUIET_CLOSE(h) __pragma(warning(suppress: %1$d)) NtClose(h)
                VOID Stop(HANDLE a, HANDLE b, HANDLE c, HANDLE d)
                {
                #pragma warning(suppress: %1$d)
                    NtClose(a);
                #pragma warning(push)
                #pragma warning(disable: %1$d)
                    NtClose(b);
                #pragma warning(pop)
                    QUIET_CLOSE(c);
                    // zwlint-disable-next-line PM001: the caller's mode is wanted here
                    NtClose(d);
                    NtClose(d);
                }
                """.formatted(MappedPragmas.WARNING));
        Analyzer analyzer = MappedPragmas.analyzer();
        AnalysisResult result = analyzer.analyze(SourceFile.decode(source, Files.readAllBytes(source)),
                ZwLintConfig.defaults());
        Path log = work.resolve("pragmas.sarif");
        Files.writeString(log, new SarifReport(ToolVersion.toolInfo(), analyzer.catalog(), Optional.of(work))
                .render(result));
        List<String> justifications = new ArrayList<>();
        for (JsonElement one : results(log)) {
            if (one.getAsJsonObject().has("suppressions")) {
                justifications.add(one.getAsJsonObject().getAsJsonArray("suppressions").get(0).getAsJsonObject()
                        .get("justification").getAsString());
            }
        }
        assertEquals(List.of("#pragma warning(suppress: " + MappedPragmas.WARNING + ")",
                "#pragma warning(disable: " + MappedPragmas.WARNING + ")",
                "__pragma(warning(suppress: " + MappedPragmas.WARNING + "))",
                "the caller's mode is wanted here"), justifications);
        assertEquals(5, results(log).size(), "four silenced, one open");
        assertValid(log);
    }

    /** Witness paths and dispatcher verdicts come from rules still being written; their SARIF shape is checked now. */
    @Test
    void codeFlowsAndVerdictsAreValidSarif() throws Exception {
        Path source = Files.writeString(work.resolve("boundary.c"), """
                static HANDLE SavedKey;
                NTSTATUS Ioctl(PIRP Irp)
                {
                    HANDLE h = SavedKey;
                    return NtClose(h);
                }
                """);
        SourceFile file = SourceFile.decode(source, Files.readAllBytes(source));
        AnalysisResult real = new Analyzer().analyze(file, ZwLintConfig.defaults());
        Finding direct = real.findings().get(0);
        TextRange read = range(file, "h = SavedKey");
        Finding boundary = new Finding("PM001", Severity.ERROR, direct.range(), "a user-mode handle reaches NtClose",
                new Witness(List.of(new WitnessStep(read, "handle the driver saved"),
                        new WitnessStep(direct.range(), "closed with the caller's PreviousMode")),
                        Optional.of(new DispatcherVerdict(0xC0000008L, "STATUS_INVALID_HANDLE",
                                List.of("PreviousMode is UserMode", "the handle table lookup rejects it")))),
                direct.fixes());
        Path log = work.resolve("codeflows.sarif");
        Files.writeString(log, new SarifReport(ToolVersion.toolInfo(), new Analyzer().catalog(), Optional.of(work))
                .render(new AnalysisResult(List.of(direct, boundary), List.of(), 1)));
        assertTrue(results(log).get(1).getAsJsonObject().has("codeFlows"));
        assertValid(log);
    }

    /** The check itself must be able to fail: a log with a broken region must be rejected. */
    @Test
    void theValidatorRejectsABrokenLog() throws Exception {
        Path good = work.resolve("control-good.sarif");
        Path clean = Files.writeString(work.resolve("control.c"), "void F(HANDLE h) { NtClose(h); }\n");
        zwlint(work, "--format", "sarif", "-o", good.toString(), clean.toString());
        JsonObject log = JsonParser.parseString(Files.readString(good)).getAsJsonObject();
        JsonObject region = log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").get(0)
                .getAsJsonObject().getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("region");
        region.addProperty("startLine", 0);
        Path broken = Files.writeString(work.resolve("control-broken.sarif"), log.toString());
        List<String> problems = validate(broken);
        assertTrue(problems.stream().anyMatch(p -> p.contains("JSON1008")), () -> "expected JSON1008, got " + problems);
    }

    private static void assertValid(Path log) throws Exception {
        List<String> problems = validate(log);
        assertEquals(List.of(), problems, "SARIF validator problems in " + log);
    }

    /** Runs the multitool and returns its errors and warnings as "level RULE: message arguments". */
    private static List<String> validate(Path log) throws Exception {
        Path report = work.resolve(log.getFileName() + ".validation.sarif");
        ItEnvironment.Exec run = ItEnvironment.run(work,
                // The native binary needs ICU unless .NET runs in invariant globalization mode.
                Map.of("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1", "DOTNET_CLI_TELEMETRY_OPTOUT", "1"),
                List.of(validator.toString(), "validate", log.toString(), "--output", report.toString(), "--log",
                        "ForceOverwrite", "--level", "Error;Warning;Note"));
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(Files.isRegularFile(report), () -> "validator wrote no report: " + run);
        JsonObject validation = firstRun(report);
        JsonArray rules = validation.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        List<String> problems = new ArrayList<>();
        java.util.SortedMap<String, Integer> notes = new java.util.TreeMap<>();
        JsonArray results = validation.has("results") ? validation.getAsJsonArray("results") : new JsonArray();
        for (JsonElement element : results) {
            JsonObject result = element.getAsJsonObject();
            String level = effectiveLevel(result, rules);
            String text = level + " " + result.get("ruleId").getAsString() + ": " + result.getAsJsonObject("message");
            if (level.equals("error") || level.equals("warning")) {
                problems.add(text);
            } else {
                notes.merge(result.get("ruleId").getAsString(), 1, Integer::sum);
            }
        }
        for (JsonElement invocation : validation.getAsJsonArray("invocations")) {
            JsonObject object = invocation.getAsJsonObject();
            if (!object.get("executionSuccessful").getAsBoolean()) {
                problems.add("validator execution failed: " + object);
            }
            for (String key : List.of("toolExecutionNotifications", "toolConfigurationNotifications")) {
                if (object.has(key)) {
                    object.getAsJsonArray(key).forEach(n -> problems.add("validator notification: " + n));
                }
            }
        }
        // Notes are advice (snippets, help URIs, relative URIs), not validity; they are shown, not fatal.
        System.out.println("SARIF validator on " + log.getFileName() + ": " + problems.size()
                + " errors/warnings, notes " + notes);
        return problems;
    }

    /** SARIF's rule: a result's level, else its rule's default level, else "warning". */
    private static String effectiveLevel(JsonObject result, JsonArray rules) {
        if (result.has("level")) {
            return result.get("level").getAsString();
        }
        if (result.has("ruleIndex") && rules != null) {
            JsonObject rule = rules.get(result.get("ruleIndex").getAsInt()).getAsJsonObject();
            if (rule.has("defaultConfiguration") && rule.getAsJsonObject("defaultConfiguration").has("level")) {
                return rule.getAsJsonObject("defaultConfiguration").get("level").getAsString();
            }
        }
        return "warning";
    }

    private static ItEnvironment.Exec zwlint(Path directory, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ItEnvironment.java(), "-jar", ItEnvironment.zwlintJar().toString()));
        command.addAll(List.of(args));
        return ItEnvironment.run(directory, Map.of(), command);
    }

    private static JsonObject firstRun(Path log) throws IOException {
        return JsonParser.parseString(Files.readString(log)).getAsJsonObject().getAsJsonArray("runs").get(0)
                .getAsJsonObject();
    }

    private static JsonArray results(Path log) throws IOException {
        return firstRun(log).getAsJsonArray("results");
    }

    private static TextRange range(SourceFile file, String text) {
        int start = file.text().indexOf(text);
        assertTrue(start >= 0, text);
        return file.range(start, start + text.length());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
