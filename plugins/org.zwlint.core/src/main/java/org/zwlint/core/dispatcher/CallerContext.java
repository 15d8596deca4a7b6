package org.zwlint.core.dispatcher;

import java.util.List;
import org.zwlint.core.model.PreviousMode;

/** What a rule knows about the thread that runs the driver code making the call. */
public enum CallerContext {
    /**
     * The code may run in the context of a user thread's request (a dispatch routine, a fast I/O callback): the
     * thread's PreviousMode may be UserMode. Replayed under both modes.
     */
    USER_MODE_POSSIBLE(List.of(PreviousMode.USER_MODE, PreviousMode.KERNEL_MODE)),
    /** The code runs only in system threads (DriverEntry, a system worker): PreviousMode is KernelMode. */
    KERNEL_MODE_CERTAIN(List.of(PreviousMode.KERNEL_MODE));

    private final List<PreviousMode> previousModes;

    CallerContext(List<PreviousMode> previousModes) {
        this.previousModes = previousModes;
    }

    /** The thread PreviousModes a replay simulates, most dangerous first. */
    public List<PreviousMode> previousModes() {
        return previousModes;
    }
}
