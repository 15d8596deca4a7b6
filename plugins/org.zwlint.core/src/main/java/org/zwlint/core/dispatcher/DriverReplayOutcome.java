package org.zwlint.core.dispatcher;

import java.util.ArrayList;
import java.util.List;

/**
 * A hostile request replayed to the driver's access: the run (trace and status), whether it showed the harm the
 * finding claims, and that harm in one line with its concrete values.
 */
public record DriverReplayOutcome(SimulationRun run, boolean shown, String summary) {
    /** The trace lines a finding's witness carries: a header, the numbered steps, the outcome. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("replay: a hostile request from app.exe, in user mode, through the I/O manager to the driver");
        lines.addAll(run.trace().lines());
        lines.add("outcome: " + summary);
        return lines;
    }
}
