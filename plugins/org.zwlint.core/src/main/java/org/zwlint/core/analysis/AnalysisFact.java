package org.zwlint.core.analysis;

import org.zwlint.core.ast.Node;
import org.zwlint.core.source.TextRange;

/** One thing the engine saw happen at one place, with the facts that held there. Rules read these. */
public sealed interface AnalysisFact permits UserAccess, ProbeFact, FetchFact, CallFact, ObjectAttributesFact,
        StoreFact {
    Node node();

    TextRange range();
}
