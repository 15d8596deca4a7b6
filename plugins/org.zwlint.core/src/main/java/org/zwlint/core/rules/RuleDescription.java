package org.zwlint.core.rules;

import java.util.List;
import java.util.Optional;

import org.zwlint.core.Severity;

/**
 * A rule's public metadata, from rules.json: id, short name, default severity, a one-line
 * summary, help for driver developers (with a bad and a good example), the class that
 * implements it (the registry creates one of each), and what code-scanning services show beside
 * it: tags (with CWE ids), how often its findings are right ({@code precision}: very-high, high,
 * medium, low), the CVSS-like {@code security-severity} of security rules, and its relation to
 * the PREfast warnings, SDV rules and CodeQL queries teams already use.
 */
public record RuleDescription(String id, String name, Severity severity, String summary, String help,
        String implementation, List<String> tags, String precision, Optional<String> securitySeverity,
        List<RuleRelation> relations) {
    public static final List<String> PRECISIONS = List.of("very-high", "high", "medium", "low");

    public RuleDescription {
        tags = List.copyOf(tags);
        relations = List.copyOf(relations);
    }

    /** A rule with no tags, no relations and medium precision (tests of the registry). */
    public RuleDescription(String id, String name, Severity severity, String summary, String help,
            String implementation) {
        this(id, name, severity, summary, help, implementation, List.of(), "medium", Optional.empty(), List.of());
    }

    /** The anchor of this rule in docs/rules.md, as GitHub spells heading anchors ("pm001-directntcall"). */
    public String anchor() {
        return (id + "-" + name).toLowerCase(java.util.Locale.ROOT);
    }
}
