package org.zwlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zwlint.core.AnalysisResult;

class TextReportTest {
    @Test
    void findingsThenDiagnosticsThenSummary() {
        String text = TextReport.render(ReportSamples.mixed());
        String file = ReportSamples.DISPATCH.toString();
        assertEquals(List.of(
                file + ":4:12: warning PM001: direct call to NtClose",
                file + ":4:12: error PB999: user-supplied handle closed",
                file + ":4:12: note: the simulated system service dispatcher's replay ends in STATUS_INVALID_HANDLE"
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
}
