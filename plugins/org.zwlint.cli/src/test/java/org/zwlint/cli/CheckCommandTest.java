package org.zwlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    /** The end of the summary line of a run with no .zwlint and no options that change the settings. */
    private static final String DEFAULTS = "; configuration " + org.zwlint.core.config.ConfigFingerprint.of(List.of(
            new org.zwlint.core.config.ConfigFingerprint.Configured(org.zwlint.core.config.ZwLintConfig.defaults(),
                    Path.of("."))));

    private static final String DIRECT_CALL = """
            #include <ntifs.h>

            NTSTATUS CloseSection(HANDLE Section)
            {
                return NtClose(Section);
            }
            """;
    private static final String CLEAN = """
            #include <ntddk.h>

            NTSTATUS CloseSection(HANDLE Section)
            {
                return ZwClose(Section);
            }
            """;

    // Placeholders until @BeforeEach runs: JUnit injects the temporary folder there.
    private Path dir = Path.of("");
    private Path dirty = dir;
    private Path clean = dir;

    @BeforeEach
    void writeSources(@TempDir Path temporary) throws IOException {
        dir = temporary;
        dirty = Files.writeString(dir.resolve("section.c"), DIRECT_CALL);
        clean = Files.writeString(dir.resolve("clean.c"), CLEAN);
    }

    @Test
    void findingsPrintCompilerStyleLinesAndExitOne() {
        CliRun run = CliRun.of(dirty.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run::toString);
        assertEquals(List.of(dirty + ":5:12: warning PM001: direct call to NtClose keeps the caller's PreviousMode;"
                + " call ZwClose so the dispatcher sets PreviousMode to KernelMode",
                "    " + dirty + ":5:12: note: called directly: no trap frame is built, so the thread's PreviousMode"
                        + " stays what it was; replayed under UserMode it returns STATUS_INVALID_HANDLE",
                "    " + dirty + ":5:12: note: the simulated system service dispatcher's replay ends in STATUS_INVALID_HANDLE"
                        + " (0xC0000008)",
                "zwlint: 1 finding (1 warning) and 0 diagnostics in 1 file analyzed" + DEFAULTS), run.out().lines().toList());
        assertEquals("", run.err());
    }

    @Test
    void explicitCheckCommandIsTheSameAsTheDefault() {
        assertEquals(CliRun.of(dirty.toString()).out(), CliRun.of("check", dirty.toString()).out());
    }

    @Test
    void cleanCodeExitsZero() {
        CliRun run = CliRun.of(clean.toString());
        assertEquals(ExitCode.CLEAN, run.exitCode(), run::toString);
        assertEquals("zwlint: 0 findings and 0 diagnostics in 1 file analyzed" + DEFAULTS + "\n", run.out());
    }

    @Test
    void foldersAreSearchedForCFiles() {
        CliRun run = CliRun.of(dir.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run::toString);
        assertTrue(run.out().contains("in 2 files analyzed"), run::toString);
    }

    @Test
    void unknownOptionIsBadUsageWithMessageAndUsage() {
        CliRun run = CliRun.of("--no-such-option", dirty.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run::toString);
        assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run::toString);
        assertTrue(run.err().contains("Usage: zwlint check"), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void unknownFormatIsBadUsage() {
        CliRun run = CliRun.of("--format", "xml", dirty.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run::toString);
        assertTrue(run.err().contains("unknown format 'xml'; use text, json or sarif"), run::toString);
    }

    @Test
    void unknownRuleIsBadUsage() {
        CliRun run = CliRun.of("--disable", "PM999", dirty.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--disable PM999: unknown rule; known rules: PM001"), run::toString);
    }

    @Test
    void badMacroNameIsBadUsage() {
        CliRun run = CliRun.of("-D", "9LIVES=1", dirty.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run::toString);
        assertTrue(run.err().contains("'9LIVES' is not a macro name"), run::toString);
    }

    @Test
    void compilerStyleOptionsAreAccepted() {
        CliRun run = CliRun.of("-DDBG", "-D", "NTDDI_VERSION=0x0A000000", "-U", "NDEBUG", "-I", dir.toString(),
                "--wdk-include", dir.toString(), dirty.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run::toString);
    }

    @Test
    void disabledRuleReportsNothing() {
        CliRun run = CliRun.of("--disable", "PM001", dirty.toString());
        assertEquals(ExitCode.CLEAN, run.exitCode(), run::toString);
    }

    @Test
    void aSyntaxErrorIsReportedButTheFileIsStillAnalyzed() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.c"),
                "VOID Broken(VOID)\n{\n    int x = ;\n}\nVOID Close(HANDLE h)\n{\n    NtClose(h);\n}\n");
        CliRun run = CliRun.of(broken.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), "findings, not unanalyzable input: " + run);
        assertTrue(run.out().contains(broken + ":3:"), run::toString);
        assertTrue(run.out().contains(broken + ":7:5: warning PM001"), run::toString);
    }

    @Test
    void noPathIsBadUsage() {
        CliRun run = CliRun.of();
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run::toString);
        assertTrue(run.err().contains("no PATH given"), run::toString);
    }

    @Test
    void missingPathIsReportedAndTheOtherFilesAreStillAnalyzed() {
        Path missing = dir.resolve("gone.c");
        CliRun run = CliRun.of(missing.toString(), dirty.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run::toString);
        assertTrue(run.out().contains(missing + ": error: no such file or directory"), run::toString);
        assertTrue(run.out().contains(dirty + ":5:12: warning PM001"), run::toString);
        assertTrue(run.out().contains("1 finding (1 warning) and 1 diagnostic (1 error) in 1 file analyzed"),
                run::toString);
    }

    @Test
    void binaryFileIsReportedAndTheRunGoesOn() throws IOException {
        Path binary = Files.write(dir.resolve("driver.c"), new byte[] { 'M', 'Z', 0, 0, 3, 0, 0, 0, 4 });
        CliRun run = CliRun.of(binary.toString(), dirty.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run::toString);
        assertTrue(run.out().contains(binary + ": error: binary file (contains NUL bytes), not C source; skipped"),
                run::toString);
        assertTrue(run.out().contains(dirty + ":5:12: warning PM001"), run::toString);
    }

    @Test
    void folderWithoutCFilesIsReported() throws IOException {
        Path docs = Files.createDirectory(dir.resolve("docs"));
        Files.writeString(docs.resolve("README.md"), "# not C\n");
        CliRun run = CliRun.of(docs.toString(), clean.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run::toString);
        assertTrue(run.out().contains(docs + ": error: no .c or .h files in this directory"), run::toString);
        assertTrue(run.out().contains("in 1 file analyzed"), run::toString);
    }

    @Test
    void sarifOutputIsAValidLogWithTheFinding() {
        CliRun run = CliRun.of("--format", "sarif", "--base-dir", dir.toString(), dirty.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run::toString);
        JsonObject log = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("2.1.0", log.get("version").getAsString());
        JsonObject sarifRun = log.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonObject driver = sarifRun.getAsJsonObject("tool").getAsJsonObject("driver");
        assertEquals("ZwLint", driver.get("name").getAsString());
        assertEquals(ToolVersion.current(), driver.get("version").getAsString());
        assertFalse(ToolVersion.current().contains("${"), "the version resource is filtered");
        JsonObject result = sarifRun.getAsJsonArray("results").get(0).getAsJsonObject();
        assertEquals("PM001", result.get("ruleId").getAsString());
        JsonObject artifact = result.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation");
        assertEquals("section.c", artifact.get("uri").getAsString());
        assertEquals("SRCROOT", artifact.get("uriBaseId").getAsString());
        assertEquals(1, result.getAsJsonArray("fixes").size());
    }

    @Test
    void jsonOutputListsFindings() {
        CliRun run = CliRun.of("--format", "JSON", dirty.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run::toString);
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(1, root.get("filesAnalyzed").getAsInt());
        assertEquals("PM001", root.getAsJsonArray("findings").get(0).getAsJsonObject().get("ruleId").getAsString());
    }

    @Test
    void outputOptionWritesTheReportAndPrintsASummary() throws IOException {
        Path report = dir.resolve("out/zwlint.sarif");
        CliRun run = CliRun.of("--format", "sarif", "-o", report.toString(), dirty.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run::toString);
        assertEquals(List.of("zwlint: wrote sarif report to " + report,
                "zwlint: 1 finding (1 warning) and 0 diagnostics in 1 file analyzed" + DEFAULTS), run.out().lines().toList());
        JsonObject log = JsonParser.parseString(Files.readString(report)).getAsJsonObject();
        assertEquals(1, log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").size());
    }

    @Test
    void unwritableOutputIsBadInput() throws IOException {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        CliRun run = CliRun.of("-o", blocker.resolve("report.txt").toString(), dirty.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run::toString);
        assertTrue(run.err().contains("cannot write the report to"), run::toString);
    }

    @Test
    void defaultPathsComeFromTheLauncher() {
        System.setProperty(CheckCommand.DEFAULT_PATHS_PROPERTY, dir.toString());
        try {
            CliRun run = CliRun.of("--format", "text");
            assertEquals(ExitCode.FINDINGS, run.exitCode(), run::toString);
            assertTrue(run.out().contains("in 2 files analyzed"), run::toString);
        } finally {
            System.clearProperty(CheckCommand.DEFAULT_PATHS_PROPERTY);
        }
    }

    @Test
    void fixRewritesOnlyThePrefixKeepingBomAndCrlf() throws IOException {
        String crlf = "NTSTATUS A(HANDLE h)\r\n{\r\n    NtClose(h); /* caf\u00e9 */\r\n    return NtClose(h);\r\n}\r\n";
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        Path file = dir.resolve("crlf.c");
        Files.write(file, concat(bom, crlf.getBytes(StandardCharsets.UTF_8)));

        CliRun run = CliRun.of("--fix", file.toString());

        byte[] expected = concat(bom, crlf.replace("NtClose", "ZwClose").getBytes(StandardCharsets.UTF_8));
        assertEquals(new String(expected, StandardCharsets.ISO_8859_1),
                new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        assertEquals(ExitCode.CLEAN, run.exitCode(), run::toString);
        assertEquals(List.of(file + ":3:5: fixed PM001: Replace NtClose with ZwClose",
                file + ":4:12: fixed PM001: Replace NtClose with ZwClose",
                "zwlint: applied 2 of 2 offered fixes in 1 file",
                "zwlint: 0 findings and 0 diagnostics in 1 file analyzed" + DEFAULTS), run.out().lines().toList());
    }

    @Test
    void fixWithSarifOnStandardOutputKeepsTheLogParseable() throws IOException {
        CliRun run = CliRun.of("--fix", "--format", "sarif", dirty.toString());
        assertEquals(ExitCode.CLEAN, run.exitCode(), run::toString);
        JsonObject log = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(0, log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").size());
        assertTrue(run.err().contains("fixed PM001: Replace NtClose with ZwClose"), run::toString);
        assertEquals(DIRECT_CALL.replace("NtClose", "ZwClose"), Files.readString(dirty));
    }

    @Test
    void fixKeepsWindows1252BytesIntact() throws IOException {
        byte[] text = "/* \u00a9 Contoso \u0097 1252 */\nvoid F(HANDLE h) { NtClose(h); }\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Path file = Files.write(dir.resolve("legacy.c"), text);
        CliRun run = CliRun.of("--fix", file.toString());
        assertEquals(ExitCode.CLEAN, run.exitCode(), run::toString);
        byte[] expected = new String(text, java.nio.charset.Charset.forName("windows-1252")).replace("NtClose",
                "ZwClose").getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertEquals(new String(expected, StandardCharsets.ISO_8859_1),
                new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /**
     * No bundled rule is equal to a PREfast warning: PB003 is a superset of C28125, so a C28125
     * pragma (written for PREfast) leaves PB003's finding reported, and is never called unused.
     */
    @Test
    void aPrefastPragmaSilencesOnlyAnEqualRuleAndIsNeverReportedUnused() throws IOException {
        Path probe = Files.writeString(dir.resolve("probe.c"), """
                #include <ntddk.h>

                DRIVER_DISPATCH DeviceControl;

                NTSTATUS DeviceControl(PDEVICE_OBJECT Device, PIRP Irp)
                {
                    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
                    PVOID input = stack->Parameters.DeviceIoControl.Type3InputBuffer;
                    ULONG length = stack->Parameters.DeviceIoControl.InputBufferLength;
                    UNREFERENCED_PARAMETER(Device);
                #pragma warning(disable: 28110)
                #pragma warning(suppress: 28125)
                    ProbeForRead(input, length, 1);
                    Irp->IoStatus.Status = STATUS_SUCCESS;
                    IoCompleteRequest(Irp, IO_NO_INCREMENT);
                    return STATUS_SUCCESS;
                }
                """);
        CliRun run = CliRun.of(probe.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith(probe + ":13:5: error PB003: "), run::toString);
        assertFalse(run.out().contains("silences nothing"), run::toString);
        assertTrue(run.out().contains("zwlint: 1 finding (1 error) and 0 diagnostics"), run::toString);
    }
}
