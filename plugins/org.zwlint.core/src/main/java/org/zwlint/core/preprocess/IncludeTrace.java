package org.zwlint.core.preprocess;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a translation unit read besides its own file: every header look-up (found or not) and
 * the SHA-256 of each header it read ({@link #UNREADABLE} when it could not). Together with the
 * unit's own bytes, this decides whether a stored result still holds.
 */
public record IncludeTrace(List<IncludeProbe> probes, Map<Path, String> headers) {
    public static final String UNREADABLE = "unreadable";
    public static final IncludeTrace NONE = new IncludeTrace(List.of(), Map.of());

    public IncludeTrace {
        probes = List.copyOf(probes);
        headers = Map.copyOf(headers);
    }
}
