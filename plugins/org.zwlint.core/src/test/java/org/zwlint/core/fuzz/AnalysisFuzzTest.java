package org.zwlint.core.fuzz;

import java.nio.file.Path;
import java.util.Map;

import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.config.ModeOverride;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceFile;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The whole analysis of one file: front end, semantics, the engine's CFG and dataflow, every
 * rule. The file is judged as kernel code whatever it includes, so every rule runs on every input.
 * Oracles: {@link Oracles#findings}, and the same input gives the same findings and diagnostics twice.
 */
class AnalysisFuzzTest {
    private static final Analyzer ANALYZER = new Analyzer();
    private static final ZwLintConfig KERNEL = ZwLintConfig.defaults().withMode(ModeOverride.KERNEL);
    private static final Path PATH = Path.of("fuzz", FuzzFiles.MAIN);

    @FuzzTest
    void analyzeOneFile(byte[] input) {
        SourceFile file = SourceFile.decode(PATH, input);
        AnalysisResult first = ANALYZER.analyze(file, KERNEL);
        Oracles.findings(first, Map.of(PATH, file));
        Oracles.check(first.diagnostics().stream().noneMatch(d -> d.message().startsWith("internal error")),
                "internal error: " + first.diagnostics());
        if (Oracles.checkTwice(input)) {
            AnalysisResult second = ANALYZER.analyze(SourceFile.decode(PATH, input), KERNEL);
            Oracles.check(first.findings().equals(second.findings()), "findings differ between two runs");
            Oracles.check(first.diagnostics().equals(second.diagnostics()), "diagnostics differ between two runs");
        }
    }
}
