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

    /** @param region where the value born here points: a user origin is one a probe must cover */
    public Origin(TextRange range, String description, Region region) {
        this.range = range;
        this.description = description;
        this.region = region;
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
