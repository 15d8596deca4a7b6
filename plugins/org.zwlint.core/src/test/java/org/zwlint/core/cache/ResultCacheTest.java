package org.zwlint.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.AnalysisRequest;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.Progress;
import org.zwlint.core.config.ZwLintConfig;

/**
 * The result cache over two driver projects: "alpha" (two files sharing a header, and a header
 * of a shared folder) and "beta". Each test compares a cached run with an uncached one of the
 * same tree, and counts which projects were analyzed again.
 */
class ResultCacheTest {
    private static final Analyzer ANALYZER = new Analyzer();

    private Path tree = Path.of("");
    private Path cacheDir = Path.of("");
    private Path shared = Path.of("");

    @BeforeEach
    void writeTree(@TempDir Path temporary) throws IOException {
        tree = Files.createDirectories(temporary.resolve("tree"));
        cacheDir = temporary.resolve("cache");
        shared = Files.createDirectories(tree.resolve("shared"));
        Files.writeString(shared.resolve("common.h"), """
                #pragma once
                #define CLOSE_IT(h) ZwClose(h)
                """);
        Path alpha = Files.createDirectories(tree.resolve("alpha"));
        Files.writeString(alpha.resolve("alpha.h"), """
                #pragma once
                #include <ntifs.h>
                #include "../shared/common.h"
                VOID Helper(HANDLE h);
                """);
        Files.writeString(alpha.resolve("a1.c"), """
                #include "alpha.h"

                VOID Stop(HANDLE h)
                {
                    NtClose(h);
                    CLOSE_IT(h);
                #ifdef CLOSE_TWICE
                    NtClose(h);
                #endif
                }
                """);
        Files.writeString(alpha.resolve("a2.c"), """
                #include "alpha.h"
                #include "optional.h"

                VOID Helper(HANDLE h)
                {
                    ZwClose(h);
                }
                """);
        Path beta = Files.createDirectories(tree.resolve("beta"));
        Files.writeString(beta.resolve("b.c"), """
                #include <ntifs.h>

                VOID Close(HANDLE h)
                {
                    NtClose(h);
                }
                """);
        Files.writeString(tree.resolve("notes.txt"), "not C\n");
    }

    private record Run(AnalysisResult result, ResultCache cache) {
    }

    private Run cached(ZwLintConfig config) {
        ResultCache cache = ResultCache.open(cacheDir);
        AnalysisResult result = ANALYZER.analyze(new AnalysisRequest(List.of(tree), config, 2, Optional.of(cache),
                Progress.NONE));
        return new Run(result, cache);
    }

    private AnalysisResult uncached(ZwLintConfig config) {
        return ANALYZER.analyze(new AnalysisRequest(List.of(tree), config, 2));
    }

    private static int ntCloses(AnalysisResult result) {
        return (int) result.findings().stream().filter(f -> f.ruleId().equals("PM001")).count();
    }

    @Test
    void aWarmRunReusesEveryProjectAndGivesTheSameResult() {
        Run cold = cached(ZwLintConfig.defaults());
        assertEquals(0, cold.cache().reused());
        assertEquals(2, cold.cache().analyzed(), "alpha and beta");
        Run warm = cached(ZwLintConfig.defaults());
        assertEquals(2, warm.cache().reused());
        assertEquals(0, warm.cache().analyzed());
        assertEquals(uncached(ZwLintConfig.defaults()), warm.result());
        assertEquals(cold.result(), warm.result());
        assertEquals(List.of(), warm.cache().notes());
    }

    @Test
    void editingAHeaderAnalyzesOnlyTheProjectsThatReadIt() throws IOException {
        Run cold = cached(ZwLintConfig.defaults());
        assertEquals(2, ntCloses(cold.result()));
        Files.writeString(shared.resolve("common.h"), """
                #pragma once
                #define CLOSE_IT(h) NtClose(h)
                """);
        Run warm = cached(ZwLintConfig.defaults());
        assertEquals(1, warm.cache().reused(), "beta does not include common.h");
        assertEquals(1, warm.cache().analyzed());
        assertEquals(3, ntCloses(warm.result()), "the macro in the edited header now calls NtClose");
        assertEquals(uncached(ZwLintConfig.defaults()), warm.result());
    }

