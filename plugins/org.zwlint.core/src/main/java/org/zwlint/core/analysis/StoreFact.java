package org.zwlint.core.analysis;

import java.util.Optional;

import org.zwlint.core.ast.Node;
import org.zwlint.core.source.TextRange;

/**
 * A value written to memory through a pointer: an assignment through {@code *p}, {@code p->F} or {@code p[i]}, or
 * a copy routine moving the contents of a variable ({@code memcpy(out, &local, n)}, where {@code stored} is what
 * the variable held). Carries the pointer written through, the member path below it (e.g.
 * "IoStatus.Information"), whether the requestor is known to be KernelMode here, and the IOCTL being handled.
 */
public record StoreFact(Node node, TextRange range, String destinationText, Value destination, String member,
        Value stored, boolean copy, boolean trusted, Optional<IoctlCode> ioctl) implements AnalysisFact {
    @Override
    public Node node() {
        return node;
    }

    @Override
    public TextRange range() {
        return range;
    }
}
