package org.zwlint.core.dispatcher;

/** A mapped range [start, end) of the simulated address space; addresses are compared unsigned. */
public record Region(long start, long end, RegionKind kind, boolean writable, String label) {
    public Region {
        if (Long.compareUnsigned(start, end) >= 0) {
            throw new IllegalArgumentException("empty region " + label);
        }
    }

    public boolean contains(long address) {
        return Long.compareUnsigned(address, start) >= 0 && Long.compareUnsigned(address, end) < 0;
    }
}
