package org.zwlint.core.analysis;

import java.util.List;
import java.util.Optional;

import org.zwlint.core.ast.Node;
import org.zwlint.core.source.TextRange;

/**
 * A read of memory the user can change (a user buffer, MDL-mapped pages): the location, the value
 * read, the earlier reads of the same location on the paths to here (the first first; none for the
 * first read), and the IOCTL being handled, where known.
 */
public record FetchFact(Node node, TextRange range, FetchKey location, String locationText, Value loaded,
        List<Node> earlier, boolean trusted, Optional<IoctlCode> ioctl) implements AnalysisFact {
    @Override
    public Node node() {
        return node;
    }

    @Override
    public TextRange range() {
        return range;
    }

}
