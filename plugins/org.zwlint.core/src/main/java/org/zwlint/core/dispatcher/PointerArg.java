package org.zwlint.core.dispatcher;

/** A pointer into a kind of memory (user heap, kernel pool, a hole ...). */
public record PointerArg(Location location) implements ArgValue {
    @Override
    public String describe() {
        return location.label();
    }
}
