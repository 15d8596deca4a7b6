package org.zwlint.core.dispatcher;

/** The dispatcher found the service routine through the service table and called it. */
public record DispatchStep(String service, int index, String routineAddress, String how) implements TraceStep {
    @Override
    public String text() {
        return String.format("service 0x%X -> %s at %s (%s)", index, service, routineAddress, how);
    }
}
