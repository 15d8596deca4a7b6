package org.zwlint.core.analysis.cfg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.zwlint.core.ast.Binary;
import org.zwlint.core.ast.BinaryOperator;
import org.zwlint.core.ast.BreakStatement;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.CompoundStatement;
import org.zwlint.core.ast.Declarator;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.ExpressionStatement;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.IfStatement;
import org.zwlint.core.ast.Span;
import org.zwlint.core.ast.Statement;
import org.zwlint.core.ast.TryStatement;
import org.zwlint.core.ast.WhileStatement;
import org.zwlint.core.source.TextRange;

/**
 * Input far deeper or longer than real drivers: the builder must not overflow the Java stack and
 * must stay about linear. The parser stops at 256 nested brackets, so the deep trees are built
 * directly; the long flat ones are parsed.
 */
class DeepInputTest {
    private static final int DEPTH = 10_000;
    private static final Span SPAN = Span.of(new TextRange(Path.of("deep.c"), 0, 0, 1, 1, 1, 1));

    private static Identifier name(String name) {
        return new Identifier(SPAN, name);
    }

    private static Statement call(String function) {
        return new ExpressionStatement(SPAN, Optional.of(new Call(SPAN, name(function), List.of())));
    }

    private static CompoundStatement block(Statement... items) {
        return new CompoundStatement(SPAN, List.of(items));
    }

    private static FunctionDefinition function(CompoundStatement body) {
        Declarator declarator = new Declarator(SPAN, List.of(), 0, Optional.of(name("deep")), Optional.empty(),
                List.of(), Optional.empty(), Optional.empty());
        return new FunctionDefinition(SPAN, List.of(), declarator, List.of(), body);
    }

    /** Builds the CFG, reports the time, and checks it stays well inside a bound even on a loaded machine. */
    private static Cfg timed(String what, Supplier<FunctionDefinition> input) {
        FunctionDefinition function = input.get();
        long start = System.nanoTime();
        Cfg cfg = Cfg.build(function);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("CFG of " + what + ": " + cfg.nodes().size() + " nodes in " + millis + " ms");
        assertTrue(millis < 20_000, what + " took " + millis + " ms");
        return cfg;
    }

    @Test
    void tenThousandNestedBlocks() {
        Cfg cfg = timed("10,000 nested blocks", () -> {
            Statement inner = call("innermost");
            for (int i = 0; i < DEPTH; i++) {
                inner = block(call("level"), inner);
            }
            return function((CompoundStatement) inner);
        });
        assertEquals(DEPTH + 3, cfg.nodes().size());
        assertTrue(cfg.unreachable().isEmpty());
    }

    @Test
    void tenThousandNestedIfs() {
        Cfg cfg = timed("10,000 nested ifs", () -> {
            Statement inner = call("innermost");
            for (int i = 0; i < DEPTH; i++) {
                inner = new IfStatement(SPAN, name("c" + i), block(call("then"), inner), Optional.of(call("else")));
            }
            return function(block(inner));
        });
        assertEquals(3 * DEPTH + 3, cfg.nodes().size());
        assertEquals(DEPTH + 1, cfg.predecessors(cfg.exit()).size(), "each else and the innermost call");
        assertEquals(cfg.nodes().size(), cfg.reversePostOrder().size());
    }

    @Test
    void tenThousandElseIfs() {
        Cfg cfg = timed("10,000 else-ifs", () -> {
            Statement chain = call("last");
            for (int i = 0; i < DEPTH; i++) {
                chain = new IfStatement(SPAN, name("c" + i), call("arm"), Optional.of(chain));
            }
            return function(block(chain));
        });
        assertEquals(2 * DEPTH + 3, cfg.nodes().size());
        assertEquals(DEPTH + 1, cfg.predecessors(cfg.exit()).size());
    }

    @Test
    void tenThousandNestedLoopsBreakingOut() {
        Cfg cfg = timed("10,000 nested while loops", () -> {
            Statement inner = new BreakStatement(SPAN);
            for (int i = 0; i < DEPTH; i++) {
                inner = new WhileStatement(SPAN, name("c" + i), block(inner, call("after")));
            }
            return function(block(inner));
        });
        assertEquals(2 * DEPTH + 2, cfg.nodes().size());
        assertTrue(cfg.reachable(cfg.exit()));
    }

    @Test
    void tenThousandNestedTryFinallyWithAReturnInside() {
        Cfg cfg = timed("10,000 nested __try/__finally", () -> {
            Statement inner = new org.zwlint.core.ast.ReturnStatement(SPAN, Optional.empty());
            for (int i = 0; i < DEPTH; i++) {
                inner = new TryStatement(SPAN, block(inner), Optional.empty(), block(call("cleanup")), true);
            }
            return function(block(inner));
        });
        CfgNode innermostCleanup = cfg.nodes().get(1);
        assertEquals(DEPTH - 1, innermostCleanup.guards().size());
        assertTrue(cfg.reachable(cfg.exit()));
    }

    @Test
    void tenThousandConjunctsInOneCondition() {
        Cfg cfg = timed("a condition of 10,000 &&", () -> {
            Expression condition = name("a0");
            for (int i = 1; i < DEPTH; i++) {
                condition = new Binary(SPAN, BinaryOperator.LOGICAL_AND, condition, name("a" + i));
            }
            return function(block(new IfStatement(SPAN, condition, call("all"), Optional.empty())));
        });
        assertEquals(DEPTH + 3, cfg.nodes().size());
        assertEquals(DEPTH + 1, cfg.predecessors(cfg.exit()).size(), "each FALSE and the call");
        assertTrue(cfg.nodes().get(1).toString().endsWith("BRANCH(a0)"), "the first operand is tested first");
    }

    @Test
    void fiveThousandCaseSwitch() {
        StringBuilder code = new StringBuilder("int f(int code) {\n    switch (code) {\n");
        for (int i = 0; i < 5_000; i++) {
            code.append("    case ").append(i).append(": r = ").append(i).append("; break;\n");
        }
        code.append("    }\n    return r;\n}\n");
        FunctionDefinition parsed = CfgTesting.function(code.toString());
        Cfg cfg = timed("a 5,000-case switch", () -> parsed);
        assertEquals(5_001, cfg.successors(cfg.nodes().get(1)).size());
        assertEquals(5_004, cfg.nodes().size());
    }

    @Test
    void fiftyThousandStatements() {
        StringBuilder code = new StringBuilder("int f(int x) {\n");
        for (int i = 0; i < 50_000; i++) {
            code.append(i % 10 == 0 ? "    if (x > " + i + ") x--;\n" : "    x = x + " + i + ";\n");
        }
        code.append("    return x;\n}\n");
        FunctionDefinition parsed = CfgTesting.function(code.toString());
        Cfg cfg = timed("50,000 statements", () -> parsed);
        assertEquals(55_003, cfg.nodes().size());
        assertTrue(cfg.unreachable().isEmpty());
        List<CfgNode> rpo = new ArrayList<>(cfg.reversePostOrder());
        assertEquals(cfg.entry(), rpo.get(0));
        assertEquals(cfg.exit(), rpo.get(rpo.size() - 1));
    }
}
