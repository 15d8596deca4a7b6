package org.zwlint.core.model;

import java.util.Optional;

/**
 * A pointer the service reads or writes through. {@code points} is a type from the {@link TypeTable}, or
 * {@value #BUFFER} for a caller-sized buffer whose byte length (or element count, with {@code elementType}) is given
 * by the {@code lengthParameter}. The probe fields say what the service does before touching it when PreviousMode is
 * UserMode.
 */
public record PointerParameter(
        String name,
        boolean optional,
        Direction direction,
        String points,
        Optional<String> lengthParameter,
        Optional<String> elementType,
        int probeAlignment,
        boolean probeSkippedForMethodNeither,
        Optional<Capture> capture) implements Parameter {

    public static final String BUFFER = "buffer";

    // Explicit because JDT's null analysis cannot match an implicit record accessor to the interface method.
    @Override
    public String name() {
        return name;
    }

    @Override
    public String role() {
        return switch (direction) {
            case IN -> "in-pointer";
            case OUT -> "out-pointer";
            case IN_OUT -> "inout-pointer";
        };
    }

    public boolean isBuffer() {
        return BUFFER.equals(points);
    }

    /** ProbeForWrite for anything the service writes to, ProbeForRead otherwise. */
    public String probeRoutine() {
        return direction.writes() ? "ProbeForWrite" : "ProbeForRead";
    }
}
