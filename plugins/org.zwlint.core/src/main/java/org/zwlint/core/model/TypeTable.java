package org.zwlint.core.model;

import java.util.Map;
import java.util.Optional;

/** The C types parameters point to, with their per-architecture layout. */
public record TypeTable(Map<String, Map<Arch, TypeLayout>> layouts) {
    public TypeTable {
        layouts = Map.copyOf(layouts);
    }

    public Optional<TypeLayout> layout(String type, Arch arch) {
        Map<Arch, TypeLayout> perArch = layouts.get(type);
        return perArch == null ? Optional.empty() : Optional.ofNullable(perArch.get(arch));
    }

    public boolean contains(String type) {
        return layouts.containsKey(type);
    }
}
