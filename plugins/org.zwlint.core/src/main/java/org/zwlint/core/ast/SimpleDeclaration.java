package org.zwlint.core.ast;

import java.util.List;

/** Declaration specifiers and zero or more declarators: variables, prototypes, typedefs, tags. */
public record SimpleDeclaration(Span span, List<Specifier> specifiers, List<Declarator> declarators) implements Declaration {
    public SimpleDeclaration {
        specifiers = List.copyOf(specifiers);
        declarators = List.copyOf(declarators);
    }

    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(specifiers, declarators);
    }

    public boolean isTypedef() {
        for (Specifier s : specifiers) { // a loop, not a stream: asked of every declaration parsed
            if (s instanceof KeywordSpecifier k && k.keyword().equals("typedef")) {
                return true;
            }
        }
        return false;
    }
}
