package org.zwlint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.zwlint.core.Analyzer;
import org.zwlint.core.Finding;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceFile;

/**
 * The probing rules' vulnerable and fixed twins (probing/pbNNN_name_vulnerable.c and _fixed.c): the rule the name
 * gives finds the vulnerable twin and never the fixed one, and together the twins cover every probing rule.
 */
class VulnerableFixedTwinsTest {
    private static final Path PROBING = Path.of("src/test/resources/fixtures/rules/probing");
    private static final Set<String> RULES = Set.of("PB001", "PB002", "PB003", "PB004");
    private final Analyzer analyzer = new Analyzer();

    private static List<Path> vulnerable() throws IOException {
        try (Stream<Path> files = Files.list(PROBING)) {
            return files.filter(p -> p.getFileName().toString().endsWith("_vulnerable.c")).sorted().toList();
        }
    }

    private static String rule(Path twin) {
        return twin.getFileName().toString().substring(0, 5).toUpperCase(Locale.ROOT);
    }

    private List<Finding> findings(Path path, String rule) throws IOException {
        return analyzer.analyze(SourceFile.decode(path, Files.readAllBytes(path)), ZwLintConfig.defaults()).findings()
                .stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void atLeastTwelvePairsCoverEveryRule() throws IOException {
        List<Path> twins = vulnerable();
        assertTrue(twins.size() >= 12, "only " + twins.size() + " pairs");
        Set<String> covered = new TreeSet<>();
        twins.forEach(t -> covered.add(rule(t)));
        assertEquals(new TreeSet<>(RULES), covered);
    }

    @TestFactory
    Stream<DynamicTest> theVulnerableTwinIsFoundAndTheFixedOneIsNot() throws IOException {
        return vulnerable().stream().map(bad -> DynamicTest.dynamicTest(bad.getFileName().toString(), () -> {
            Path good = bad.resolveSibling(bad.getFileName().toString().replace("_vulnerable.c", "_fixed.c"));
            assertTrue(Files.isRegularFile(good), "no fixed twin " + good);
            String rule = rule(bad);
            assertFalse(findings(bad, rule).isEmpty(), rule + " misses " + bad);
            assertEquals(List.of(), findings(good, rule).stream().map(Finding::format).toList());
        }));
    }
}
