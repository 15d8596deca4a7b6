package org.zwlint.core.analysis;

import org.zwlint.core.ast.Assignment;
import org.zwlint.core.ast.Binary;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.Cast;
import org.zwlint.core.ast.Comma;
import org.zwlint.core.ast.Conditional;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.Index;
import org.zwlint.core.ast.Literal;
import org.zwlint.core.ast.MemberAccess;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.Parenthesized;
import org.zwlint.core.ast.Unary;

/**
 * A short C spelling of an expression for messages ("in->Target", "*(PULONG)buf"), built from the
 * tree, so it reads the same whether the code came from the main file, a header or a macro.
 */
public final class ExpressionText {
    private static final int MAX_LENGTH = 80;
    private static final int MAX_DEPTH = 40;

    private ExpressionText() {
    }

    public static String of(Node node) {
        Node at = node;
        while (at instanceof Parenthesized p) {
            at = p.inner(); // a macro's (Destination) reads as the argument the developer wrote
        }
        String text = at instanceof Expression e ? spell(e, 0) : "?";
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 3) + "...";
    }

    private static String spell(Expression e, int depth) {
        if (depth > MAX_DEPTH) {
            return "...";
        }
        int d = depth + 1;
        return switch (e) {
            case Identifier id -> id.name();
            case Literal literal -> literal.text();
            case Parenthesized p -> "(" + spell(p.inner(), d) + ")";
            case MemberAccess m -> spell(m.base(), d).concat(m.arrow() ? "->" : ".").concat(m.member().name());
            case Index i -> spell(i.base(), d) + "[" + spell(i.index(), d) + "]";
            case Unary u -> u.operator().isPostfix() ? spell(u.operand(), d) + u.operator().spelling()
                    : u.operator().spelling() + (Character.isLetter(u.operator().spelling().charAt(0)) ? " " : "")
                            + spell(u.operand(), d);
            case Binary b -> spell(b.left(), d) + " " + b.operator().spelling() + " " + spell(b.right(), d);
            case Assignment a -> spell(a.target(), d) + " " + a.operator().spelling() + " " + spell(a.value(), d);
            case Comma c -> spell(c.left(), d) + ", " + spell(c.right(), d);
            case Conditional c -> spell(c.condition(), d) + " ? "
                    + c.then().map(t -> spell(t, d)).orElse("") + " : " + spell(c.otherwise(), d);
            case Cast c -> "(" + typeText(c.type()) + ")" + spell(c.operand(), d);
            case Call c -> spell(c.callee(), d) + "(" + (c.arguments().isEmpty() ? "" : "...") + ")";
            case org.zwlint.core.ast.SizeofType s -> s.operator() + "(" + typeText(s.type()) + ")";
            default -> "...";
        };
    }

    private static String typeText(org.zwlint.core.ast.TypeName type) {
        StringBuilder out = new StringBuilder();
        type.walk(node -> {
            if (node instanceof org.zwlint.core.ast.TypedefName name) {
                out.append(out.isEmpty() ? "" : " ").append(name.name());
            } else if (node instanceof org.zwlint.core.ast.KeywordSpecifier keyword) {
                out.append(out.isEmpty() ? "" : " ").append(keyword.keyword());
            }
        });
        int stars = type.declarator().map(org.zwlint.core.ast.Declarator::pointerDepth).orElse(0);
        return (out.isEmpty() ? "..." : out.toString()) + (stars > 0 ? " " + "*".repeat(stars) : "");
    }
}
