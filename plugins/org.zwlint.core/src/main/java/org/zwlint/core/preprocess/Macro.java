package org.zwlint.core.preprocess;

import java.util.List;

/**
 * A #define: object-like when {@code functionLike} is false. For a variadic macro the last
 * parameter is the variadic one ({@code __VA_ARGS__}, or the GNU {@code name...} spelling).
 */
record Macro(String name, boolean functionLike, List<String> params, boolean variadic, List<Tok> body) {
    Macro {
        params = List.copyOf(params);
        body = List.copyOf(body);
    }

    int paramIndex(String identifier) {
        return functionLike ? params.indexOf(identifier) : -1;
    }
}
