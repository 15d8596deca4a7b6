package org.zwlint.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zwlint.core.hostile.Hostile.formatted;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.AnalysisRequest;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.Severity;
import org.zwlint.core.analysis.ProgramAnalysis;
import org.zwlint.core.config.ZwLintConfig;

/**
 * A file's engine work is bounded as a whole, not only per function: a file of many functions,
 * each within its own budget, stops at the file's budget with a warning at the function where it
 * ran out, and the other files of the run are analyzed as usual.
 */
class FileBudgetTest {
    @TempDir
    Path dir = Path.of("unset");

    private static final String LOOP = """
            ULONG Sum%d(PULONG p, ULONG n)
            {
                ULONG s = 0;
                ULONG i;
                for (i = 0; i < n; i++) {
                    s += p[i] * %d;
                }
                return s;
            }
            """;

    private static String manyFunctions(int count) {
        StringBuilder text = new StringBuilder("#include <ntddk.h>\n");
        for (int i = 0; i < count; i++) {
            text.append(LOOP.formatted(i, i));
        }
        return text.toString();
    }

    private static final String CLOSER = """
            #include <ntddk.h>
            NTSTATUS CloseIt(HANDLE h)
            {
                return NtClose(h);
            }
            """;

    @Test
    void aFileOfManyFunctionsStopsAtTheFileBudgetAndTheRunGoesOn() throws IOException {
        Path heavy = Files.writeString(dir.resolve("heavy.c"), manyFunctions(200), StandardCharsets.UTF_8);
        Path other = Files.writeString(dir.resolve("other.c"), CLOSER, StandardCharsets.UTF_8);
        long perFile = 1_000;
        Analyzer analyzer = new Analyzer(new ProgramAnalysis.Budgets(200_000, 4, 12, perFile));

        AnalysisResult result = analyzer.analyze(new AnalysisRequest(List.of(heavy, other), ZwLintConfig.defaults()));

        List<Diagnostic> stops = result.diagnostics().stream()
                .filter(d -> d.message().contains("budget of " + perFile + " solver steps")).toList();
        assertEquals(1, stops.size(), () -> formatted(result).toString());
        Diagnostic stop = stops.get(0);
        assertEquals(heavy, stop.file());
        assertEquals(Severity.WARNING, stop.severity());
        // at the head of a Sum function, and well before the last of the 200
        List<String> lines = Files.readAllLines(heavy);
        assertTrue(lines.get(stop.line() - 1).startsWith("ULONG Sum"), stop.format());
        assertTrue(stop.line() < lines.size() / 2, stop.format());
        assertEquals(1, result.findings().stream()
                .filter(f -> f.ruleId().equals("PM001") && f.range().file().equals(other)).count(),
                () -> result.findings() + " " + formatted(result));
    }

    @Test
    void theDefaultFileBudgetLeavesAnOrdinaryFileAlone() throws IOException {
        Path file = Files.writeString(dir.resolve("ordinary.c"), manyFunctions(20), StandardCharsets.UTF_8);

        AnalysisResult result = new Analyzer().analyze(new AnalysisRequest(List.of(file), ZwLintConfig.defaults()));

        assertTrue(result.diagnostics().stream().noneMatch(d -> d.message().contains("solver steps")),
                () -> formatted(result).toString());
    }
}
