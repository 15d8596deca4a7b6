package org.zwlint.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zwlint.core.ast.Assignment;
import org.zwlint.core.ast.AssignmentOperator;
import org.zwlint.core.ast.AstVisitor;
import org.zwlint.core.ast.Binary;
import org.zwlint.core.ast.BinaryOperator;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.Comma;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.IfStatement;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.Parents;
import org.zwlint.core.ast.Unary;
import org.zwlint.core.ast.UnaryOperator;

/** Operator enums, assignment and comma nodes, parent links, enter/leave visits and node identity. */
class AstNavigationTest {

    @Test
    void assignmentsAndCommasHaveTheirOwnNodes() {
        ParsedUnit unit = Parsing.clean("""
                void F(int *p, int n) { n |= 4; *p = n, n++; if (p && !n) n = -n; }
                """);
        List<Assignment> assignments = Parsing.all(unit, Assignment.class);
        assertEquals(List.of(AssignmentOperator.BITWISE_OR, AssignmentOperator.ASSIGN, AssignmentOperator.ASSIGN),
                assignments.stream().map(Assignment::operator).toList());
        assertEquals(BinaryOperator.BITWISE_OR, assignments.get(0).operator().compound().orElseThrow());
        Comma comma = Parsing.only(unit, Comma.class);
        assertTrue(comma.left() instanceof Assignment);
        Binary and = Parsing.only(unit, Binary.class);
        assertEquals(BinaryOperator.LOGICAL_AND, and.operator());
        assertTrue(and.operator().isShortCircuit());
        assertEquals(List.of(UnaryOperator.DEREFERENCE, UnaryOperator.POST_INCREMENT, UnaryOperator.LOGICAL_NOT,
                UnaryOperator.MINUS), Parsing.all(unit, Unary.class).stream().map(Unary::operator).toList());
    }

    @Test
    void parentsLeadFromAnExpressionToItsFunction() {
        ParsedUnit unit = Parsing.clean("void G(void); void F(void) { if (1) { G(); } }");
        Parents parents = Parents.of(unit.ast());
        Call call = Parsing.only(unit, Call.class);
        assertSame(Parsing.function(unit, "F"), parents.enclosing(call, FunctionDefinition.class).orElseThrow());
        assertSame(Parsing.only(unit, IfStatement.class), parents.enclosing(call, IfStatement.class).orElseThrow());
        assertSame(unit.ast(), parents.ancestors(call).get(parents.ancestors(call).size() - 1));
        assertTrue(parents.parent(unit.ast()).isEmpty());
    }

    @Test
    void visitorsEnterAndLeaveInOrderAndCanSkip() {
        ParsedUnit unit = Parsing.clean("void F(int a) { a = 1; if (a) { a = 2; } }");
        List<String> events = new ArrayList<>();
        Parsing.function(unit, "F").body().accept(new AstVisitor() {
            @Override
            public Descend enter(Node node) {
                events.add("+" + node.getClass().getSimpleName());
                return node instanceof IfStatement ? Descend.SKIP : Descend.CHILDREN;
            }

            @Override
            public void leave(Node node) {
                events.add("-" + node.getClass().getSimpleName());
            }
        });
        assertEquals(List.of("+CompoundStatement", "+ExpressionStatement", "+Assignment", "+Identifier", "-Identifier",
                "+Literal", "-Literal", "-Assignment", "-ExpressionStatement", "+IfStatement", "-IfStatement",
                "-CompoundStatement"), events);
    }

    @Test
    void oneMacroUsedTwiceGivesTwoDistinctNodes() {
        ParsedUnit unit = Parsing.clean("""
                #define TOUCH(x) ((x) = 0)
                void F(int a) { TOUCH(a); TOUCH(a); }
                """);
        List<Assignment> two = Parsing.all(unit, Assignment.class);
        assertEquals(2, two.size());
        assertNotSame(two.get(0), two.get(1));
        List<Assignment> typed = new ArrayList<>();
        unit.ast().accept(AstVisitor.of(Assignment.class, typed::add));
        assertEquals(2, typed.size());
        assertEquals(2, unit.ast().descendants(Assignment.class).size());
    }
}
