package org.zwlint.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceFile;

/** The analyzer alone decides where a finding in a header goes: once, at the header, whoever includes it. */
class HeaderFindingsTest {
    private static final String HEADER = """
            #pragma once
            #include <ntddk.h>

            static __inline NTSTATUS ReleaseSectionHandle(HANDLE Section)
            {
                return NtClose(Section);
            }
            """;
    private static final String READER = """
            #include "section_util.h"

            NTSTATUS ReaderStop(HANDLE Section)
            {
                return ReleaseSectionHandle(Section);
            }
            """;
    private static final String WRITER = """
            #include "section_util.h"

            NTSTATUS WriterStop(HANDLE Section, HANDLE Event)
            {
                ZwClose(Event);
                return ReleaseSectionHandle(Section);
            }
            """;

    private final Analyzer analyzer = new Analyzer();

    private static Path driver(Path dir) throws IOException {
        Files.writeString(dir.resolve("section_util.h"), HEADER);
        Files.writeString(dir.resolve("reader.c"), READER);
        Files.writeString(dir.resolve("writer.c"), WRITER);
        return dir;
    }

    private static String place(Finding f) {
        return f.range().file().getFileName() + ":" + f.range().startLine() + ":" + f.range().startColumn() + ":"
                + f.ruleId();
    }

    @Test
    void twoUnitsIncludingOneHeaderGiveOneFindingAtTheHeader(@TempDir Path dir) throws IOException {
        driver(dir);
        AnalysisResult result = analyzer.analyze(new AnalysisRequest(
                List.of(dir.resolve("reader.c"), dir.resolve("writer.c")), ZwLintConfig.defaults()));
        assertEquals(List.of("section_util.h:6:12:PM001"), result.findings().stream().map(f -> place(f)).toList());
        assertEquals(dir.resolve("section_util.h"), result.findings().get(0).fixes().get(0).file());
        assertEquals(2, result.filesAnalyzed());
    }

    @Test
    void aFolderRunAnalyzesTheIncludedHeaderWithItsUnitsOnlyAndGivesOneFinding(@TempDir Path dir)
            throws IOException {
        AnalysisResult result = analyzer.analyze(new AnalysisRequest(List.of(driver(dir)), ZwLintConfig.defaults()));
        assertEquals(2, result.filesAnalyzed());
        assertEquals(List.of("section_util.h:6:12:PM001"), result.findings().stream().map(f -> place(f)).toList());
    }

    @Test
    void oneFileInMemoryReturnsTheFindingsOfItsHeadersAfterItsOwn(@TempDir Path dir) throws IOException {
        driver(dir);
        String source = WRITER.replace("ZwClose(Event);", "NtClose(Event);");
        AnalysisResult result = analyzer.analyze(SourceFile.of(dir.resolve("writer.c"), source),
                ZwLintConfig.defaults());
        assertEquals(List.of("writer.c:5:5:PM001", "section_util.h:6:12:PM001"),
                result.findings().stream().map(f -> place(f)).toList());
    }
}
