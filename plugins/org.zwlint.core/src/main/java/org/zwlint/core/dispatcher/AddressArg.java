package org.zwlint.core.dispatcher;

/** A pointer with a concrete address, for probing edge cases (misalignment, wrap-around, the probe limit). */
public record AddressArg(long address) implements ArgValue {
    @Override
    public String describe() {
        return String.format("0x%X", address);
    }
}
