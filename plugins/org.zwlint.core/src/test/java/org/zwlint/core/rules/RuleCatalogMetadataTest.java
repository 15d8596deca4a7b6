package org.zwlint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The code-scanning metadata of rules.json: read as written, and refused when it is wrong. */
class RuleCatalogMetadataTest {
    private static String catalog(String extra) {
        return """
                {"schemaVersion": 1, "rules": [{"id": "PB001", "name": "UnprobedUserPointer",
                  "class": "org.zwlint.core.rules.UnprobedUserPointerRule", "severity": "error",
                  "summary": "s", "help": "h", "tags": ["security"], %s}]}
                """.formatted(extra);
    }

    @Test
    void readsPrecisionSecuritySeverityAndRelations() {
        RuleDescription rule = RuleCatalog.parse(catalog("""
                "precision": "high", "security-severity": "8.8",
                "relations": [{"tool": "PREfast", "id": "C28125", "kind": "superset", "description": "d"}]""")).get("PB001");
        assertEquals("high", rule.precision());
        assertEquals(Optional.of("8.8"), rule.securitySeverity());
        assertEquals(List.of(new RuleRelation(RelatedTool.PREFAST, "C28125", "superset", "d")), rule.relations());
        assertFalse(rule.relations().get(0).suppressionCarriesOver(), "a superset rule reports more than C28125");
        assertEquals(java.util.OptionalInt.of(28125), rule.relations().get(0).prefastWarning());
    }

    @Test
    void onlyAnEqualPrefastRelationCarriesPragmasAndTheReferenceSaysSo() {
        RuleCatalog equal = RuleCatalog.parse(catalog("""
                "precision": "high",
                "relations": [{"tool": "PREfast", "id": "C28125", "kind": "equal", "description": "d"},
                              {"tool": "CodeQL", "id": "cpp/x", "kind": "equal", "description": "d"}]"""));
        RuleRelation prefast = equal.get("PB001").relations().get(0);
        assertTrue(prefast.suppressionCarriesOver());
        assertEquals(java.util.OptionalInt.empty(), equal.get("PB001").relations().get(1).prefastWarning(),
                "a CodeQL query has no warning number");
        assertTrue(org.zwlint.core.report.RuleReference.markdown(equal.all())
                .contains("`#pragma warning(suppress: N)` and `#pragma warning(disable: N)` also silence this rule"));
        RuleCatalog superset = RuleCatalog.parse(catalog("""
                "precision": "high",
                "relations": [{"tool": "PREfast", "id": "C28125", "kind": "superset", "description": "d"}]"""));
        assertFalse(org.zwlint.core.report.RuleReference.markdown(superset.all()).contains("also silence this rule"));
    }

    @Test
    void refusesAnUnknownPrecision() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RuleCatalog.parse(catalog("\"precision\": \"sometimes\"")));
        assertTrue(e.getMessage().contains("precision \"sometimes\""), e.getMessage());
    }

    @Test
    void refusesASecuritySeverityOutOfRange() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RuleCatalog.parse(catalog("\"precision\": \"high\", \"security-severity\": \"11.0\"")));
        assertTrue(e.getMessage().contains("security-severity \"11.0\""), e.getMessage());
    }

    @Test
    void refusesAnUnknownToolOrKind() {
        IllegalStateException tool = assertThrows(IllegalStateException.class, () -> RuleCatalog.parse(catalog(
                "\"precision\": \"high\", \"relations\": [{\"tool\": \"Lint\", \"id\": \"X\", \"kind\": \"equal\", "
                        + "\"description\": \"d\"}]")));
        assertTrue(tool.getMessage().contains("unknown tool \"Lint\""), tool.getMessage());
        IllegalStateException kind = assertThrows(IllegalStateException.class, () -> RuleCatalog.parse(catalog(
                "\"precision\": \"high\", \"relations\": [{\"tool\": \"SDV\", \"id\": \"X\", \"kind\": \"same\", "
                        + "\"description\": \"d\"}]")));
        assertTrue(kind.getMessage().contains("relation kind \"same\""), kind.getMessage());
    }

    @Test
    void everyBundledRuleHasTagsAndSecurityRulesHaveASeverity() {
        for (RuleDescription rule : RuleCatalog.load().all()) {
            assertTrue(!rule.tags().isEmpty(), rule.id());
            assertEquals(rule.tags().contains("security"), rule.securitySeverity().isPresent(), rule.id()
                    + ": GitHub reads security-severity only for rules tagged security");
        }
    }
}
