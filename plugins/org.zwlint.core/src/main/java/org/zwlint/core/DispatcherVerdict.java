package org.zwlint.core;

import java.util.List;
import java.util.Locale;

/**
 * The simulated dispatcher's replay of a call: the NTSTATUS it returned (e.g. 0xC0000005,
 * "STATUS_ACCESS_VIOLATION") and the readable trace of each step that led there.
 */
public record DispatcherVerdict(long ntStatus, String statusName, List<String> trace) {
    public DispatcherVerdict {
        trace = List.copyOf(trace);
    }

    /** The status as Windows headers spell it, e.g. "0xC0000005". */
    public String hexStatus() {
        return String.format(Locale.ROOT, "0x%08X", ntStatus);
    }
}
