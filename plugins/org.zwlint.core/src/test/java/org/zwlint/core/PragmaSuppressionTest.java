package org.zwlint.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.analysis.ProgramAnalysis;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.rules.RuleCatalog;
import org.zwlint.core.source.SourceFile;

/**
 * {@code #pragma warning(suppress/disable: N)} written for PREfast silences a ZwLint rule only
 * where the catalog says the rule is equal to warning N. The bundled catalog maps no rule as
 * equal (PB003 is a superset of C28125), so the tests give PM001 an equal relation of their own.
 */
class PragmaSuppressionTest {
    private static final int MAPPED = 28999;

    /** The bundled catalog, with PM001 related to PREfast warning C28999 as equal. */
    private static Analyzer mappedAnalyzer() throws IOException {
        String json;
        try (InputStream in = RuleCatalog.class.getResourceAsStream("rules.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String pm001 = "\"id\": \"PM001\",";
        assertTrue(json.contains(pm001));
        json = json.replace(pm001, pm001 + " \"relations\": [{\"tool\": \"PREfast\", \"id\": \"C" + MAPPED
                + "\", \"kind\": \"equal\", \"description\": \"the same calls\"}],");
        return new Analyzer(RuleCatalog.parse(json), ProgramAnalysis.Budgets.defaults());
    }

    private static List<Integer> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.range().startLine()).toList();
    }

    @Test
    void suppressAndDisableSilenceAnEqualRuleWithThePragmaAsJustification() throws IOException {
        SourceFile file = SourceFile.of(Path.of("/src/close.c"), """
                #include <ntifs.h>

                VOID CloseAll(HANDLE A, HANDLE B, HANDLE C, HANDLE D)
                {
                #pragma warning(suppress: 28999)
                    NtClose(A);
                    NtClose(B);
                #pragma warning(push)
                #pragma warning(disable: 28999)
                    NtClose(C);
                #pragma warning(pop)
                    NtClose(D);
                }
                """);
        AnalysisResult result = mappedAnalyzer().analyze(file, ZwLintConfig.defaults());
        assertEquals(List.of(7, 12), lines(result.findings()));
        assertEquals(List.of(6, 10), lines(result.suppressed().stream().map(SuppressedFinding::finding).toList()));
        assertEquals("#pragma warning(suppress: 28999)", result.suppressed().get(0).justification());
        assertEquals(5, result.suppressed().get(0).marker().startLine());
        assertEquals("#pragma warning(disable: 28999)", result.suppressed().get(1).justification());
    }

    @Test
    void anUnmappedOrSupersetWarningSilencesNothingAndIsNeverCalledUnused() {
        // C28125 is what PB003 is a superset of: a pragma for it does not silence PB003 or anything else.
        SourceFile file = SourceFile.of(Path.of("/src/close.c"), """
                #include <ntifs.h>

                VOID CloseOne(HANDLE A)
                {
                #pragma warning(suppress: 28125)
                    NtClose(A);
                #pragma warning(disable: 28999)
                }
                """);
        AnalysisResult result = new Analyzer().analyze(file, ZwLintConfig.defaults());
        assertEquals(List.of(6), lines(result.findings()));
        assertTrue(result.suppressed().isEmpty());
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.message().contains("silences nothing")),
                result.diagnostics()::toString);
    }

    @Test
    void aDisableInAHeaderHoldsInTheFileThatIncludesItAndForTheHeadersOwnFindings(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("quiet.h"), """
                #pragma once
                #pragma warning(push)
                #pragma warning(disable: 28999)
                static __inline VOID CloseInHeader(HANDLE H)
                {
                    NtClose(H);
                }
                """);
        Files.writeString(dir.resolve("driver.c"), """
                #include <ntifs.h>
                #include "quiet.h"

                VOID CloseHere(HANDLE H)
                {
                    NtClose(H);
                }
                #pragma warning(pop)

                VOID CloseAfterPop(HANDLE H)
                {
                    // zwlint-disable-next-line PM001: closed in the caller's mode on purpose
                    NtClose(H);
                    NtClose(H);
                }
                """);
        AnalysisResult result = mappedAnalyzer().analyze(new AnalysisRequest(List.of(dir), ZwLintConfig.defaults(), 1));
        assertEquals(List.of("driver.c:14"), result.findings().stream()
                .map(f -> f.range().file().getFileName() + ":" + f.range().startLine()).toList());
        assertEquals(List.of("driver.c:13 closed in the caller's mode on purpose",
                "driver.c:6 #pragma warning(disable: 28999)", "quiet.h:6 #pragma warning(disable: 28999)"),
                result.suppressed().stream().map(s -> s.finding().range().file().getFileName() + ":"
                        + s.finding().range().startLine() + " " + s.justification()).sorted().toList());
    }
}
