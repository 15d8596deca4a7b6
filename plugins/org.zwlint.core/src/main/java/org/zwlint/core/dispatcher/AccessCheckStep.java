package org.zwlint.core.dispatcher;

import java.util.Optional;

/** An access check against an object's security descriptor or a handle's granted access, or its omission. */
public record AccessCheckStep(String subject, boolean performed, boolean deniesUser, Optional<NtStatus> failure,
        String detail) implements TraceStep {
    @Override
    public String text() {
        if (!performed) {
            return "access check on " + subject + " skipped: " + detail;
        }
        return "access check on " + subject + ": " + failure.map(s -> s.name() + " - ").orElse("granted - ") + detail;
    }
}
