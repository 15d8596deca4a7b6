package org.zwlint.core.ast;

import java.util.List;
import java.util.Optional;

/** One parameter: its specifiers (with SAL annotations) and its declarator, if named or abstract. */
public record Parameter(Span span, List<Specifier> specifiers, Optional<Declarator> declarator) implements Node {
    public Parameter {
        specifiers = List.copyOf(specifiers);
    }

    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(specifiers, declarator);
    }

    public Optional<Identifier> name() {
        return declarator.flatMap(Declarator::declaredName);
    }

    public List<Annotation> annotations() {
        java.util.ArrayList<Annotation> all = new java.util.ArrayList<>();
        for (Specifier specifier : specifiers) {
            if (specifier instanceof Annotation annotation) {
                all.add(annotation);
            }
        }
        declarator.ifPresent(d -> all.addAll(d.annotations()));
        return List.copyOf(all);
    }
}
