package org.zwlint.core.dispatcher;

/** A ProbeForRead or ProbeForWrite of a parameter, with the range and what it decided. */
public record ProbeStep(String parameter, String routine, long address, long length, int alignment,
        boolean kernelAddress, ProbeVerdict verdict) implements TraceStep {
    @Override
    public String text() {
        String range = length == 0 ? String.format("0x%X, length 0", address)
                : String.format("[0x%X, 0x%X], %d byte(s)", address, address + length - 1, length);
        return String.format("%s(%s, %s, alignment %d): %s%s", routine, parameter, range, alignment,
                verdict.failure().map(s -> "raises " + s.name() + " - ").orElse("ok - "), verdict.reason());
    }
}
