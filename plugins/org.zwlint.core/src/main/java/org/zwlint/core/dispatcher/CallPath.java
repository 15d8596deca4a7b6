package org.zwlint.core.dispatcher;

import java.util.Optional;

/** The three ways into a service. */
public enum CallPath {
    /** A user-mode program executes syscall/sysenter: the dispatcher builds a trap frame with PreviousMode UserMode. */
    SYSCALL("syscall"),
    /** A driver calls ZwXxx: the stub re-enters the dispatcher, which sets PreviousMode KernelMode for the call. */
    ZW("zw"),
    /** A driver calls NtXxx directly: no trap frame, the thread's PreviousMode stays what it was. */
    NT("nt");

    private final String label;

    CallPath(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<CallPath> parse(String text) {
        for (CallPath p : values()) {
            if (p.label.equalsIgnoreCase(text.trim())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
