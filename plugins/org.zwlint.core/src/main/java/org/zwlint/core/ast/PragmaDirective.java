package org.zwlint.core.ast;

import java.util.List;

/** A #pragma line (alloc_text, warning, prefast...) or an inline __pragma(...) / _Pragma(...). */
public record PragmaDirective(Span span, String text, boolean inline) implements Declaration, Statement {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return List.of();
    }

    /** The pragma's first word: "alloc_text", "warning", "prefast", ... */
    public String name() {
        String body = text.strip();
        if (inline) {
            int open = body.indexOf('(');
            body = open < 0 ? "" : body.substring(open + 1);
        } else {
            body = body.replaceFirst("^#\\s*pragma\\b", "");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*").matcher(body);
        return m.find() ? m.group() : "";
    }
}
