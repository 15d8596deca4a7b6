package org.zwlint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every rule is a metadata entry, a class and a fixture set together: the registry creates each
 * entry's class (whose id matches), and each rule has a fixture that expects it and a fixture named
 * for it that expects it nowhere (the negatives a naive checker gets wrong).
 */
class RuleRegistryTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/rules");

    @Test
    void everyEntryHasItsClassAndFixtures() throws IOException {
        RuleCatalog catalog = RuleCatalog.load();
        List<Rule> rules = RuleRegistry.create(catalog);
        assertEquals(catalog.all().stream().map(RuleDescription::id).toList(), rules.stream().map(Rule::id).toList());
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            fixtures = files.filter(p -> p.toString().endsWith(".c")).sorted().toList();
        }
        for (RuleDescription rule : catalog.all()) {
            String id = rule.id();
            assertTrue(fixtures.stream().anyMatch(f -> expects(f, id)), id + ": no fixture expects it");
            assertTrue(fixtures.stream().anyMatch(f -> namedFor(f, id) && !expects(f, id)),
                    id + ": no negative fixture (" + id.toLowerCase(Locale.ROOT) + "_*.c expecting nothing of it)");
            assertFalse(rule.help().isBlank(), id + ": no help");
            assertTrue(rule.help().contains("Bad:") && rule.help().contains("Good:"), id + ": help needs a bad and a good example");
        }
    }

    @Test
    void anEntryWhoseClassIsNotARuleIsRefused() {
        RuleDescription wrong = new RuleDescription("PB999", "Wrong", org.zwlint.core.Severity.ERROR, "s",
                "Bad: x Good: y", "java.lang.String");
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> RuleRegistry.create(new RuleCatalog(java.util.Map.of("PB999", wrong))));
        assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
    }

    private static boolean namedFor(Path fixture, String id) {
        return fixture.getFileName().toString().startsWith(id.toLowerCase(Locale.ROOT) + "_");
    }

    private static boolean expects(Path fixture, String id) {
        try {
            return Files.readString(fixture, StandardCharsets.UTF_8).lines()
                    .anyMatch(line -> line.matches(".*//\\s*expect\\s.*\\b" + id + "\\b.*"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
