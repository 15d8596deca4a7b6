package org.zwlint.core.analysis;

/** Where a pointer points, as far as the analysis knows. */
public enum Region {
    /** A user-mode address: it must be probed, and every access guarded by __except. */
    USER,
    /** Kernel memory: the stack, pool, globals, the I/O manager's SystemBuffer. */
    KERNEL,
    /** A kernel mapping of locked user pages (an MDL's system address): no probe, but the user can change it. */
    SHARED,
    UNKNOWN;

    public Region join(Region other) {
        if (this == other) {
            return this;
        }
        if (this == USER || other == USER) {
            return USER; // may point to user memory on some path: that path is the bug
        }
        if (this == SHARED || other == SHARED) {
            return SHARED;
        }
        return UNKNOWN;
    }

    /** Memory the user can change behind the driver's back. */
    public boolean userWritable() {
        return this == USER || this == SHARED;
    }
}
