package org.zwlint.core.analysis.cfg;

/** What an {@link Edge} means. */
public enum EdgeKind {
    /** Ordinary sequential flow (also a loop's back edge: see {@link Cfg#isBackEdge}). */
    NORMAL,
    /** Leaves a BRANCH node when its element is nonzero. */
    TRUE,
    /** Leaves a BRANCH node when its element is zero. */
    FALSE,
    /** From a switch's selector node to the code after one case label; the edge's label is the CaseStatement. */
    CASE,
    /** From a switch's selector to its default label, or past the switch when it has none. */
    DEFAULT,
    /** From a node that may raise inside a {@code __try} body to the {@code __except} filter that catches it. */
    EXCEPTION
}
