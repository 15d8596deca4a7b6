package org.zwlint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.Severity;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceFile;

/** Runs every fixture under src/test/resources/fixtures/rules and compares findings with its "// expect" comments. */
class RuleFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/rules");
    private final Analyzer analyzer = new Analyzer();

    @TestFactory
    Stream<DynamicTest> everyFixtureReportsExactlyWhatItExpects() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            fixtures = files.filter(p -> p.toString().endsWith(".c") || p.toString().endsWith(".h")).sorted()
                    .toList();
        }
        assertFalse(fixtures.isEmpty(), "no fixtures found under " + FIXTURES);
        return fixtures.stream().map(path -> DynamicTest.dynamicTest(FIXTURES.relativize(path).toString(), () -> {
            SourceFile file = SourceFile.decode(path, Files.readAllBytes(path));
            AnalysisResult result = analyzer.analyze(file, ZwLintConfig.defaults());
            assertEquals(List.of(), FixtureExpectations.mismatches(FixtureExpectations.of(file), result.findings()),
                    "findings of " + path);
            // notes (a WDK header that is not on this machine) are expected; nothing worse is
            assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.severity() != Severity.NOTE).toList(),
                    "diagnostics of " + path);
        }));
    }
}
