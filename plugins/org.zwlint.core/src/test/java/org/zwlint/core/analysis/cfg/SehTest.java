package org.zwlint.core.analysis.cfg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zwlint.core.analysis.cfg.CfgTesting.assertCfg;
import static org.zwlint.core.analysis.cfg.CfgTesting.cfg;
import static org.zwlint.core.analysis.cfg.CfgTesting.node;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zwlint.core.ast.TryStatement;

class SehTest {
    @Test
    void tryExceptGuardsTheBodyAndRaisesToTheFilter() {
        assertCfg("""
                NTSTATUS f(PVOID buf, ULONG len) {
                    __try {
                        ProbeForRead(buf, len, 1);
                        if (len > 4) copy(buf);
                    } __except (EXCEPTION_EXECUTE_HANDLER) {
                        return GetExceptionCode();
                    }
                    return 0;
                }
                """,
                "0:ENTRY -> 1",
                "1:ELEMENT(ProbeForRead(buf, len, 1)) [except] -> 2, -EXCEPTION-> 4",
                "2:BRANCH(len > 4) [except] -TRUE-> 3, -FALSE-> 6, -EXCEPTION-> 4",
                "3:ELEMENT(copy(buf)) [except] -> 6, -EXCEPTION-> 4",
                "4:EXCEPT_FILTER(1) -> 5",
                "5:ELEMENT(GetExceptionCode()) -> 7",
                "6:ELEMENT(0) -> 7",
                "7:EXIT");
    }

    @Test
    void guardsKnowTheirRegions() {
        Cfg cfg = cfg("""
                void f(int *p) {
                    before();
                    __try { inside(); } __except (1) { handler(); }
                    __try { guarded(); } __finally { cleanup(); }
                }
                """);
        List<TryStatement> tries = cfg.function().body().descendants(TryStatement.class);
        CfgNode inside = node(cfg, "ELEMENT(inside())");
        assertEquals(List.of(new TryRegion(tries.get(0), true)), inside.guards());
        assertTrue(inside.guardedByExcept());
        assertTrue(node(cfg, "ELEMENT(before())").guards().isEmpty());
        assertTrue(node(cfg, "ELEMENT(handler())").guards().isEmpty(), "the handler is outside the __try body");
        assertTrue(node(cfg, "EXCEPT_FILTER(1)").guards().isEmpty());
        CfgNode guarded = node(cfg, "ELEMENT(guarded())");
        assertEquals(List.of(new TryRegion(tries.get(1), false)), guarded.guards());
        assertFalse(guarded.guardedByExcept());
        assertTrue(cfg.successors(guarded).stream().noneMatch(e -> e.kind() == EdgeKind.EXCEPTION),
                "a __finally catches nothing");
        assertSame(tries.get(0), node(cfg, "EXCEPT_FILTER(1)").statement().orElseThrow());
    }

    @Test
    void nestedTryInnermostFirstAndContinueSearchToTheOuterFilter() {
        Cfg cfg = cfg("""
                void f(void) {
                    __try {
                        __try {
                            deep();
                        } __finally {
                            unwind();
                        }
                        __try {
                            risky();
                        } __except (filter()) {
                            recover();
                        }
                    } __except (1) {
                        outer();
                    }
                }
                """);
        assertEquals("""
                0:ENTRY -> 1
                1:ELEMENT(deep()) [finally,except] -> 2, -EXCEPTION-> 6
                2:ELEMENT(unwind()) [except] -> 3, -EXCEPTION-> 6
                3:ELEMENT(risky()) [except,except] -> 8, -EXCEPTION-> 4
                4:EXCEPT_FILTER(filter()) [except] -> 5, -EXCEPTION-> 6
                5:ELEMENT(recover()) [except] -> 8, -EXCEPTION-> 6
                6:EXCEPT_FILTER(1) -> 7
                7:ELEMENT(outer()) -> 8
                8:EXIT
                """, cfg.toText());
        CfgNode deep = node(cfg, "ELEMENT(deep())");
        assertEquals(2, deep.guards().size());
        assertFalse(deep.guards().get(0).hasExcept(), "innermost first");
        assertTrue(deep.guardedByExcept());
    }

