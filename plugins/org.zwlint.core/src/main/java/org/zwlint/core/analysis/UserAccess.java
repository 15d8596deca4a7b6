package org.zwlint.core.analysis;

import java.util.Optional;
import java.util.OptionalLong;

import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.Node;
import org.zwlint.core.source.TextRange;

/**
 * Memory reached through a pointer: where, how, the pointer's value (region, origins, trail), how
 * many bytes a copy moves (whether the requestor chose that number, and the most it can be here), the
 * probe that covers it on every path here (if any) and, when that probe's length is the requestor's
 * number, the least it can be here, whether an __except guards it (here or in
 * every caller), whether the requestor is known to be KernelMode here, and the IOCTL being handled.
 */
public record UserAccess(Node node, TextRange range, String pointerText, Value pointer, AccessKind kind, boolean write,
        Optional<Expression> size, boolean sizeChosenByUser, OptionalLong sizeAtMost, Optional<Probe> probe,
        OptionalLong probedAtLeast,
        boolean guarded, boolean trusted, Optional<IoctlCode> ioctl)
        implements AnalysisFact {
    @Override
    public Node node() {
        return node;
    }

    @Override
    public TextRange range() {
        return range;
    }

}
