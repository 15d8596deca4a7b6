package org.zwlint.core.dispatcher;

/** The NTSTATUS the caller receives. */
public record ResultStep(NtStatus status) implements TraceStep {
    @Override
    public String text() {
        return "result: " + status;
    }
}
