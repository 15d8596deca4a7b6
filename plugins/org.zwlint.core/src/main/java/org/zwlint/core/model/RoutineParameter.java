package org.zwlint.core.model;

/** A callback address (PIO_APC_ROUTINE) the service stores and calls later in the caller's mode, never dereferences. */
public record RoutineParameter(String name, boolean optional) implements Parameter {
    // Explicit because JDT's null analysis cannot match an implicit record accessor to the interface method.
    @Override
    public String name() {
        return name;
    }

    @Override
    public String role() {
        return "routine";
    }
}
