package org.zwlint.ui.internal;

import java.util.List;

/** The dispatcher's verdict as a marker keeps it: the NTSTATUS ("0xC0000005"), its name, and the trace lines. */
public record VerdictRecord(String hexStatus, String statusName, List<String> trace) {
    public VerdictRecord {
        trace = List.copyOf(trace);
    }
}
