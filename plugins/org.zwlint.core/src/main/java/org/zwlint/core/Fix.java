package org.zwlint.core;

import java.nio.file.Path;
import java.util.List;

import org.zwlint.core.source.TextEdit;

/** A quick fix: text edits on one file, with the label shown to the user ("Replace NtClose with ZwClose"). */
public record Fix(String label, Path file, List<TextEdit> edits) {
    public Fix {
        edits = List.copyOf(edits);
    }
}
