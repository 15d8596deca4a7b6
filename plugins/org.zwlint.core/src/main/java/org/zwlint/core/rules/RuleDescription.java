package org.zwlint.core.rules;

import org.zwlint.core.Severity;

/**
 * A rule's public metadata, from rules.json: id, short name, default severity, a one-line
 * summary and help for driver developers (with a bad and a good example).
 */
public record RuleDescription(String id, String name, Severity severity, String summary, String help) {
}
