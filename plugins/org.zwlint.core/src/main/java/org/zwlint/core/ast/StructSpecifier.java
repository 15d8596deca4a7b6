package org.zwlint.core.ast;

import java.util.List;
import java.util.Optional;

/** struct or union, with its tag and, when defined here, its members. */
public record StructSpecifier(Span span, String kind, List<Annotation> annotations, Optional<Identifier> tag, Optional<List<Declaration>> members) implements Specifier {
    public StructSpecifier {
        annotations = List.copyOf(annotations);
        members = members.map(List::copyOf);
    }

    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(annotations, tag, members);
    }
}
