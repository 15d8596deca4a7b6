package org.zwlint.core.model;

import java.util.Locale;
import java.util.Optional;

/** The processor architectures whose dispatchers differ in how they find the argument size of a service. */
public enum Arch {
    X86(4),
    X64(8);

    private final int pointerSize;

    Arch(int pointerSize) {
        this.pointerSize = pointerSize;
    }

    public int pointerSize() {
        return pointerSize;
    }

    /** The spelling used in data files and on the command line ("x86", "x64"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Arch> parse(String text) {
        for (Arch arch : values()) {
            if (arch.label().equalsIgnoreCase(text.trim())) {
                return Optional.of(arch);
            }
        }
        return Optional.empty();
    }
}
