package org.zwlint.core.ast;

import java.util.List;
import java.util.Optional;

/** A SAL annotation, __declspec(...), __attribute__((...)) or __pragma(...), kept with its raw arguments. */
public record Annotation(Span span, Annotation.Kind kind, String name, Optional<String> arguments) implements Specifier {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return List.of();
    }

    public enum Kind {
        SAL, DECLSPEC, ATTRIBUTE, PRAGMA,
        /** An unknown macro written where MSVC takes an attribute, e.g. struct DECLSPEC_CACHEALIGN _X. */
        MACRO
    }

    /** The top-level comma-separated arguments, trimmed; empty without parentheses. */
    public List<String> argumentList() {
        if (arguments.isEmpty()) {
            return List.of();
        }
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
        String text = arguments.get();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        String last = text.substring(start).strip();
        if (!last.isEmpty() || !parts.isEmpty()) {
            parts.add(last);
        }
        return List.copyOf(parts);
    }
}