    @Test
    void editingOneProjectLeavesTheOtherReused() throws IOException {
        cached(ZwLintConfig.defaults());
        Files.writeString(tree.resolve("notes.txt"), "still not C, but different\n");
        Files.writeString(tree.resolve("beta/b.c"), """
                #include <ntifs.h>

                VOID Close(HANDLE h)
                {
                    ZwClose(h);
                }
                """);
        Run warm = cached(ZwLintConfig.defaults());
        assertEquals(1, warm.cache().reused(), "alpha reads nothing of beta's");
        assertEquals(1, warm.cache().analyzed());
        assertEquals(1, ntCloses(warm.result()));
        assertEquals(uncached(ZwLintConfig.defaults()), warm.result());
    }

    @Test
    void aHeaderCreatedWhereAnIncludeNowFindsItAnalyzesAgain() throws IOException {
        cached(ZwLintConfig.defaults());
        Files.writeString(tree.resolve("alpha/optional.h"), """
                #pragma once
                static __inline VOID Extra(HANDLE h) { NtClose(h); }
                """);
        Run warm = cached(ZwLintConfig.defaults());
        assertEquals(1, warm.cache().analyzed(), "a2.c's #include \"optional.h\" resolves now");
        assertEquals(uncached(ZwLintConfig.defaults()), warm.result());
        assertEquals(3, ntCloses(warm.result()));
    }

    @Test
    void aChangedDefineAnalyzesEveryProjectAgain() {
        cached(ZwLintConfig.defaults());
        ZwLintConfig twice = new ZwLintConfig(Map.of("CLOSE_TWICE", "1"), List.of(), List.of(), Optional.empty(),
                Set.of());
        Run warm = cached(twice);
        assertEquals(0, warm.cache().reused());
        assertEquals(3, ntCloses(warm.result()));
        assertEquals(uncached(twice), warm.result());
        assertEquals(2, cached(twice).cache().reused(), "and the new configuration's results are kept beside");
        assertEquals(2, cached(ZwLintConfig.defaults()).cache().reused());
    }

    @Test
    void aDamagedOrUnreadableEntryIsIgnoredWithANote() throws IOException {
        Run cold = cached(ZwLintConfig.defaults());
        List<Path> entries;
        try (Stream<Path> files = Files.walk(cacheDir)) {
            entries = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(2, entries.size());
        Files.writeString(entries.get(0), "{\"format\": 1, \"key\": \"trunc");
        Files.delete(entries.get(1));
        Files.createDirectories(entries.get(1)); // a folder where the entry was: cannot be read as a file
        Run warm = cached(ZwLintConfig.defaults());
        assertEquals(cold.result(), warm.result());
        assertEquals(2, warm.cache().analyzed());
        assertEquals(3, warm.cache().notes().size(), warm.cache().notes()::toString);
        assertTrue(warm.cache().notes().stream().anyMatch(n -> n.contains("cannot write")),
                "the folder in the entry's place cannot be replaced");
        assertTrue(warm.cache().notes().stream().anyMatch(n -> n.contains("damaged entry")), warm.cache().notes()::toString);
        assertTrue(warm.cache().notes().stream().anyMatch(n -> n.contains("unreadable entry")),
                warm.cache().notes()::toString);
    }

    @Test
    void runsSharingTheCacheAtOnceLeaveWholeEntries() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<Run>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(() -> cached(ZwLintConfig.defaults())));
            }
            AnalysisResult expected = uncached(ZwLintConfig.defaults());
            for (java.util.concurrent.Future<Run> run : runs) {
                assertEquals(expected, run.get().result());
                assertEquals(List.of(), run.get().cache().notes());
            }
        } finally {
            pool.shutdown();
        }
        Run warm = cached(ZwLintConfig.defaults());
        assertEquals(2, warm.cache().reused());
        assertEquals(List.of(), warm.cache().notes());
        try (Stream<Path> files = Files.walk(cacheDir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void theCodecKeepsEveryField() {
        AnalysisResult result = uncached(ZwLintConfig.defaults());
        assertTrue(result.findings().stream().anyMatch(f -> !f.fixes().isEmpty()), "fixes with digests are kept");
        assertEquals(result, ResultCodec.decode(com.google.gson.JsonParser.parseString(
                ResultCodec.encode(result).toString()).getAsJsonObject()));
        assertNotEquals(0, result.findings().size());
    }
}
