package org.zwlint.core.report;

import java.util.List;

import org.zwlint.core.rules.RuleDescription;
import org.zwlint.core.rules.RuleRelation;

/**
 * The rule reference in Markdown (docs/rules.md, what {@code zwlint rules --format markdown}
 * prints): one section per rule, whose heading anchor is the rule's SARIF {@code helpUri}.
 */
public final class RuleReference {
    private RuleReference() {
    }

    public static String markdown(List<RuleDescription> rules) {
        StringBuilder out = new StringBuilder();
        out.append("# ZwLint rules\n\n");
        out.append("Written by `zwlint rules --format markdown` from the rule catalog; do not edit by hand.\n");
        out.append("Suppress a finding with `// zwlint-disable-next-line RULE: reason` on the line above it. "
                + "A `#pragma warning(suppress: N)` or `disable: N` written for PREfast silences a rule only where "
                + "the rule is `equal` to warning CN below (see [suppressions.md](suppressions.md)).\n\n");
        out.append("| id | name | default level | summary |\n| --- | --- | --- | --- |\n");
        for (RuleDescription rule : rules) {
            out.append("| [").append(rule.id()).append("](#").append(rule.anchor()).append(") | ").append(rule.name())
                    .append(" | ").append(rule.severity().label()).append(" | ").append(cell(rule.summary()))
                    .append(" |\n");
        }
        for (RuleDescription rule : rules) {
            out.append("\n## ").append(rule.id()).append(' ').append(rule.name()).append("\n\n");
            out.append("**").append(rule.summary()).append(".**\n\n");
            out.append("Default level: ").append(rule.severity().label()).append(". Precision: ")
                    .append(rule.precision()).append('.');
            rule.securitySeverity().ifPresent(score -> out.append(" Security severity: ").append(score).append('.'));
            out.append(" Tags: ").append(String.join(", ", rule.tags().stream().map(t -> "`" + t + "`").toList()))
                    .append(".\n\n");
            out.append(SarifText.markdown(rule.help())).append("\n\n");
            if (rule.relations().isEmpty()) {
                out.append("Related checks: none of the PREfast warnings, SDV rules or CodeQL driver queries is "
                        + "mapped to this rule.\n");
            } else {
                out.append("| related check | relation | how they differ |\n| --- | --- | --- |\n");
                for (RuleRelation relation : rule.relations()) {
                    out.append("| ").append(relation.tool().label()).append(' ').append(relation.id()).append(" | ")
                            .append(relation.kind()).append(" | ").append(cell(relation.description())).append(" |\n");
                }
                boolean carries = rule.relations().stream().anyMatch(RuleRelation::suppressionCarriesOver);
                if (carries) {
                    out.append("\nThe `equal` PREfast warning's `#pragma warning(suppress: N)` and "
                            + "`#pragma warning(disable: N)` also silence this rule.\n");
                }
            }
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
