package org.zwlint.core.dispatcher;

import org.zwlint.core.model.PreviousMode;

/** One simulated call: the thread's PreviousMode before the call, the path taken, the status and the trace. */
public record SimulationRun(PreviousMode threadPreviousMode, CallPath via, NtStatus status, Trace trace) {
}
