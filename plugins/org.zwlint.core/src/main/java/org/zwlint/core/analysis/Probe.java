package org.zwlint.core.analysis;

import java.util.Optional;
import java.util.OptionalLong;

import org.zwlint.core.ast.Expression;
import org.zwlint.core.source.TextRange;

/**
 * A probe that covers a user pointer: ProbeForRead/ProbeForWrite, MmProbeAndLockPages with
 * UserMode, or a helper whose body probes. The length is kept as written and, where constant, as a number.
 */
public record Probe(boolean forWrite, Optional<Expression> length, OptionalLong constantLength, TextRange site,
        String routine) {
    private static final String NULL_POINTER = "a NULL test";

    /** Where a test found the pointer NULL: no access through it reaches kernel memory on that path. */
    public static Probe ofNull(TextRange test) {
        return new Probe(true, Optional.empty(), OptionalLong.empty(), test, NULL_POINTER);
    }

    /** Whether this stands for a NULL pointer, not a check: where paths meet, the other path's probe is the one that counts. */
    public boolean vacuous() {
        return routine.equals(NULL_POINTER);
    }
}
