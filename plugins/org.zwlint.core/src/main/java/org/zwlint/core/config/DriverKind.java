package org.zwlint.core.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The WDK driver model a Visual Studio project builds ({@code <DriverType>}): kernel mode, or UMDF in user mode. */
public enum DriverKind {
    KMDF(ModeOverride.KERNEL), WDM(ModeOverride.KERNEL), UMDF(ModeOverride.USER);

    private final ModeOverride mode;

    DriverKind(ModeOverride mode) {
        this.mode = mode;
    }

    /** How ZwLint judges the project's code: kernel rules for KMDF and WDM, user code for UMDF. */
    public ModeOverride mode() {
        return mode;
    }

    public static Optional<DriverKind> named(String text) {
        return Arrays.stream(values()).filter(k -> k.name().equals(text.trim().toUpperCase(Locale.ROOT))).findFirst();
    }
}
