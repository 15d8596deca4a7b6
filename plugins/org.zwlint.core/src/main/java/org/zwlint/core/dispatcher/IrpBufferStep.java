package org.zwlint.core.dispatcher;

/** The I/O manager set a buffer field of the request. */
public record IrpBufferStep(IrpBuffer buffer) implements TraceStep {
    @Override
    public String text() {
        return "I/O manager: " + buffer.describe();
    }
}
