package org.zwlint.core.ast;

import java.util.List;

/** A function with a body. Specifiers hold SAL annotations, __declspec, calling conventions and the return type. */
public record FunctionDefinition(Span span, List<Specifier> specifiers, Declarator declarator, List<Annotation> trailingAttributes, CompoundStatement body) implements Declaration {
    public FunctionDefinition {
        specifiers = List.copyOf(specifiers);
        trailingAttributes = List.copyOf(trailingAttributes);
    }

    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(specifiers, declarator, trailingAttributes, body);
    }

    /** The defined function's name. */
    public String name() {
        return declarator.declaredName().map(Identifier::name).orElse("");
    }

    public List<Parameter> parameters() {
        return declarator.parameters().map(ParameterList::parameters).orElse(List.of());
    }

    /** Every annotation written on the function itself (SAL, __declspec, __attribute__). */
    public List<Annotation> annotations() {
        java.util.ArrayList<Annotation> all = new java.util.ArrayList<>();
        for (Specifier specifier : specifiers) {
            if (specifier instanceof Annotation annotation) {
                all.add(annotation);
            }
        }
        all.addAll(declarator.annotations());
        all.addAll(trailingAttributes);
        return List.copyOf(all);
    }

    /** The SAL annotation with this name (without parentheses), if the function carries one. */
    public java.util.Optional<Annotation> annotation(String annotationName) {
        return annotations().stream().filter(a -> a.name().equals(annotationName)).findFirst();
    }
}
