package org.zwlint.core.model;

/** A parameter passed by value (ACCESS_MASK, ULONG flags, information classes): nothing to probe. */
public record ValueParameter(String name, boolean optional, String type) implements Parameter {
    // Explicit because JDT's null analysis cannot match an implicit record accessor to the interface method.
    @Override
    public String name() {
        return name;
    }

    @Override
    public String role() {
        return "value";
    }
}
