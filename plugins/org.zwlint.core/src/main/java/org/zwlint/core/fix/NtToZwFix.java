package org.zwlint.core.fix;

import java.util.List;

import org.zwlint.core.Fix;
import org.zwlint.core.source.TextEdit;
import org.zwlint.core.source.TextRange;

/** Rewrites a direct Nt* call to its Zw* entry point by replacing the two-letter prefix only. */
public final class NtToZwFix {
    private NtToZwFix() {
    }

    /** @param name the Nt* identifier as written at {@code range}, e.g. "NtClose" */
    public static Fix create(TextRange range, String name) {
        if (!name.startsWith("Nt") || range.length() != name.length()) {
            throw new IllegalArgumentException("not an Nt* identifier at its range: " + name);
        }
        String zwName = "Zw" + name.substring(2);
        TextEdit edit = new TextEdit(range.startOffset(), range.startOffset() + 2, "Zw");
        return new Fix("Replace " + name + " with " + zwName, range.file(), List.of(edit));
    }
}
