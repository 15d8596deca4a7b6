package org.zwlint.core.dispatcher;

/** Anything else worth telling the reader: writes to output buffers, a leaked handle. */
public record NoteStep(String text) implements TraceStep {
    // Explicit because JDT's null analysis cannot match an implicit record accessor to the interface method.
    @Override
    public String text() {
        return text;
    }
}
