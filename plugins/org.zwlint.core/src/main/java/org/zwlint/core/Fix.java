package org.zwlint.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.zwlint.core.source.SourceDigest;
import org.zwlint.core.source.TextEdit;

/**
 * A quick fix: text edits on one file, with the label shown to the user ("Replace NtClose with
 * ZwClose"). A repair changes the code; a suppression only adds a comment that silences the rule,
 * so `--fix` applies repairs and never suppressions. {@code analyzed} is the digest of the bytes the
 * edits' offsets refer to, when the analyzer knows them: a fix is applied to those bytes only.
 */
public record Fix(String label, Path file, List<TextEdit> edits, Kind kind, Optional<SourceDigest> analyzed) {
    public enum Kind {
        REPAIR, SUPPRESSION
    }

    public Fix {
        edits = List.copyOf(edits);
    }

    public Fix(String label, Path file, List<TextEdit> edits, Kind kind) {
        this(label, file, edits, kind, Optional.empty());
    }

    public Fix(String label, Path file, List<TextEdit> edits) {
        this(label, file, edits, Kind.REPAIR);
    }

    /** This fix, bound to the bytes of {@code file} it was computed on. */
    public Fix analyzedAs(SourceDigest digest) {
        return new Fix(label, file, edits, kind, Optional.of(digest));
    }
}
