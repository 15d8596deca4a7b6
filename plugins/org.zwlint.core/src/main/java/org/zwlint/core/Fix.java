package org.zwlint.core;

import java.nio.file.Path;
import java.util.List;

import org.zwlint.core.source.TextEdit;

/**
 * A quick fix: text edits on one file, with the label shown to the user ("Replace NtClose with
 * ZwClose"). A repair changes the code; a suppression only adds a comment that silences the rule,
 * so `--fix` applies repairs and never suppressions.
 */
public record Fix(String label, Path file, List<TextEdit> edits, Kind kind) {
    public enum Kind {
        REPAIR, SUPPRESSION
    }

    public Fix {
        edits = List.copyOf(edits);
    }

    public Fix(String label, Path file, List<TextEdit> edits) {
        this(label, file, edits, Kind.REPAIR);
    }
}
