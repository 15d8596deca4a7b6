package org.zwlint.core.dispatcher;

import java.util.Optional;

/** ObReferenceObjectByHandle on a handle parameter. */
public record HandleLookupStep(String parameter, String handle, boolean kernelHandle, String table,
        Optional<NtStatus> failure, String detail) implements TraceStep {
    @Override
    public String text() {
        return String.format("handle lookup %s = %s (%s handle) in %s: %s%s", parameter, handle,
                kernelHandle ? "kernel" : "user", table, failure.map(s -> s.name() + " - ").orElse("found - "),
                detail);
    }
}
