package org.zwlint.core;

/** A rule's finding with the rule's place in the order the analyzer runs its rules. */
public record RuleFinding(int rule, Finding finding) {
}
