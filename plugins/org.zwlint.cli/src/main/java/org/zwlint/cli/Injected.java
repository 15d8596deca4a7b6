package org.zwlint.cli;

import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;

/** Picocli fills annotated fields after construction; these turn what it filled, or left empty, into non-null values. */
final class Injected {
    private Injected() {
    }

    static <T> T get(@Nullable T value, String field) {
        if (value == null) {
            throw new IllegalStateException("picocli did not inject " + field);
        }
        return value;
    }

    /** An option the user may leave out, as the Optional the core APIs take. */
    static <T> Optional<T> optional(@Nullable T value) {
        return value == null ? Optional.empty() : Optional.of(value);
    }
}
