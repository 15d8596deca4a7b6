package org.zwlint.core.dispatcher;

import java.util.Optional;

/** Where an abstract pointer argument points in the simulated address space; the CLI spelling is {@link #label()}. */
public enum Location {
    /** Writable user memory of the calling process (its heap). */
    USER("user-ptr", true),
    /** A read-only page of the calling process (its image's constant data). */
    USER_READ_ONLY("readonly-user-ptr", true),
    /** User memory one byte past an aligned address. */
    USER_MISALIGNED("misaligned-user-ptr", true),
    /** A hole in the user half: nothing is mapped there. */
    USER_UNMAPPED("unmapped-user-ptr", true),
    /** Nonpaged pool: a driver's own kernel buffer. */
    KERNEL("kernel-ptr", false);

    private final String label;
    private final boolean userHalf;

    Location(String label, boolean userHalf) {
        this.label = label;
        this.userHalf = userHalf;
    }

    public String label() {
        return label;
    }

    public boolean userHalf() {
        return userHalf;
    }

    public static Optional<Location> parse(String text) {
        for (Location l : values()) {
            if (l.label.equalsIgnoreCase(text.trim())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
