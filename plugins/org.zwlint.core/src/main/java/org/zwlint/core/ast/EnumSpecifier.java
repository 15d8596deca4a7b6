package org.zwlint.core.ast;

import java.util.List;
import java.util.Optional;

/** enum, with its tag and, when defined here, its enumerators. */
public record EnumSpecifier(Span span, List<Annotation> annotations, Optional<Identifier> tag, Optional<List<Enumerator>> enumerators) implements Specifier {
    public EnumSpecifier {
        annotations = List.copyOf(annotations);
        enumerators = enumerators.map(List::copyOf);
    }

    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(annotations, tag, enumerators);
    }
}