    @Test
    void finallyRunsOnNormalExitAndOnReturn() {
        assertCfg("""
                int f(int n) {
                    __try {
                        if (n) return 1;
                        work();
                    } __finally {
                        release();
                    }
                    return 0;
                }
                """,
                "0:ENTRY -> 1",
                "1:BRANCH(n) [finally] -TRUE-> 2, -FALSE-> 3",
                "2:ELEMENT(1) [finally] -> 4",
                "3:ELEMENT(work()) [finally] -> 4",
                "4:ELEMENT(release()) -> 5",
                "5:JOIN -> 6, -> 7",
                "6:ELEMENT(0) -> 7",
                "7:EXIT");
    }

    @Test
    void leaveGoesToTheFinallyBlockOrPastTheExcept() {
        assertCfg("""
                void f(int n) {
                    __try {
                        if (n) __leave;
                        work();
                    } __finally {
                        release();
                    }
                    __try {
                        if (n) __leave;
                        more();
                    } __except (1) {
                        handle();
                    }
                    after();
                }
                """,
                "0:ENTRY -> 1",
                "1:BRANCH(n) [finally] -TRUE-> 3, -FALSE-> 2",
                "2:ELEMENT(work()) [finally] -> 3",
                "3:ELEMENT(release()) -> 4",
                "4:BRANCH(n) [except] -TRUE-> 8, -FALSE-> 5, -EXCEPTION-> 6",
                "5:ELEMENT(more()) [except] -> 8, -EXCEPTION-> 6",
                "6:EXCEPT_FILTER(1) -> 7",
                "7:ELEMENT(handle()) -> 8",
                "8:ELEMENT(after()) -> 9",
                "9:EXIT");
    }

    @Test
    void breakAndGotoOutOfATryInALoopRunTheFinallyBlock() {
        assertCfg("""
                void f(int n) {
                    while (n) {
                        __try {
                            if (n == 1) break;
                            if (n == 2) goto out;
                            if (n == 3) continue;
                            step();
                        } __finally {
                            release();
                        }
                        n--;
                    }
                out:
                    done();
                }
                """,
                "0:ENTRY -> 1",
                "1:BRANCH(n) -TRUE-> 2, -FALSE-> 9",
                "2:BRANCH(n == 1) [finally] -TRUE-> 6, -FALSE-> 3",
                "3:BRANCH(n == 2) [finally] -TRUE-> 6, -FALSE-> 4",
                "4:BRANCH(n == 3) [finally] -TRUE-> 6, -FALSE-> 5",
                "5:ELEMENT(step()) [finally] -> 6",
                "6:ELEMENT(release()) -> 7",
                "7:JOIN -back-> 1, -> 8, -> 9",
                "8:ELEMENT(n--) -back-> 1",
                "9:ELEMENT(done()) -> 10",
                "10:EXIT");
    }

    @Test
    void returnThroughTwoFinallyBlocks() {
        assertCfg("""
                void f(int n) {
                    __try {
                        __try {
                            if (n) return;
                        } __finally {
                            inner();
                        }
                    } __finally {
                        outer();
                    }
                    after();
                }
                """,
                "0:ENTRY -> 1",
                "1:BRANCH(n) [finally,finally] -TRUE-> 2, -FALSE-> 2",
                "2:ELEMENT(inner()) [finally] -> 3",
                // the inner block goes on to the end of the outer body or, for the return, to the
                // outer finally block: two continuations that turn out to be one place
                "3:JOIN [finally] -> 4",
                "4:ELEMENT(outer()) -> 5",
                "5:JOIN -> 6, -> 7",
                "6:ELEMENT(after()) -> 7",
                "7:EXIT");
    }

    @Test
    void gotoWithinTheSameTryBodyDoesNotRunTheFinallyBlock() {
        assertCfg("""
                void f(int n) {
                    __try {
                    again:
                        if (n--) goto again;
                    } __finally {
                        release();
                    }
                }
                """,
                "0:ENTRY -> 1",
                "1:BRANCH(n--) [finally] -TRUE back-> 1, -FALSE-> 2",
                "2:ELEMENT(release()) -> 3",
                "3:EXIT");
    }

    @Test
    void returnFromAnExceptBodyNeedsNoFinally() {
        assertCfg("""
                int f(void) {
                    __try { return read(); } __except (1) { return -1; }
                }
                """,
                "0:ENTRY -> 1",
                "1:ELEMENT(read()) [except] -> 4, -EXCEPTION-> 2",
                "2:EXCEPT_FILTER(1) -> 3",
                "3:ELEMENT(-1) -> 4",
                "4:EXIT");
    }
}
