package org.zwlint.core.ast;

import java.util.List;
import java.util.Optional;

/** A declarator: pointer stars with their qualifiers and annotations, the declared name (or a
 * nested declarator), array and parameter suffixes, a bit-field width, and an initializer. */
public record Declarator(Span span, List<Specifier> qualifiers, int pointerDepth, Optional<Identifier> name, Optional<Declarator> nested, List<DeclaratorSuffix> suffixes, Optional<Expression> bitWidth, Optional<Expression> initializer) implements Node {
    public Declarator {
        qualifiers = List.copyOf(qualifiers);
        suffixes = List.copyOf(suffixes);
    }

    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(qualifiers, name, nested, suffixes, bitWidth, initializer);
    }

    /** The declared name, looking through nested declarators such as (*Routine). */
    public Optional<Identifier> declaredName() {
        if (name.isPresent()) {
            return name;
        }
        return nested.flatMap(Declarator::declaredName);
    }

    /** The parameter list that belongs to the declared name (the innermost one). */
    public Optional<ParameterList> parameters() {
        Optional<ParameterList> inner = nested.flatMap(Declarator::parameters);
        if (inner.isPresent()) {
            return inner;
        }
        return suffixes.stream().filter(ParameterList.class::isInstance).map(ParameterList.class::cast).findFirst();
    }

    public List<Annotation> annotations() {
        java.util.ArrayList<Annotation> all = new java.util.ArrayList<>();
        for (Specifier qualifier : qualifiers) {
            if (qualifier instanceof Annotation annotation) {
                all.add(annotation);
            }
        }
        nested.ifPresent(n -> all.addAll(n.annotations()));
        return List.copyOf(all);
    }
}
