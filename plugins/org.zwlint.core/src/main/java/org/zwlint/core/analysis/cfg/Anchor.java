package org.zwlint.core.analysis.cfg;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.ast.Node;

/**
 * A program point whose node is not known yet: a label before its statement is built, the code
 * after a loop, the start of a finally block. Edges to it wait until it is resolved to the next
 * node the builder creates there. Anchors found to be the same point are merged (union-find), so
 * {@code L1: L2: x = 1;} or a {@code goto} to a label followed by a loop's start all end at one node.
 */
final class Anchor {
    /** An edge whose target is this anchor's node, once that is known. */
    record Pending(CfgNode from, EdgeKind kind, Optional<Node> label) {
    }

    private Anchor parent = this;
    private @Nullable CfgNode target;
    private List<Pending> waiting = new ArrayList<>();

    /** The representative of this anchor's merged set. */
    Anchor root() {
        Anchor r = this;
        while (r.parent != r) {
            r = r.parent;
        }
        Anchor a = this;
        while (a.parent != r) {
            Anchor next = a.parent;
            a.parent = r;
            a = next;
        }
        return r;
    }

    /** The node this point turned out to be, if it is known yet. */
    @Nullable
    CfgNode target() {
        return root().target;
    }

    /** Adds an edge to this point, now or when it is resolved. */
    void jumpFrom(CfgNode from, EdgeKind kind, Optional<Node> label, EdgeSink sink) {
        Anchor r = root();
        CfgNode to = r.target;
        if (to != null) {
            sink.add(from, to, kind, label);
        } else {
            r.waiting.add(new Pending(from, kind, label));
        }
    }

    /** This point is the node {@code node}: the waiting edges are added. */
    void resolve(CfgNode node, EdgeSink sink) {
        Anchor r = root();
        if (r.target != null) {
            return;
        }
        r.target = node;
        flush(r, node, sink);
    }

    /** This point and {@code other} are the same point. */
    void merge(Anchor other, EdgeSink sink) {
        Anchor a = root();
        Anchor b = other.root();
        if (a == b) {
            return;
        }
        CfgNode at = a.target;
        CfgNode bt = b.target;
        if (bt != null) {
            // a is unresolved whenever the builder merges: its edges go to b's node
            a.parent = b;
            if (at == null) {
                flush(a, bt, sink);
            }
        } else if (at != null) {
            b.parent = a;
            flush(b, at, sink);
        } else {
            if (a.waiting.size() > b.waiting.size()) {
                a.waiting.addAll(b.waiting);
                b.waiting = a.waiting;
            } else {
                b.waiting.addAll(a.waiting);
            }
            a.waiting = new ArrayList<>();
            a.parent = b;
        }
    }

    private static void flush(Anchor r, CfgNode to, EdgeSink sink) {
        for (Pending p : r.waiting) {
            sink.add(p.from(), to, p.kind(), p.label());
        }
        r.waiting = new ArrayList<>();
    }

    /** Where resolved edges go. */
    interface EdgeSink {
        void add(CfgNode from, CfgNode to, EdgeKind kind, Optional<Node> label);
    }
}
