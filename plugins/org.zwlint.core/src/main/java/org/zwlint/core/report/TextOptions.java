package org.zwlint.core.report;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How a text report is written: paths relative to {@code base} (the current directory), and how
 * much is said. {@code quiet} keeps the findings and errors only; {@code verbose} also lists the
 * C++ files set aside and the dispatcher's whole trace. {@code configuration}, when known, is the
 * fingerprint of the settings the run used; the summary line ends with it.
 */
public record TextOptions(Path base, boolean quiet, boolean verbose, Optional<String> configuration) {
    public TextOptions {
        base = base.toAbsolutePath().normalize();
    }

    public TextOptions(Path base, boolean quiet, boolean verbose) {
        this(base, quiet, verbose, Optional.empty());
    }

    /** These options, with the summary line ending in the configuration fingerprint. */
    public TextOptions withConfiguration(String fingerprint) {
        return new TextOptions(base, quiet, verbose, Optional.of(fingerprint));
    }

    /** Relative to the current directory, the default amount of detail. */
    public static TextOptions standard() {
        return new TextOptions(Path.of(""), false, false);
    }

    /** The path as a user in {@code base} would type it: relative where it lies below, else absolute. */
    public String show(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        String text = shown.toString();
        return text.isEmpty() ? "." : text;
    }
}
