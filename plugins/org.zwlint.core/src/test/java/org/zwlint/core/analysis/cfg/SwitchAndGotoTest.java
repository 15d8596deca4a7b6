package org.zwlint.core.analysis.cfg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zwlint.core.analysis.cfg.CfgTesting.assertCfg;
import static org.zwlint.core.analysis.cfg.CfgTesting.cfg;
import static org.zwlint.core.analysis.cfg.CfgTesting.node;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zwlint.core.ast.CaseStatement;
import org.zwlint.core.ast.DefaultStatement;

class SwitchAndGotoTest {
    @Test
    void switchWithFallthroughAndDefaultInTheMiddle() {
        assertCfg("""
                void f(int code) {
                    switch (code) {
                    case 1:
                        one();
                    case 2:
                        two();
                        break;
                    default:
                        other();
                    case 3:
                        three();
                    }
                    after();
                }
                """,
                "0:ENTRY -> 1",
                "1:ELEMENT(code) -CASE 1-> 2, -CASE 2-> 3, -CASE 3-> 5, -DEFAULT-> 4",
                "2:ELEMENT(one()) -> 3",
                "3:ELEMENT(two()) -> 6",
                "4:ELEMENT(other()) -> 5",
                "5:ELEMENT(three()) -> 6",
                "6:ELEMENT(after()) -> 7",
                "7:EXIT");
    }

    @Test
    void switchWithoutDefaultGoesPastIt() {
        Cfg cfg = cfg("""
                void f(int code) {
                    switch (code) {
                    case 1: case 2:
                        small();
                        break;
                    }
                    after();
                }
                """);
        assertEquals("""
                0:ENTRY -> 1
                1:ELEMENT(code) -CASE 1-> 2, -CASE 2-> 2, -DEFAULT-> 3
                2:ELEMENT(small()) -> 3
                3:ELEMENT(after()) -> 4
                4:EXIT
                """, cfg.toText());
        CfgNode selector = node(cfg, "ELEMENT(code)");
        List<Edge> out = cfg.successors(selector);
        assertTrue(out.get(0).label().orElseThrow() instanceof CaseStatement);
        assertTrue(out.get(2).label().isEmpty(), "a missing default has no label");
    }

    @Test
    void defaultEdgeIsLabelledWithTheDefaultStatement() {
        Cfg cfg = cfg("void f(int c) { switch (c) { default: d(); } }");
        Edge edge = cfg.successors(node(cfg, "ELEMENT(c)")).get(0);
        assertEquals(EdgeKind.DEFAULT, edge.kind());
        assertTrue(edge.label().orElseThrow() instanceof DefaultStatement);
    }

    @Test
    void duffsDeviceCaseLabelsNestedInALoop() {
        assertCfg("""
                void copy(char *to, char *from, int count) {
                    int n = (count + 3) / 4;
                    switch (count % 4) {
                    case 0: do { *to++ = *from++;
                    case 3:      *to++ = *from++;
                    case 2:      *to++ = *from++;
                    case 1:      *to++ = *from++;
                            } while (--n > 0);
                    }
                }
                """,
                "0:ENTRY -> 1",
                "1:ELEMENT(n = (count + 3) / 4) -> 2",
                "2:ELEMENT(count % 4) -CASE 0-> 3, -CASE 3-> 4, -CASE 2-> 5, -CASE 1-> 6, -DEFAULT-> 8",
                "3:ELEMENT(*to++ = *from++) -> 4",
                "4:ELEMENT(*to++ = *from++) -> 5",
                "5:ELEMENT(*to++ = *from++) -> 6",
                "6:ELEMENT(*to++ = *from++) -> 7",
                "7:BRANCH(--n > 0) -TRUE back-> 3, -FALSE-> 8",
                "8:EXIT");
    }

    @Test
    void nestedSwitchesKeepTheirOwnCases() {
        assertCfg("""
                void f(int a, int b) {
                    switch (a) {
                    case 1:
                        switch (b) { case 10: ten(); break; }
                        break;
                    case 2:
                        two();
                    }
                }
                """,
                "0:ENTRY -> 1",
                "1:ELEMENT(a) -CASE 1-> 2, -CASE 2-> 4, -DEFAULT-> 5",
                "2:ELEMENT(b) -CASE 10-> 3, -DEFAULT-> 5",
                "3:ELEMENT(ten()) -> 5",
                "4:ELEMENT(two()) -> 5",
                "5:EXIT");
    }

    @Test
    void codeBeforeTheFirstCaseIsUnreachable() {
        assertCfg("""
                void f(int a) {
                    switch (a) { never(); case 1: one(); }
                }
                """,
                "0:ENTRY -> 1",
                "1:ELEMENT(a) -CASE 1-> 3, -DEFAULT-> 4",
                "2:ELEMENT(never()) unreachable -> 3",
                "3:ELEMENT(one()) -> 4",
                "4:EXIT");
    }

    @Test
    void gotoForwardAndBackward() {
        assertCfg("""
                int f(int n) {
                again:
                    n = step(n);
                    if (n < 0) goto fail;
                    if (n > 9) goto again;
                    return n;
                fail:
                    cleanup();
                    return -1;
                }
                """,
                "0:ENTRY -> 1",
                "1:ELEMENT(n = step(n)) -> 2",
                "2:BRANCH(n < 0) -TRUE-> 5, -FALSE-> 3",
                "3:BRANCH(n > 9) -TRUE back-> 1, -FALSE-> 4",
                "4:ELEMENT(n) -> 7",
                "5:ELEMENT(cleanup()) -> 6",
                "6:ELEMENT(-1) -> 7",
                "7:EXIT");
    }

    @Test
    void gotoIntoABlockAndConsecutiveLabels() {
        assertCfg("""
                void f(int n) {
                    goto inside;
                    if (n) {
                        first();
                    inside:
                    also:
                        second();
                    }
                    if (n > 1) goto also;
                }
                """,
                "0:ENTRY -> 3",
                "1:BRANCH(n) unreachable -TRUE-> 2, -FALSE-> 4",
                "2:ELEMENT(first()) unreachable -> 3",
                "3:ELEMENT(second()) -> 4",
                "4:BRANCH(n > 1) -TRUE back-> 3, -FALSE-> 5",
                "5:EXIT");
    }

    @Test
    void gotoToAnUnknownLabelGoesToTheExit() {
        assertCfg("""
                void f(int n) {
                    if (n) goto nowhere;
                    work();
                }
                """,
                "0:ENTRY -> 1",
                "1:BRANCH(n) -TRUE-> 3, -FALSE-> 2",
                "2:ELEMENT(work()) -> 3",
                "3:EXIT");
    }

    @Test
    void gotoCycleWithNoNodeGetsAJoin() {
        assertCfg("""
                void f(void) {
                spin:
                    goto spin;
                }
                """,
                "0:ENTRY -> 1",
                "1:JOIN -back-> 1",
                "2:EXIT unreachable");
    }

    @Test
    void unreachableCodeAfterReturnHasNodes() {
        Cfg cfg = cfg("""
                int f(void) {
                    return 1;
                    dead();
                    if (x) more();
                }
                """);
        assertEquals(List.of("2:ELEMENT(dead())", "3:BRANCH(x)", "4:ELEMENT(more())"),
                cfg.unreachable().stream().map(CfgNode::toString).toList());
        assertTrue(cfg.reachable(cfg.exit()));
        assertEquals(cfg.nodes().size(), cfg.reversePostOrder().size());
        assertEquals(cfg.entry(), cfg.reversePostOrder().get(0));
    }
}
