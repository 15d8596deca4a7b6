package org.zwlint.core.dispatcher;

/** Which half of the address space a region belongs to. */
public enum RegionKind {
    USER, KERNEL
}
