package org.zwlint.core.dispatcher;

import java.util.Optional;

/** The service copied (captured) caller data into kernel memory, or faulted trying. */
public record CaptureStep(String parameter, String what, long address, long length, Optional<NtStatus> failure)
        implements TraceStep {
    @Override
    public String text() {
        String base = String.format("capture %s: %s, %d byte(s) at 0x%X", parameter, what, length, address);
        return failure.map(s -> base + " - faults, the service's exception handler returns " + s.name())
                .orElse(base + " copied to kernel memory");
    }
}
