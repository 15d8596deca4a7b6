package org.zwlint.core.dispatcher;

/** A by-value argument: a length, an access mask, flags. */
public record ScalarArg(long value) implements ArgValue {
    @Override
    public String describe() {
        return String.format("0x%X", value);
    }
}
