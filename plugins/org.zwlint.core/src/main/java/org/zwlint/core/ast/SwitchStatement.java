package org.zwlint.core.ast;

import java.util.List;

/** switch (selector) body */
public record SwitchStatement(Span span, Expression selector, Statement body) implements Statement {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(selector, body);
    }
}
