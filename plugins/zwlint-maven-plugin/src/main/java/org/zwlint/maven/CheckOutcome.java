package org.zwlint.maven;

/** How a check ended: passed, failed on findings (the build fails), or could not run as configured. */
public record CheckOutcome(Kind kind, String message) {
    public enum Kind {
        PASSED, FINDINGS, CONFIGURATION_ERROR
    }

    public static CheckOutcome passed() {
        return new CheckOutcome(Kind.PASSED, "");
    }
}
