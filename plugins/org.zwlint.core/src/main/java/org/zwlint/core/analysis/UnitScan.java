package org.zwlint.core.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.ast.Assignment;
import org.zwlint.core.ast.Binary;
import org.zwlint.core.ast.BinaryOperator;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.CaseStatement;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.Index;
import org.zwlint.core.ast.MemberAccess;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.SimpleDeclaration;
import org.zwlint.core.ast.TranslationUnit;
import org.zwlint.core.ast.Unary;
import org.zwlint.core.ast.UnaryOperator;

/**
 * What the engine's first steps look for in a unit, gathered in one walk over its tree instead of one
 * walk each: the nodes that may register an entry point ({@link EntryPointFinder}), the expressions
 * that may name an IOCTL ({@link UnitContext}), and for each function body the names it calls and
 * whether it dereferences anything (which functions need a summary). Every list is in the order a
 * {@link Node#walk} meets its nodes, so each step sees what its own walk would have seen.
 */
final class UnitScan {
    /** Function definitions, simple declarations, assignments and calls, in walk order. */
    private final List<Node> registrations = new ArrayList<>();
    /** Case label values and the operands of == and !=, in walk order. */
    private final List<Expression> comparedValues = new ArrayList<>();
    private final Map<FunctionDefinition, Body> bodies = new IdentityHashMap<>();

    /** What one function body calls by name and whether it reads through a pointer (->, [], unary *). */
    static final class Body {
        private final Set<String> callees = new HashSet<>();
        private boolean dereferences;

        Set<String> callees() {
            return callees;
        }

        boolean dereferences() {
            return dereferences;
        }

        /** The facts of a body walked alone (a definition no unit scan met). */
        static Body of(Node body) {
            Body facts = new Body();
            body.walk(node -> {
                switch (node) {
                    case Call call -> call.calleeName().ifPresent(facts.callees::add);
                    case MemberAccess access -> dereference(facts, access.arrow());
                    case Index index -> dereference(facts, true);
                    case Unary unary -> dereference(facts, unary.operator() == UnaryOperator.DEREFERENCE);
                    default -> {
                        // neither a call nor a read through a pointer
                    }
                }
            });
            return facts;
        }
    }

    private UnitScan() {
    }

    static UnitScan of(TranslationUnit unit) {
        UnitScan scan = new UnitScan();
        scan.walk(unit);
        return scan;
    }

    List<Node> registrations() {
        return registrations;
    }

    List<Expression> comparedValues() {
        return comparedValues;
    }

    /** The body facts of a definition of this unit's tree, if the walk met it. */
    Optional<Body> body(FunctionDefinition definition) {
        return Optional.ofNullable(bodies.get(definition));
    }

    /** Node.walk's order (parents first, children in source order), knowing when a function body ends. */
    private void walk(TranslationUnit unit) {
        ArrayDeque<Node> stack = new ArrayDeque<>();
        stack.push(unit);
        @Nullable FunctionDefinition pending = null; // the definition whose body is still to come
        @Nullable Body body = null;
        int bodyFloor = 0; // the stack's size below the body's subtree: back at it, the body is done
        while (!stack.isEmpty()) {
            if (body != null && stack.size() == bodyFloor) {
                body = null;
            }
            Node node = stack.pop();
            if (pending != null && node == pending.body()) {
                body = new Body();
                bodies.put(pending, body);
                pending = null;
                bodyFloor = stack.size();
            }
            switch (node) {
                case FunctionDefinition function -> {
                    registrations.add(function);
                    pending = function;
                }
                case SimpleDeclaration declaration -> registrations.add(declaration);
                case Assignment assignment -> registrations.add(assignment);
                case Call call -> {
                    registrations.add(call);
                    if (body != null) {
                        call.calleeName().ifPresent(body.callees::add);
                    }
                }
                case CaseStatement label -> comparedValues.add(label.value());
                case Binary comparison -> {
                    if (comparison.operator() == BinaryOperator.EQUAL
                            || comparison.operator() == BinaryOperator.NOT_EQUAL) {
                        comparedValues.add(comparison.left());
                        comparedValues.add(comparison.right());
                    }
                }
                case MemberAccess access -> dereference(body, access.arrow());
                case Index index -> dereference(body, true);
                case Unary unary -> dereference(body, unary.operator() == UnaryOperator.DEREFERENCE);
                default -> {
                    // nothing any of the three steps looks for
                }
            }
            List<Node> kids = node.children();
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
    }

    private static void dereference(@Nullable Body body, boolean reads) {
        if (body != null && reads) {
            body.dereferences = true;
        }
    }
}
