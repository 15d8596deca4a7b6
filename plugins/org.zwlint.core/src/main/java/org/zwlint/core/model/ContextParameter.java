package org.zwlint.core.model;

/** An opaque pointer-sized value handed back to the caller unchanged (ApcContext, EnlistmentKey); never dereferenced. */
public record ContextParameter(String name, boolean optional) implements Parameter {
    // Explicit because JDT's null analysis cannot match an implicit record accessor to the interface method.
    @Override
    public String name() {
        return name;
    }

    @Override
    public String role() {
        return "context";
    }
}
