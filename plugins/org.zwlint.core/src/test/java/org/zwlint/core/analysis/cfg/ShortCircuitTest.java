package org.zwlint.core.analysis.cfg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.zwlint.core.analysis.cfg.CfgTesting.assertCfg;
import static org.zwlint.core.analysis.cfg.CfgTesting.cfg;
import static org.zwlint.core.analysis.cfg.CfgTesting.node;

import org.junit.jupiter.api.Test;
import org.zwlint.core.ast.IfStatement;
import org.zwlint.core.ast.Unary;

class ShortCircuitTest {
    @Test
    void andOrNotInAnIfCondition() {
        // !c is the BRANCH on c with its edges swapped
        assertCfg("""
                void f(int a, int b, int c) {
                    if (a && b || !c) yes(); else no();
                }
                """,
                "0:ENTRY -> 1",
                "1:BRANCH(a) -TRUE-> 2, -FALSE-> 3",
                "2:BRANCH(b) -TRUE-> 4, -FALSE-> 3",
                "3:BRANCH(c) -TRUE-> 5, -FALSE-> 4",
                "4:ELEMENT(yes()) -> 6",
                "5:ELEMENT(no()) -> 6",
                "6:EXIT");
    }

    @Test
    void negatedConjunctionAndParentheses() {
        assertCfg("""
                void f(int *p, int n) {
                    if (!((p != 0) && (n > 0))) return;
                    use(p);
                }
                """,
                "0:ENTRY -> 1",
                "1:BRANCH(p != 0) -TRUE-> 2, -FALSE-> 4",
                "2:BRANCH(n > 0) -TRUE-> 3, -FALSE-> 4",
                "3:ELEMENT(use(p)) -> 4",
                "4:EXIT");
    }

    @Test
    void conditionalOperatorInAWhileCondition() {
        assertCfg("""
                void f(int m, int a, int b) {
                    while (m ? a : b) step();
                }
                """,
                "0:ENTRY -> 1",
                "1:BRANCH(m) -TRUE-> 2, -FALSE-> 3",
                "2:BRANCH(a) -TRUE-> 4, -FALSE-> 5",
                "3:BRANCH(b) -TRUE-> 4, -FALSE-> 5",
                "4:ELEMENT(step()) -back-> 1",
                "5:EXIT");
    }

    @Test
    void gnuElvisAndCommaInConditions() {
        assertCfg("""
                void f(int a, int b) {
                    if (a ?: b) x();
                    for (;; ) { if (next(), more()) continue; break; }
                }
                """,
                "0:ENTRY -> 1",
                "1:BRANCH(a) -TRUE-> 3, -FALSE-> 2",
                "2:BRANCH(b) -TRUE-> 3, -FALSE-> 4",
                "3:ELEMENT(x()) -> 4",
                "4:ELEMENT(next()) -> 5",
                "5:BRANCH(more()) -TRUE back-> 4, -FALSE-> 6",
                "6:EXIT");
    }

    @Test
    void shortCircuitInDoAndForConditions() {
        assertCfg("""
                void f(int i, int n, int *p) {
                    do { i++; } while (i < n && p[i]);
                    for (i = 0; i < n || p[0]; i++) ;
                }
                """,
                "0:ENTRY -> 1",
                "1:ELEMENT(i++) -> 2",
                "2:BRANCH(i < n) -TRUE-> 3, -FALSE-> 4",
                "3:BRANCH(p[i]) -TRUE back-> 1, -FALSE-> 4",
                "4:ELEMENT(i = 0) -> 5",
                "5:BRANCH(i < n) -TRUE-> 7, -FALSE-> 6",
                "6:BRANCH(p[0]) -TRUE-> 7, -FALSE-> 8",
                "7:ELEMENT(i++) -back-> 5",
                "8:EXIT");
    }

    @Test
    void plainExpressionsStayOneElement() {
        assertCfg("""
                int f(int a, int b, int c, int d, int e) {
                    int x = a && b;
                    int r;
                    r = c ? d : e;
                    return a || r;
                }
                """,
                "0:ENTRY -> 1",
                "1:ELEMENT(x = a && b) -> 2",
                "2:ELEMENT(r = c ? d : e) -> 3",
                "3:ELEMENT(a || r) -> 4",
                "4:EXIT");
    }

    @Test
    void nodeOfFindsTheAtomsOfACondition() {
        Cfg cfg = cfg("void f(int *p) { if (!(p)) return; }");
        IfStatement test = cfg.function().body().descendants(IfStatement.class).get(0);
        Unary not = (Unary) test.condition();
        CfgNode branch = node(cfg, "BRANCH(p)");
        assertSame(branch, cfg.nodeOf(not.operand()).orElseThrow(), "the parenthesised form finds the atom");
        assertEquals(test, branch.statement().orElseThrow());
        assertEquals(java.util.List.of(branch), cfg.nodesOf(test));
        assertEquals(java.util.Optional.empty(), cfg.nodeOf(not), "!p is not a node of its own");
    }
}
