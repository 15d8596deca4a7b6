package org.zwlint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.Finding;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.report.TextOptions;
import org.zwlint.core.report.TextReport;
import org.zwlint.core.source.SourceFile;

/**
 * The probing rules' findings with their I/O-manager replays, as the verbose text report prints them, compared
 * with the expected output in fixtures/replay. Every PB finding carries a replay. Set -Dzwlint.writeExpected=true
 * to rewrite the expected files after a deliberate change, then read the diff before committing it.
 */
class ProbeReplayGoldenTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();
    private static final Path EXPECTED = FIXTURES.resolve("replay");
    private static final Analyzer ANALYZER = new Analyzer();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "pb001_neither_vulnerable", "pb001_buffered_embedded_vulnerable",
            "pb002_short_probe_vulnerable", "pb003_unguarded_vulnerable", "pb004_double_fetch_vulnerable",
            "pb001_write_what_where_vulnerable", "pb004_direct_mdl_vulnerable", "pb002_header_length_vulnerable" })
    void findingsCarryTheReplayOfAHostileRequest(String name) throws IOException {
        Path path = FIXTURES.resolve("rules/probing/" + name + ".c");
        AnalysisResult result = ANALYZER.analyze(SourceFile.decode(path, Files.readAllBytes(path)),
                ZwLintConfig.defaults());
        for (Finding finding : result.findings()) {
            assertTrue(!finding.ruleId().startsWith("PB") || finding.witness().verdict().isPresent(),
                    "no replay for " + finding.format());
        }
        String actual = TextReport.render(result, new TextOptions(FIXTURES, false, true)).replace("\r\n", "\n");
        Path expected = EXPECTED.resolve(name + ".txt");
        if (Boolean.getBoolean("zwlint.writeExpected")) {
            Files.createDirectories(EXPECTED);
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "replays of " + name);
    }
}
