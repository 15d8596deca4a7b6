package org.zwlint.core.analysis;

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

    /** @param region where the value born here points: a user origin is one a probe must cover */
    public Origin(TextRange range, String description, Region region) {
        this(range, description, region, KernelAddress.NONE, false);
    }

    /**
     * @param address what in kernel memory the value born here points at, if the analysis knows
     * @param callerOutput whether the memory it points to goes back to the requestor when the request completes
     *            (a SystemBuffer, a KMDF output buffer): what is written there, the caller reads
     */
    public Origin(TextRange range, String description, Region region, KernelAddress address, boolean callerOutput) {
        this.range = range;
        this.description = description;
        this.region = region;
        this.address = address;
        this.callerOutput = callerOutput;
    }

    public KernelAddress address() {
        return address;
    }

    public boolean callerOutput() {
        return callerOutput;
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
