package org.zwlint.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceFile;

/** {@code // zwlint-disable-next-line}: the finding leaves the report but stays known, with its reason. */
class InSourceSuppressionTest {
    private static final String TEXT = """
            #include <ntifs.h>

            VOID CloseBoth(HANDLE Section, HANDLE Event)
            {
                // zwlint-disable-next-line PM001: Section is a user handle and must be closed in the caller's mode
                NtClose(Section);
                NtClose(Event);
                // zwlint-disable-next-line PB004: nothing is fetched here
                ZwClose(Event);
            }
            """;

    @Test
    void silencedFindingsAreKeptApartWithTheirJustification() {
        SourceFile file = SourceFile.of(Path.of("/src/close.c"), TEXT);
        AnalysisResult result = new Analyzer().analyze(file, ZwLintConfig.defaults());
        assertEquals(List.of(7), result.findings().stream().map(f -> f.range().startLine()).toList(),
                "only the unsilenced call is reported");
        assertEquals(1, result.suppressed().size());
        SuppressedFinding suppressed = result.suppressed().get(0);
        assertEquals("PM001", suppressed.finding().ruleId());
        assertEquals(6, suppressed.finding().range().startLine());
        assertEquals("Section is a user handle and must be closed in the caller's mode", suppressed.justification());
        assertEquals(5, suppressed.marker().startLine());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.severity() == Severity.NOTE && d.line() == 8
                && d.message().contains("silences nothing")), result.diagnostics()::toString);
    }
}
