package org.zwlint.core.dispatcher;

/** A new handle was inserted into a handle table and written to the caller's output parameter. */
public record HandleCreatedStep(String parameter, String handle, String table, boolean userProcessTable,
        String object) implements TraceStep {
    @Override
    public String text() {
        String base = String.format("handle %s to %s created in %s, written to %s", handle, object, table, parameter);
        return userProcessTable ? base + " - that process can use it (OBJ_KERNEL_HANDLE was not in effect)" : base;
    }
}
