package org.zwlint.core;

import java.util.List;

import org.zwlint.core.source.TextRange;

/** A rule's verdict on one place in the driver's code. Rule ids (PM0xx, PB0xx) are stable and public. */
public record Finding(String ruleId, Severity severity, TextRange range, String message, Witness witness,
        List<Fix> fixes) {
    public Finding {
        fixes = List.copyOf(fixes);
    }

    /** "file:line:col: severity RULE: message", the way a compiler prints a warning. */
    public String format() {
        return range.describe() + ": " + severity.label() + " " + ruleId + ": " + message;
    }
}
