package org.zwlint.core.rules;

import org.zwlint.core.Severity;

/**
 * A rule's public metadata, from rules.json: id, short name, default severity, a one-line
 * summary, help for driver developers (with a bad and a good example), and the class that
 * implements it (the registry creates one of each).
 */
public record RuleDescription(String id, String name, Severity severity, String summary, String help,
        String implementation) {
}
