package org.zwlint.core.preprocess;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The macros one translation unit sees: the shared, read-only baseline (the model's and the
 * command line's, thousands of them) under this unit's own #defines and #undefs. Every unit used
 * to start from a copy of the whole baseline; the overlay costs nothing until a unit defines or
 * undefines something. Also the one place where macro names are looked up, so that a fuzz
 * campaign can keep Jazzer's map hooks away from it (see docs/fuzzing.md).
 */
final class MacroTable {
    /** Marks a baseline macro this unit has #undef'd. */
    private static final Macro UNDEFINED = new Macro("", false, List.of(), false, List.of());

    private final Map<String, Macro> baseline;
    private final Map<String, Macro> own = new HashMap<>();

    MacroTable(Map<String, Macro> baseline) {
        this.baseline = baseline;
    }

    static MacroTable empty() {
        return new MacroTable(Map.of());
    }

    Optional<Macro> get(String name) {
        Macro macro = lookUp(name);
        return macro == null ? Optional.empty() : Optional.of(macro);
    }

    boolean defined(String name) {
        return lookUp(name) != null;
    }

    private @Nullable Macro lookUp(String name) {
        if (own.containsKey(name)) { // a unit defines few macros: the second lookup is rare
            Macro macro = own.get(name);
            return macro == UNDEFINED ? null : macro;
        }
        return baseline.get(name);
    }

    void define(Macro macro) {
        own.put(macro.name(), macro);
    }

    void undefine(String name) {
        if (baseline.containsKey(name)) {
            own.put(name, UNDEFINED);
        } else {
            own.remove(name);
        }
    }

    /** Every macro defined now, baseline and own alike, as one immutable map. */
    Map<String, Macro> snapshot() {
        Map<String, Macro> all = new HashMap<>(baseline);
        own.forEach((name, macro) -> {
            if (macro == UNDEFINED) {
                all.remove(name);
            } else {
                all.put(name, macro);
            }
        });
        return Map.copyOf(all);
    }
}
