package org.zwlint.core.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceFile;

class LimitsTest {
    private static PreprocessedUnit run(PreprocessorLimits limits, String source) {
        return new Preprocessor(ZwLintConfig.defaults(), new HeaderCache(), limits)
                .run(SourceFile.of(Path.of("bomb.c"), source));
    }

    @Test
    void exponentialMacroBombStopsWithDiagnostic() {
        StringBuilder sb = new StringBuilder("#define B0 x x\n");
        for (int i = 1; i <= 40; i++) {
            sb.append("#define B").append(i).append(" B").append(i - 1).append(" B").append(i - 1).append('\n');
        }
        sb.append("int a;\nB40\nint b;\n");
        PreprocessedUnit unit = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> run(PreprocessorLimits.defaults(), sb.toString()));
        String diagnostics = Pp.diagnostics(unit);
        assertTrue(diagnostics.startsWith("bomb.c:43:1: error: "), diagnostics);
        assertTrue(diagnostics.contains("the rest of the file is skipped"), diagnostics);
        assertEquals(1, unit.diagnostics().size());
    }

    @Test
    void argumentDoublingBombStops() {
        StringBuilder sb = new StringBuilder("#define D(x) x x\n");
        String call = "1";
        for (int i = 0; i < 60; i++) {
            call = "D(" + call + ")";
        }
        sb.append(call).append('\n');
        PreprocessedUnit unit = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> run(PreprocessorLimits.defaults(), sb.toString()));
        assertTrue(Pp.diagnostics(unit).contains("error:"), Pp.diagnostics(unit));
    }

    @Test
    void deepMacroChainIsCutAtDepthLimit() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            sb.append("#define M").append(i).append(" M").append(i + 1).append('\n');
        }
        sb.append("M0\n");
        PreprocessedUnit unit = run(PreprocessorLimits.defaults(), sb.toString());
        assertEquals("M200", Pp.text(unit));
        assertTrue(Pp.diagnostics(unit).startsWith("bomb.c:501:1: error: macro 'M200' is expanded more than 200 levels deep"),
                Pp.diagnostics(unit));
    }

    @Test
    void deeplyNestedArgumentsDoNotOverflowTheStack() {
        String call = "1";
        for (int i = 0; i < 3000; i++) {
            call = "F(" + call + ")";
        }
        PreprocessedUnit unit = run(PreprocessorLimits.defaults(), "#define F(x) (x)\n" + call + "\n");
        assertTrue(Pp.diagnostics(unit).contains("levels deep"), Pp.diagnostics(unit));
    }

    @Test
    void timeBudgetIsReported() {
        PreprocessorLimits tight = new PreprocessorLimits(200, 50_000_000, 500_000_000L, 200, 2, 256, Duration.ZERO);
        StringBuilder sb = new StringBuilder("#define B0 x x\n");
        for (int i = 1; i <= 22; i++) {
            sb.append("#define B").append(i).append(" B").append(i - 1).append(" B").append(i - 1).append('\n');
        }
        sb.append("B22\n");
        PreprocessedUnit unit = run(tight, sb.toString());
        assertTrue(Pp.diagnostics(unit).contains("exceeds the time budget of 0 ms"), Pp.diagnostics(unit));
    }

    @Test
    void largeFileIsFastAndComplete() {
        StringBuilder sb = new StringBuilder("#define CHECK(s) if (!NT_SUCCESS(s)) { return (s); }\n");
        for (int i = 0; i < 50_000; i++) {
            sb.append("    CHECK(ZwClose(h").append(i).append("));\n");
        }
        PreprocessedUnit unit = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> run(PreprocessorLimits.defaults(), sb.toString()));
        assertEquals("", Pp.diagnostics(unit));
        assertEquals(100_000, unit.tokens().stream().filter(t -> t.getText().equals("ZwClose")).count());
    }
}
