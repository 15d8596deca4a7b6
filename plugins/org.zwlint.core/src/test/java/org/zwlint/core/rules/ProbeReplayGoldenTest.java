package org.zwlint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.Finding;
import org.zwlint.core.config.ConfigOverrides;
import org.zwlint.core.config.ConfigResolver;
import org.zwlint.core.config.ProjectFile;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.model.Arch;
import org.zwlint.core.report.TextOptions;
import org.zwlint.core.report.TextReport;
import org.zwlint.core.source.SourceFile;

/**
 * The probing rules' findings with their I/O-manager replays, as the verbose text report prints them, compared
 * with the expected output in fixtures/replay. Every PB finding carries a replay. Set -Dzwlint.writeExpected=true
 * to rewrite the expected files after a deliberate change, then read the diff before committing it.
 */
class ProbeReplayGoldenTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();
    private static final Path EXPECTED = FIXTURES.resolve("replay");
    private static final Analyzer ANALYZER = new Analyzer();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "pb001_neither_vulnerable", "pb001_buffered_embedded_vulnerable",
            "pb002_short_probe_vulnerable", "pb003_unguarded_vulnerable", "pb004_double_fetch_vulnerable",
            "pb001_write_what_where_vulnerable", "pb004_direct_mdl_vulnerable", "pb002_header_length_vulnerable",
            "pb001_fast_io_vulnerable", "pb003_kmdf_locked_buffer_vulnerable",
            "pb003_minifilter_locked_buffer_vulnerable", "pb003_fast_io_read_vulnerable",
            "pb004_minifilter_locked_mdl_vulnerable", "pb001_minifilter_lock_other_request_vulnerable" })
    void findingsCarryTheReplayOfAHostileRequest(String name) throws IOException {
        AnalysisResult result = analyze(name, ZwLintConfig.defaults());
        for (Finding finding : result.findings()) {
            assertTrue(!finding.ruleId().startsWith("PB") || finding.witness().verdict().isPresent(),
                    "no replay for " + finding.format());
        }
        assertMatchesGolden(result, EXPECTED.resolve(name + ".txt"), "replays of " + name);
    }

    /**
     * A finding in a FastIoDeviceControl routine replays the fast I/O path: NtDeviceIoControlFile calls the routine
     * with the caller's InputBuffer and OutputBuffer before building any IRP; no SystemBuffer, no MDL. Its
     * METHOD_BUFFERED output, probed by the service before the call, is no PB001.
     */
    @org.junit.jupiter.api.Test
    void aFastIoFindingReplaysTheFastIoPath() throws IOException {
        AnalysisResult result = analyze("pb001_fast_io_vulnerable", ZwLintConfig.defaults());
        assertEquals(2, result.findings().size(), result.findings().toString());
        for (Finding finding : result.findings()) {
            List<String> trace = finding.witness().verdict().orElseThrow().trace();
            String all = String.join("\n", trace);
            assertTrue(all.contains("reaches the driver as FastIoDeviceControl"), all);
            assertTrue(all.contains("no IRP"), all);
            assertFalse(all.contains("Irp->"), "no IRP field on the fast I/O path:\n" + all);
            assertFalse(all.contains("SystemBuffer ="), all);
            assertFalse(all.contains("MmProbeAndLockPages"), all);
            assertTrue(all.contains("InputBuffer (FastIoDeviceControl) = ") && all.contains(
                    "OutputBuffer (FastIoDeviceControl) = "), all);
            assertTrue(finding.witness().path().getLast().message().contains("kernel memory"), all);
        }
        String snapshot = trace(result.findings().get(1));
        assertTrue(snapshot.contains("OutputBuffer (FastIoDeviceControl) = 0xFFFFA00000004000"), snapshot);
    }

    /**
     * A finding in a FastIoRead or FastIoWrite routine replays the fast read/write path: NtReadFile probes the caller's
     * Buffer for write (NtWriteFile for read), then calls the routine with that Buffer before any IRP, whatever the
     * device's DO_BUFFERED_IO/DO_DIRECT_IO: no SystemBuffer, no MDL. The Buffer itself is no PB001 (it was probed);
     * freed under an unguarded copy it is PB003, and a pointer read out of it is PB001.
     */
    @org.junit.jupiter.api.Test
    void aFastReadOrWriteFindingReplaysTheFastReadWritePath() throws IOException {
        AnalysisResult result = analyze("pb003_fast_io_read_vulnerable", ZwLintConfig.defaults());
        assertEquals(List.of("PB003", "PB001"), result.findings().stream().map(Finding::ruleId).toList());
        String read = trace(result.findings().get(0));
        assertTrue(read.contains("calls NtReadFile(Buffer 0x1A000003000, Length "), read);
        assertTrue(read.contains("ProbeForWrite(Buffer, [0x1A000003000,"), read);
        assertTrue(read.contains("FastIoDispatch->FastIoRead: NtReadFile calls it before building any IRP"), read);
        assertTrue(read.contains("Buffer (FastIoRead) = 0x1A000003000") && read.contains("probed by the I/O manager"),
                read);
        assertTrue(read.contains("reaches the driver as FastIoRead"), read);
        assertFalse(read.contains("Irp->") || read.contains("SystemBuffer =") || read.contains("MmProbeAndLockPages"),
                read);
        assertTrue(read.contains("VirtualFree") && read.contains("bug check 0x3B"), read);
        String write = trace(result.findings().get(1));
        assertTrue(write.contains("calls NtWriteFile(Buffer 0x1A000002000"), write);
        assertTrue(write.contains("ProbeForRead(Buffer, [0x1A000002000,"), write);
        assertTrue(write.contains("FastIoDispatch->FastIoWrite: NtWriteFile calls it"), write);
        assertTrue(write.contains("out of Buffer (FastIoWrite)") && write.contains("0xFFFFA00000004000"), write);
    }

    /**
     * A KMDF in-caller-context finding after WdfRequestProbeAndLockUserBufferForRead replays the lock: a kernel
     * address makes its probe fail (MmProbeAndLockPages with the request's UserMode raises, the framework returns
     * STATUS_ACCESS_VIOLATION); a good buffer is locked behind an MDL, whose system address stays valid, while the
     * raw address the driver reads is still the caller's to unmap.
     */
    @org.junit.jupiter.api.Test
    void aProbeAndLockFindingReplaysTheLock() throws IOException {
        AnalysisResult result = analyze("pb003_kmdf_locked_buffer_vulnerable", ZwLintConfig.defaults());
        assertEquals(List.of("PB003"), result.findings().stream().map(Finding::ruleId).toList());
        String trace = trace(result.findings().get(0));
        assertTrue(trace.contains("WdfRequestProbeAndLockUserBufferForRead"), trace);
        assertTrue(trace.contains("MmProbeAndLockPages(") && trace.contains("UserMode"), trace);
        assertTrue(trace.contains("0xFFFFA00000004000") && trace.contains("returns STATUS_ACCESS_VIOLATION"), trace);
        assertTrue(trace.contains("MDL"), trace);
        assertTrue(trace.contains("WdfMemoryGetBuffer"), trace);
        assertTrue(trace.contains("VirtualFree"), trace);
        assertTrue(trace.contains("bug check 0x3B"), trace);
    }

    /** The same for a minifilter's FltLockUserBuffer: the raw METHOD_NEITHER output is written after the lock. */
    @org.junit.jupiter.api.Test
    void aFltLockUserBufferFindingReplaysTheLock() throws IOException {
        AnalysisResult result = analyze("pb003_minifilter_locked_buffer_vulnerable", ZwLintConfig.defaults());
        assertEquals(List.of("PB003"), result.findings().stream().map(Finding::ruleId).toList());
        String trace = trace(result.findings().get(0));
        assertTrue(trace.contains("built by FltLockUserBuffer, the request's RequestorMode UserMode, IoWriteAccess"),
                trace);
        assertTrue(trace.contains("returns STATUS_ACCESS_VIOLATION"), trace);
        assertTrue(trace.contains("MmGetSystemAddressForMdlSafe on the MdlAddress it sets"), trace);
        assertTrue(trace.contains("writes 4 byte(s)") && trace.contains("bug check 0x3B"), trace);
    }

    /**
     * FltLockUserBuffer(Data) locks that request's METHOD_NEITHER output and sets Neither.OutputMdlAddress: its
     * system address is a kernel mapping of pages the requestor still maps and writes, so a count read twice there is
     * PB004, replayed through the lock and the mapping. A lock of another callback data covers nothing of this one.
     */
    @org.junit.jupiter.api.Test
    void anFltLockUserBufferCoversItsOwnRequestAndItsMdlMapsSharedPages() throws IOException {
        AnalysisResult result = analyze("pb004_minifilter_locked_mdl_vulnerable", ZwLintConfig.defaults());
        assertEquals(List.of("PB004"), result.findings().stream().map(Finding::ruleId).toList());
        String trace = trace(result.findings().get(0));
        assertTrue(trace.contains("built by FltLockUserBuffer, the request's RequestorMode UserMode"), trace);
        assertTrue(trace.contains("MmGetSystemAddressForMdlSafe on the MdlAddress it sets gives 0xFFFFA00000024000"),
                trace);
        assertTrue(trace.contains("first read of `block->Count` at 0xFFFFA00000024000"), trace);
        assertTrue(trace.contains("second thread writes 4128 (0x1020) at 0x1A000003000"), trace);

        List<Finding> findings = analyze("pb001_minifilter_lock_other_request_vulnerable", ZwLintConfig.defaults()).findings();
        assertEquals(List.of("PB001"), findings.stream().map(Finding::ruleId).toList());
    }

    /** The configuration of a run told {@code arch x86}, as the CLI and the .zwlint make it. */
    static ZwLintConfig x86() {
        ConfigOverrides overrides = new ConfigOverrides(List.of(), List.of(), List.of(), Optional.empty(),
                Optional.of(Arch.X86), Optional.empty(), Set.of(), Set.of(), Map.of(), Optional.empty(),
                Optional.empty());
        return new ConfigResolver(Set.of(), overrides).resolve(ProjectFile.none(FIXTURES));
    }

    /**
     * An x86 run replays on an x86 machine: KiFastCallEntry with the argument table's byte count, 32-bit addresses
     * on both sides of 0x80000000, the 8-byte IO_STATUS_BLOCK, and the driver's structure with 4-byte pointers (the
     * embedded pointer at offset 4 of LOG_FETCH, not 8).
     */
    @ParameterizedTest(name = "{0} on x86")
    @ValueSource(strings = { "pb001_buffered_embedded_vulnerable", "pb001_neither_vulnerable",
            "pb003_unguarded_vulnerable", "pb002_short_probe_vulnerable", "pb002_pointer_layout_vulnerable" })
    void anX86RunReplaysOnAnX86Machine(String name) throws IOException {
        AnalysisResult result = analyze(name, x86());
        List<Finding> probing = result.findings().stream().filter(f -> f.ruleId().startsWith("PB")).toList();
        assertTrue(!probing.isEmpty(), name);
        for (Finding finding : probing) {
            String trace = trace(finding);
            assertTrue(trace.contains("KiFastCallEntry"), trace);
            assertTrue(trace.contains("KiArgumentTable[0x"), trace);
            assertTrue(trace.contains("40 byte(s) (10 stack argument(s))"), trace);
            assertTrue(trace.contains("IO_STATUS_BLOCK, 8 bytes"), trace);
            assertFalse(trace.contains("0xFFFF"), "a 64-bit address in an x86 replay:\n" + trace);
            assertFalse(trace.contains("KiSystemCall64"), trace);
        }
        assertMatchesGolden(result, EXPECTED.resolve("x86").resolve(name + ".txt"), "x86 replays of " + name);
    }

    /**
     * The message and the replay of an x86 run give the same layout: the tag after a pointer lies at byte 8 on x86,
     * and FIELD_OFFSET folds to 8 there, so the message, the probe's length and the replayed range all say 8 and 12
     * (on x64: 12 and 16).
     */
    @org.junit.jupiter.api.Test
    void anX86FindingNamesTheX86LayoutAsItsReplayDoes() throws IOException {
        Path path = FIXTURES.resolve("rules/probing/pb002_pointer_layout_vulnerable.c");
        SourceFile source = SourceFile.decode(path, Files.readAllBytes(path));
        Finding x64 = ANALYZER.analyze(source, ZwLintConfig.defaults()).findings().getFirst();
        assertTrue(x64.message().contains("reaches byte 16, but ProbeForRead at line 24 checked only 12 bytes"),
                x64.message());
        assertTrue(x64.witness().path().getLast().message().contains("(12 bytes) but the driver reads"),
                x64.witness().path().getLast().message());
        List<Finding> x86 = ANALYZER.analyze(source, x86()).findings();
        assertEquals(List.of("PB002"), x86.stream().map(Finding::ruleId).toList());
        Finding finding = x86.getFirst();
        assertTrue(finding.message().contains("reaches byte 12, but ProbeForRead at line 24 checked only 8 bytes"),
                finding.message());
        String summary = finding.witness().path().getLast().message();
        assertTrue(summary.contains("ProbeForRead checked [0x7FFEFFF8, 0x7FFEFFFF] (8 bytes) but the driver reads "
                + "[0x7FFF0000, 0x7FFF0003] (4 bytes)"), summary);
    }

    /** A probing fixture analyzed alone, as a file of its own. */
    private static AnalysisResult analyze(String fixture, ZwLintConfig config) throws IOException {
        Path path = FIXTURES.resolve("rules/probing/" + fixture + ".c");
        return ANALYZER.analyze(SourceFile.decode(path, Files.readAllBytes(path)), config);
    }

    /** The dispatcher replay's trace of a finding, one line a step. */
    private static String trace(Finding finding) {
        return String.join("\n", finding.witness().verdict().orElseThrow().trace());
    }

    /** The text report (with replays) equals its golden file; -Dzwlint.writeExpected=true writes it instead. */
    private static void assertMatchesGolden(AnalysisResult result, Path expected, String what) throws IOException {
        String actual = TextReport.render(result, new TextOptions(FIXTURES, false, true)).replace("\r\n", "\n");
        if (Boolean.getBoolean("zwlint.writeExpected")) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, what);
    }
}
