package org.zwlint.core.model;

import java.util.Optional;

/**
 * The mode the thread was in when it last entered the kernel through a trap frame. Services consult it to decide
 * whether their caller's pointers and handles need validating: UserMode means "do not trust the arguments".
 */
public enum PreviousMode {
    KERNEL_MODE("KernelMode"),
    USER_MODE("UserMode");

    private final String label;

    PreviousMode(String label) {
        this.label = label;
    }

    /** The WDK spelling (KernelMode, UserMode), as in the KPROCESSOR_MODE constants. */
    public String label() {
        return label;
    }

    public static Optional<PreviousMode> parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("user") || t.equalsIgnoreCase("UserMode")) {
            return Optional.of(USER_MODE);
        }
        if (t.equalsIgnoreCase("kernel") || t.equalsIgnoreCase("KernelMode")) {
            return Optional.of(KERNEL_MODE);
        }
        return Optional.empty();
    }
}
