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
}
