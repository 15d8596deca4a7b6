package org.zwlint.core.analysis.cfg;

import java.util.List;

import org.zwlint.core.ast.AsmBlock;
import org.zwlint.core.ast.Assignment;
import org.zwlint.core.ast.Binary;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.Cast;
import org.zwlint.core.ast.Comma;
import org.zwlint.core.ast.CompoundLiteral;
import org.zwlint.core.ast.Conditional;
import org.zwlint.core.ast.Declarator;
import org.zwlint.core.ast.DesignatedInitializer;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.GenericSelection;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.Index;
import org.zwlint.core.ast.InitializerList;
import org.zwlint.core.ast.Literal;
import org.zwlint.core.ast.MemberAccess;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.Parenthesized;
import org.zwlint.core.ast.SizeofType;
import org.zwlint.core.ast.SkippedStatement;
import org.zwlint.core.ast.StatementExpression;
import org.zwlint.core.ast.StringSequence;
import org.zwlint.core.ast.Unary;

/**
 * A short C-like spelling of a node's element for CFG dumps. It is rebuilt from the tree (the
 * source text may sit in a header or a macro body) and cut off past a depth and a length, so a
 * pathological expression cannot make a dump deep or huge.
 */
final class ElementText {
    private static final int MAX_DEPTH = 24;
    private static final int MAX_LENGTH = 80;

    private final StringBuilder out = new StringBuilder();

    private ElementText() {
    }

    static String of(Node node) {
        ElementText text = new ElementText();
        text.node(node, 0);
        String s = text.out.toString();
        return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH - 1) + "…" : s;
    }

    private void node(Node node, int depth) {
        switch (node) {
            case Expression e -> expression(e, depth);
            case Declarator d -> {
                out.append(d.declaredName().map(Identifier::name).orElse("?"));
                d.initializer().ifPresent(init -> {
                    out.append(" = ");
                    expression(init, depth + 1);
                });
            }
            case AsmBlock a -> out.append("__asm");
            case SkippedStatement s -> out.append("skipped");
            default -> out.append(node.getClass().getSimpleName());
        }
    }

    private void expression(Expression e, int depth) {
        if (depth > MAX_DEPTH || out.length() > MAX_LENGTH) {
            out.append("…");
            return;
        }
        int d = depth + 1;
        switch (e) {
            case Identifier id -> out.append(id.name());
            case Literal literal -> out.append(literal.text());
            case StringSequence strings -> list(strings.parts(), " ", d);
            case Parenthesized p -> {
                out.append('(');
                expression(p.inner(), d);
                out.append(')');
            }
            case Call call -> {
                expression(call.callee(), d);
                out.append('(');
                for (int i = 0; i < call.arguments().size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    Node argument = call.arguments().get(i);
                    if (argument instanceof Expression a) {
                        expression(a, d);
                    } else {
                        out.append("type");
                    }
                }
                out.append(')');
            }
            case MemberAccess m -> {
                expression(m.base(), d);
                out.append(m.arrow() ? "->" : ".").append(m.member().name());
            }
            case Index index -> {
                expression(index.base(), d);
                out.append('[');
                expression(index.index(), d);
                out.append(']');
            }
            case Unary u -> {
                if (u.postfix()) {
                    expression(u.operand(), d);
                    out.append(u.operator().spelling());
                } else {
                    out.append(u.operator().spelling());
                    if (u.operator().isUnevaluated()) {
                        out.append(' ');
                    }
                    expression(u.operand(), d);
                }
            }
            case Binary b -> {
                expression(b.left(), d);
                out.append(' ').append(b.operator().spelling()).append(' ');
                expression(b.right(), d);
            }
            case Assignment a -> {
                expression(a.target(), d);
                out.append(' ').append(a.operator().spelling()).append(' ');
                expression(a.value(), d);
            }
            case Comma c -> {
                expression(c.left(), d);
                out.append(", ");
                expression(c.right(), d);
            }
            case Conditional c -> {
                expression(c.condition(), d);
                out.append(" ?");
                c.then().ifPresent(then -> {
                    out.append(' ');
                    expression(then, d);
                    out.append(' ');
                });
                out.append(": ");
                expression(c.otherwise(), d);
            }
            case Cast c -> {
                out.append("(type) ");
                expression(c.operand(), d);
            }
            case SizeofType s -> out.append(s.operator()).append("(type)");
            case CompoundLiteral c -> out.append("(type){…}");
            case InitializerList list -> {
                out.append('{');
                list(list.items(), ", ", d);
                out.append('}');
            }
            case DesignatedInitializer designated -> {
                out.append("… = ");
                expression(designated.value(), d);
            }
            case GenericSelection g -> out.append("_Generic(…)");
            case StatementExpression s -> out.append("({…})");
        }
    }

    private void list(List<Expression> items, String separator, int depth) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            expression(items.get(i), depth);
        }
    }
}
