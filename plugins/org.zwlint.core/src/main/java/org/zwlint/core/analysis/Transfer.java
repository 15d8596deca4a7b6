package org.zwlint.core.analysis;

import org.zwlint.core.analysis.cfg.CfgNode;
import org.zwlint.core.analysis.cfg.Edge;

/** How one fact changes through a CFG node, and along an edge (a branch's condition, a case label). */
public interface Transfer<F> {
    F through(CfgNode node, F before);

    default F along(Edge edge, F after) {
        return after;
    }
}
