package org.zwlint.core.dispatcher;

/** NULL, for a pointer or an optional handle. */
public record NullArg() implements ArgValue {
    public static final NullArg INSTANCE = new NullArg();

    @Override
    public String describe() {
        return "NULL";
    }
}
