package org.zwlint.core.analysis.cfg;

import static org.zwlint.core.analysis.cfg.CfgTesting.assertCfg;

import org.junit.jupiter.api.Test;

class BranchesAndLoopsTest {
    @Test
    void straightLineCodeAndDeclarators() {
        assertCfg("""
                int f(int n) {
                    int a = n, b, c = 2;
                    static int calls = 0;
                    a = a + c;
                    ;
                    return a;
                }
                """,
                "0:ENTRY -> 1",
                "1:ELEMENT(a = n) -> 2",
                "2:ELEMENT(c = 2) -> 3",
                "3:ELEMENT(a = a + c) -> 4",
                "4:ELEMENT(a) -> 5",
                "5:EXIT");
    }

    @Test
    void ifElse() {
        assertCfg("""
                void f(int n) {
                    if (n > 0) a(); else b();
                    c();
                }
                """,
                "0:ENTRY -> 1",
                "1:BRANCH(n > 0) -TRUE-> 2, -FALSE-> 3",
                "2:ELEMENT(a()) -> 4",
                "3:ELEMENT(b()) -> 4",
                "4:ELEMENT(c()) -> 5",
                "5:EXIT");
    }

    @Test
    void ifWithoutElseAndEmptyBranches() {
        assertCfg("""
                void f(int n) {
                    if (n) a();
                    if (n) ; else ;
                }
                """,
                "0:ENTRY -> 1",
                "1:BRANCH(n) -TRUE-> 2, -FALSE-> 3",
                "2:ELEMENT(a()) -> 3",
                "3:BRANCH(n) -TRUE-> 4, -FALSE-> 4",
                "4:EXIT");
    }

    @Test
    void whileLoop() {
        assertCfg("""
                void f(int n) {
                    while (n > 0) n--;
                    done();
                }
                """,
                "0:ENTRY -> 1",
                "1:BRANCH(n > 0) -TRUE-> 2, -FALSE-> 3",
                "2:ELEMENT(n--) -back-> 1",
                "3:ELEMENT(done()) -> 4",
                "4:EXIT");
    }

    @Test
    void doWhileLoop() {
        assertCfg("""
                void f(int n) {
                    do { n--; } while (n > 0);
                    done();
                }
                """,
                "0:ENTRY -> 1",
                "1:ELEMENT(n--) -> 2",
                "2:BRANCH(n > 0) -TRUE back-> 1, -FALSE-> 3",
                "3:ELEMENT(done()) -> 4",
                "4:EXIT");
    }

    @Test
    void doWhileZeroIsNoLoopAndWhileOneHasNoExit() {
        assertCfg("""
                void f(int n) {
                    do { a(); } while (0);
                    while (1) { b(); }
                    unreached();
                }
                """,
                "0:ENTRY -> 1",
                "1:ELEMENT(a()) -> 2",
                "2:BRANCH(0) -FALSE-> 3",
                "3:BRANCH(1) -TRUE-> 4",
                "4:ELEMENT(b()) -back-> 3",
                "5:ELEMENT(unreached()) unreachable -> 6",
                "6:EXIT unreachable");
    }

    @Test
    void forLoopWithInitConditionAndStep() {
        assertCfg("""
                void f(int n) {
                    for (int i = 0; i < n; i++) use(i);
                    done();
                }
                """,
                "0:ENTRY -> 1",
                "1:ELEMENT(i = 0) -> 2",
                "2:BRANCH(i < n) -TRUE-> 3, -FALSE-> 5",
                "3:ELEMENT(use(i)) -> 4",
                "4:ELEMENT(i++) -back-> 2",
                "5:ELEMENT(done()) -> 6",
                "6:EXIT");
    }

    @Test
    void forLoopWithExpressionInitAndNoConditionIsInfinite() {
        assertCfg("""
                void f(int i) {
                    for (i = 0; ; i++) { if (i == 10) break; }
                    done();
                }
                """,
                "0:ENTRY -> 1",
                "1:ELEMENT(i = 0) -> 2",
                "2:BRANCH(i == 10) -TRUE-> 4, -FALSE-> 3",
                "3:ELEMENT(i++) -back-> 2",
                "4:ELEMENT(done()) -> 5",
                "5:EXIT");
    }

    @Test
    void emptyInfiniteLoopGetsAJoinNode() {
        assertCfg("""
                void f(void) {
                    for (;;) ;
                    unreached();
                }
                """,
                "0:ENTRY -> 1",
                "1:JOIN -back-> 1",
                "2:ELEMENT(unreached()) unreachable -> 3",
                "3:EXIT unreachable");
    }

    @Test
    void breakAndContinueInNestedLoops() {
        assertCfg("""
                void f(int n, int m) {
                    while (n) {
                        for (int j = 0; j < m; j++) {
                            if (j == 3) continue;
                            if (j == 5) break;
                            work(j);
                        }
                        if (n == 7) continue;
                        n--;
                    }
                }
                """,
                "0:ENTRY -> 1",
                "1:BRANCH(n) -TRUE-> 2, -FALSE-> 10",
                "2:ELEMENT(j = 0) -> 3",
                "3:BRANCH(j < m) -TRUE-> 4, -FALSE-> 8",
                "4:BRANCH(j == 3) -TRUE-> 7, -FALSE-> 5",
                "5:BRANCH(j == 5) -TRUE-> 8, -FALSE-> 6",
                "6:ELEMENT(work(j)) -> 7",
                "7:ELEMENT(j++) -back-> 3",
                "8:BRANCH(n == 7) -TRUE back-> 1, -FALSE-> 9",
                "9:ELEMENT(n--) -back-> 1",
                "10:EXIT");
    }

    @Test
    void continueInsideSwitchGoesToTheLoopAndBreakLeavesTheSwitch() {
        assertCfg("""
                void f(int n) {
                    while (n) {
                        switch (n) {
                        case 1: continue;
                        case 2: break;
                        }
                        after();
                    }
                }
                """,
                "0:ENTRY -> 1",
                "1:BRANCH(n) -TRUE-> 2, -FALSE-> 4",
                "2:ELEMENT(n) -CASE 1 back-> 1, -CASE 2-> 3, -DEFAULT-> 3",
                "3:ELEMENT(after()) -back-> 1",
                "4:EXIT");
    }

    @Test
    void returnFromInsideLoops() {
        assertCfg("""
                int f(int n) {
                    while (n) {
                        for (;;) { if (n == 2) return 1; n--; }
                    }
                    return 0;
                }
                """,
                "0:ENTRY -> 1",
                "1:BRANCH(n) -TRUE-> 2, -FALSE-> 5",
                "2:BRANCH(n == 2) -TRUE-> 3, -FALSE-> 4",
                "3:ELEMENT(1) -> 6",
                "4:ELEMENT(n--) -back-> 2",
                "5:ELEMENT(0) -> 6",
                "6:EXIT");
    }

    @Test
    void continueInDoWhileGoesToTheCondition() {
        assertCfg("""
                void f(int n) {
                    do {
                        if (skip(n)) continue;
                        work(n);
                    } while (--n);
                }
                """,
                "0:ENTRY -> 1",
                "1:BRANCH(skip(n)) -TRUE-> 3, -FALSE-> 2",
                "2:ELEMENT(work(n)) -> 3",
                "3:BRANCH(--n) -TRUE back-> 1, -FALSE-> 4",
                "4:EXIT");
    }
}
