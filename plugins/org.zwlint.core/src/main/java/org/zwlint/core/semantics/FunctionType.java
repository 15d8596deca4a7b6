package org.zwlint.core.semantics;

import java.util.List;

/** A function's result and parameter types (arrays and functions among the parameters decayed to pointers). */
public record FunctionType(CType result, List<CType> parameters, boolean variadic) implements CType {
    public FunctionType {
        parameters = List.copyOf(parameters);
    }
}
