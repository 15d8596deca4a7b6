package org.zwlint.core.parse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.zwlint.core.source.TextRange;

/**
 * Where {@code #pragma warning} (and {@code __pragma(warning(...))}, {@code _Pragma("warning(...)")})
 * switched compiler warnings off in one translation unit: for each file and line, the warning
 * numbers silenced there and the pragma that did it. The state follows the preprocessed token
 * stream as MSVC's does, so a {@code disable} in a header still holds in the file that included it
 * until a {@code default} for that number, the {@code pop} of an enclosing {@code push}, or the end
 * of the unit; a {@code suppress} covers the line of the next token after it.
 */
public record WarningPragmas(Map<Path, Map<Integer, List<Silence>>> lines) {
    public static final WarningPragmas NONE = new WarningPragmas(Map.of());

    /** One warning number silenced by one pragma, with the pragma as written (the justification). */
    public record Silence(int warning, String pragma, TextRange at) {
    }

    public WarningPragmas {
        lines = Map.copyOf(lines);
    }

    /** The warnings silenced on {@code line} of {@code file} (1-based). */
    public List<Silence> at(Path file, int line) {
        return lines.getOrDefault(file, Map.of()).getOrDefault(line, List.of());
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
