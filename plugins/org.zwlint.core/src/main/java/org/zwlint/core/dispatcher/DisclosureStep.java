package org.zwlint.core.dispatcher;

/** The requestor reads a value from its output buffer after the request completed. */
public record DisclosureStep(String value, boolean kernelAddress, String what) implements TraceStep {
    @Override
    public String text() {
        return "app.exe reads " + value + " from its output buffer: " + what;
    }
}
