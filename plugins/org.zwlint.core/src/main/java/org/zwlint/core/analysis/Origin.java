package org.zwlint.core.analysis;

import java.util.Optional;

import org.zwlint.core.source.TextRange;

/**
 * Where a value was born: a read of Type3InputBuffer, a pointer loaded from a SystemBuffer, a
 * parameter. One origin per source expression and function analysis, so facts keyed on it (a
 * probe, a fetch) follow the value through copies. Identity matters, not content.
 */
public final class Origin {
    private final TextRange range;
    private final String description;
    private final Region region;
    private final KernelAddress address;
    private final boolean callerOutput;
    private final BufferSource source;
    private final Optional<Origin> within;

    /** @param region where the value born here points: a user origin is one a probe must cover */
    public Origin(TextRange range, String description, Region region) {
        this(range, description, region, KernelAddress.NONE, false, BufferSource.OTHER, Optional.empty());
    }

    /**
     * @param address what in kernel memory the value born here points at, if the analysis knows
     * @param callerOutput whether the memory it points to goes back to the requestor when the request completes
     *            (a SystemBuffer, a KMDF output buffer): what is written there, the caller reads
     */
    public Origin(TextRange range, String description, Region region, KernelAddress address, boolean callerOutput) {
        this(range, description, region, address, callerOutput, BufferSource.OTHER, Optional.empty());
    }

    /**
     * @param source which of the requestor's buffers the value is, or was read out of
     * @param within for a value read out of a buffer, the origin of that buffer (the I/O manager's handling of
     *            that buffer decides where the value really came from)
     */
    public Origin(TextRange range, String description, Region region, BufferSource source, Optional<Origin> within) {
        this(range, description, region, KernelAddress.NONE, false, source, within);
    }

    public Origin(TextRange range, String description, Region region, KernelAddress address, boolean callerOutput,
            BufferSource source, Optional<Origin> within) {
        this.range = range;
        this.description = description;
        this.region = region;
        this.address = address;
        this.callerOutput = callerOutput;
        this.source = source;
        this.within = within;
    }

    public KernelAddress address() {
        return address;
    }

    public boolean callerOutput() {
        return callerOutput;
    }

    public BufferSource source() {
        return source;
    }

    public Optional<Origin> within() {
        return within;
    }

    /**
     * The request buffer this value is or was read out of, following embedded values outward (bounded: a
     * chain of origins is as long as the nesting of reads, and a cycle cannot be built of final fields).
     */
    public Optional<Origin> requestBuffer() {
        Origin at = this;
        for (int depth = 0; depth < 16; depth++) {
            if (at.source.isRequestBuffer()) {
                return Optional.of(at);
            }
            if (at.within.isEmpty()) {
                return Optional.empty();
            }
            at = at.within.get();
        }
        return Optional.empty();
    }

    public Region region() {
        return region;
    }

    public TextRange range() {
        return range;
    }

    /** e.g. "Type3InputBuffer, the METHOD_NEITHER input of IOCTL_FOO (a user pointer)". */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description + " @" + range.describe();
    }
}
