package org.zwlint.core.analysis;

import java.util.Map;

import org.zwlint.core.source.TextRange;

/**
 * A function the system calls: its role, a detail for messages ("IRP_MJ_DEVICE_CONTROL"), what
 * some of its parameters hold by position (a fast I/O routine's raw buffers), and where the
 * driver registered or declared it.
 */
public record EntryPoint(String function, EntryRole role, String detail, Map<Integer, Holds> parameters,
        TextRange registeredAt) {

    public EntryPoint {
        parameters = Map.copyOf(parameters);
    }

    /** What a parameter of an entry point holds. */
    public enum Holds {
        USER_POINTER, USER_NUMBER, IOCTL_CODE, USER_DATA_BUFFER,
        /** A user address the system probed before the call (filter port messages, a fast read or write's Buffer). */
        PROBED_USER_POINTER
    }
}
