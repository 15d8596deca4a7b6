package org.zwlint.core.dispatcher;

import java.util.Optional;

/** Which table an abstract handle argument comes from; the CLI spelling is {@link #label()}. */
public enum HandleKind {
    /** A handle in the calling process's own table, as a user-mode program holds. */
    USER("user-handle"),
    /** A handle in the kernel handle table (opened with OBJ_KERNEL_HANDLE): high bit set. */
    KERNEL("kernel-handle"),
    /** A value no table contains. */
    INVALID("invalid-handle"),
    /** NtCurrentProcess(): the pseudo-handle -1. */
    CURRENT_PROCESS("current-process");

    private final String label;

    HandleKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<HandleKind> parse(String text) {
        for (HandleKind k : values()) {
            if (k.label.equalsIgnoreCase(text.trim())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
