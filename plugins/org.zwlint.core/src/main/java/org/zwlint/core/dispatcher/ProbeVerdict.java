package org.zwlint.core.dispatcher;

import java.util.Optional;

/** What ProbeForRead or ProbeForWrite decided, and why, in words a driver developer can check against the WDK. */
public record ProbeVerdict(Optional<NtStatus> failure, String reason) {
    public static ProbeVerdict passed(String reason) {
        return new ProbeVerdict(Optional.empty(), reason);
    }

    public static ProbeVerdict failed(NtStatus status, String reason) {
        return new ProbeVerdict(Optional.of(status), reason);
    }

    public boolean ok() {
        return failure.isEmpty();
    }
}
