package org.zwlint.core.ast;

/** Which child of a statement is the condition it tests. */
public final class ConditionalStatementParts {
    private ConditionalStatementParts() {
    }

    /** Whether {@code child} is the condition (or selector) of {@code statement}. */
    public static boolean isCondition(Node statement, Node child) {
        return switch (statement) {
            case IfStatement s -> s.condition() == child;
            case WhileStatement s -> s.condition() == child;
            case DoStatement s -> s.condition() == child;
            case ForStatement s -> s.condition().isPresent() && s.condition().get() == child;
            case SwitchStatement s -> s.selector() == child;
            case Conditional c -> c.condition() == child;
            default -> false;
        };
    }
}
