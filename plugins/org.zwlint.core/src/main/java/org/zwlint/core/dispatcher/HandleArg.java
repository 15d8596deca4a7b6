package org.zwlint.core.dispatcher;

/** A handle of a given kind; the machine creates a matching object for it. */
public record HandleArg(HandleKind kind) implements ArgValue {
    @Override
    public String describe() {
        return kind.label();
    }
}
