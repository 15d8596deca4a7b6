package org.zwlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zwlint.core.AnalysisResult;

class TextReportTest {
    @Test
    void findingsWithIndentedNotesThenDiagnosticsThenSummary() {
        String text = TextReport.render(ReportSamples.mixed());
        String file = ReportSamples.DISPATCH.toString();
        assertEquals(List.of(
                file + ":4:12: warning PM001: direct call to NtClose",
                file + ":4:12: error PB999: user-supplied handle closed",
                "    " + file + ":3:16: note: handle value read from the user's buffer",
                "    " + file + ":4:12: note: passed to NtClose",
                "    " + file + ":4:12: note: the simulated system service dispatcher's replay ends in STATUS_INVALID_HANDLE"
                        + " (0xC0000008)",
                ReportSamples.ROOT.resolve("bin/driver.sys")
                        + ": error: binary file (contains NUL bytes), not C source; skipped",
                file + ":1:1: note: header <ntddk.h> not found",
                "zwlint: 2 findings (1 error, 1 warning) and 2 diagnostics (1 error, 1 note) in 1 file analyzed"),
                text.lines().toList());
    }

    @Test
    void cleanRunIsOnlyTheSummary() {
        assertEquals("zwlint: 0 findings and 0 diagnostics in 3 files analyzed\n",
                TextReport.render(new AnalysisResult(List.of(), List.of(), 3)));
    }

    @Test
    void pathsAreRelativeToTheBaseQuietKeepsFindingsAndErrorsVerboseListsSkippedFiles() {
        TextOptions quiet = new TextOptions(ReportSamples.ROOT, true, false);
        assertEquals(List.of(
                "src/dispatch.c:4:12: warning PM001: direct call to NtClose",
                "src/dispatch.c:4:12: error PB999: user-supplied handle closed",
                "    src/dispatch.c:3:16: note: handle value read from the user's buffer",
                "    src/dispatch.c:4:12: note: passed to NtClose",
                "    src/dispatch.c:4:12: note: the simulated system service dispatcher's replay ends in"
                        + " STATUS_INVALID_HANDLE (0xC0000008)",
                "bin/driver.sys: error: binary file (contains NUL bytes), not C source; skipped"),
                TextReport.render(ReportSamples.mixed(), quiet).lines().toList());
        AnalysisResult skipped = new AnalysisResult(List.of(), List.of(), 1,
                List.of(ReportSamples.ROOT.resolve("um/app.cpp"), ReportSamples.ROOT.resolve("um/app.h")));
        assertEquals(List.of("zwlint: 2 C++ files skipped; ZwLint analyzes C (--verbose lists them)",
                "zwlint: 0 findings and 0 diagnostics in 1 file analyzed"),
                TextReport.render(skipped, new TextOptions(ReportSamples.ROOT, false, false)).lines().toList());
        assertEquals(List.of("zwlint: 2 C++ files skipped; ZwLint analyzes C:", "    um/app.cpp", "    um/app.h",
                "zwlint: 0 findings and 0 diagnostics in 1 file analyzed"),
                TextReport.render(skipped, new TextOptions(ReportSamples.ROOT, false, true)).lines().toList());
    }
}
