package org.zwlint.core.ast;

/**
 * Enter and leave callbacks for {@link Node#accept}. {@link #enter} decides whether the node's
 * children are visited; {@link #leave} runs after them (and also for a skipped node).
 */
public interface AstVisitor {
    enum Descend {
        CHILDREN, SKIP
    }

    default Descend enter(Node node) {
        return Descend.CHILDREN;
    }

    default void leave(Node node) {
        // nothing by default
    }

    /** A visitor of one node kind: {@code AstVisitor.of(Call.class, call -> ...)}. */
    static <T extends Node> AstVisitor of(Class<T> kind, java.util.function.Consumer<? super T> action) {
        return new AstVisitor() {
            @Override
            public Descend enter(Node node) {
                if (kind.isInstance(node)) {
                    action.accept(kind.cast(node));
                }
                return Descend.CHILDREN;
            }
        };
    }
}
