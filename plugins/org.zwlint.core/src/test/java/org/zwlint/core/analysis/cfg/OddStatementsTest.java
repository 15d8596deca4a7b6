package org.zwlint.core.analysis.cfg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zwlint.core.analysis.cfg.CfgTesting.assertCfg;
import static org.zwlint.core.analysis.cfg.CfgTesting.cfg;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zwlint.core.ast.AsmBlock;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.SkippedStatement;
import org.zwlint.core.source.SourceFile;

class OddStatementsTest {
    @Test
    void asmIsAnElementPragmasAndStaticAssertionsAreNothing() {
        Cfg cfg = cfg("""
                void f(void) {
                    __asm { int 3 }
                #pragma warning(disable: 4127)
                    _Static_assert(sizeof(int) == 4, "int");
                    done();
                }
                """);
        assertEquals("""
                0:ENTRY -> 1
                1:ELEMENT(__asm) -> 2
                2:ELEMENT(done()) -> 3
                3:EXIT
                """, cfg.toText());
        assertTrue(cfg.nodes().get(1).element().orElseThrow() instanceof AsmBlock);
    }

    @Test
    void aSkippedStatementIsAnElementOfUnknownEffect() {
        String code = """
                void f(int n) {
                    before();
                    n = = 3;
                    after();
                }
                """;
        List<FunctionDefinition> functions = CfgTesting.FRONT_END.parse(SourceFile.of(Path.of("t.c"), code)).ast()
                .descendants(FunctionDefinition.class);
        assertEquals(1, functions.size());
        assertTrue(functions.get(0).descendants(SkippedStatement.class).size() == 1, "the parser kept a skipped statement");
        Cfg cfg = Cfg.build(functions.get(0));
        assertEquals("""
                0:ENTRY -> 1
                1:ELEMENT(before()) -> 2
                2:ELEMENT(skipped) -> 3
                3:ELEMENT(after()) -> 4
                4:EXIT
                """, cfg.toText());
    }

    @Test
    void jumpsWithNoTargetAreIgnored() {
        // malformed, but the parser accepts them: the CFG must not crash
        assertCfg("""
                void f(void) {
                    break;
                    continue;
                    __leave;
                    case 3: three();
                    default: other();
                }
                """,
                "0:ENTRY -> 1",
                "1:ELEMENT(three()) -> 2",
                "2:ELEMENT(other()) -> 3",
                "3:EXIT");
    }

    @Test
    void emptyFunctionAndLabelAtTheEnd() {
        assertCfg("void f(void) { }", "0:ENTRY -> 1", "1:EXIT");
        assertCfg("""
                void f(int n) {
                    if (n) goto out;
                    work();
                out:
                    ;
                }
                """,
                "0:ENTRY -> 1",
                "1:BRANCH(n) -TRUE-> 3, -FALSE-> 2",
                "2:ELEMENT(work()) -> 3",
                "3:EXIT");
    }

    @Test
    void aDuplicateLabelKeepsTheFirst() {
        assertCfg("""
                void f(int n) {
                L:  a();
                L:  b();
                    if (n) goto L;
                }
                """,
                "0:ENTRY -> 1",
                "1:ELEMENT(a()) -> 2",
                "2:ELEMENT(b()) -> 3",
                "3:BRANCH(n) -TRUE back-> 1, -FALSE-> 4",
                "4:EXIT");
    }

    @Test
    void textAndDotDumpsNameEveryNode() {
        Cfg cfg = cfg("void f(int n) { while (n) n--; }");
        String dot = cfg.toDot();
        assertTrue(dot.startsWith("digraph \"f\" {"), dot);
        for (CfgNode node : cfg.nodes()) {
            assertTrue(dot.contains("n" + node.id() + " [label="), dot);
        }
        assertTrue(dot.contains("n1 -> n2 [label=\"TRUE\"]"), dot);
        assertTrue(dot.contains("n2 -> n1 [label=\"back\"]"), dot);
    }

    @Test
    void predecessorsMirrorSuccessors() {
        Cfg cfg = cfg("""
                int f(int n) {
                    switch (n) { case 1: return 1; default: break; }
                    while (n && g()) { if (n > 3) continue; n--; }
                    return 0;
                }
                """);
        int edges = 0;
        for (CfgNode node : cfg.nodes()) {
            for (Edge e : cfg.successors(node)) {
                assertTrue(cfg.predecessors(e.to()).contains(e), e.toString());
                edges++;
            }
        }
        assertEquals(edges, cfg.nodes().stream().mapToInt(n -> cfg.predecessors(n).size()).sum());
        assertTrue(cfg.predecessors(cfg.entry()).isEmpty());
        assertTrue(cfg.successors(cfg.exit()).isEmpty());
    }

    @Test
    void aStatementExpressionIsOpaqueInsideItsElement() {
        assertCfg("""
                void f(int n) {
                    if (({ int y = g(n); y > 0; })) a();
                }
                """,
                "0:ENTRY -> 1",
                "1:BRANCH(({…})) -TRUE-> 2, -FALSE-> 3",
                "2:ELEMENT(a()) -> 3",
                "3:EXIT");
    }
}
