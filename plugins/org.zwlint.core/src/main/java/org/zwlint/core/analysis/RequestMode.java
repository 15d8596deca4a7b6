package org.zwlint.core.analysis;

/** Who can have sent a request (an IRP, a filter callback's data, a KMDF request). */
public enum RequestMode {
    /** A user-mode caller is possible: the requestor mode may be UserMode. */
    USER_POSSIBLE,
    /** Only kernel components send it (internal device control, PnP, power), or the code checked the mode. */
    KERNEL_ONLY,
    UNKNOWN;

    public RequestMode join(RequestMode other) {
        if (this == other) {
            return this;
        }
        if (this == USER_POSSIBLE || other == USER_POSSIBLE) {
            return USER_POSSIBLE;
        }
        return UNKNOWN;
    }

    /** Whether user data may arrive through it: unknown counts, with a message that says so. */
    public boolean userReachable() {
        return this != KERNEL_ONLY;
    }
}
