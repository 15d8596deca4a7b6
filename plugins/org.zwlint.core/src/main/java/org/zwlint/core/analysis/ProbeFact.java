package org.zwlint.core.analysis;

import java.util.Optional;
import java.util.OptionalLong;

import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.source.TextRange;

/**
 * A probe of a pointer: ProbeForRead/ProbeForWrite, MmProbeAndLockPages, or a call of a helper
 * whose body probes ({@code viaHelper}: the helper's own analysis sees the probe itself).
 * {@code kernelModeOnUserMemory} marks MmProbeAndLockPages told KernelMode for pages the user
 * chose: it checks nothing.
 */
public record ProbeFact(Call node, TextRange range, String routine, Value pointer, boolean write,
        Optional<Expression> length, OptionalLong constantLength, boolean guarded, boolean trusted,
        boolean kernelModeOnUserMemory, boolean viaHelper, Optional<IoctlCode> ioctl) implements AnalysisFact {
    @Override
    public Call node() {
        return node;
    }

    @Override
    public TextRange range() {
        return range;
    }

}
