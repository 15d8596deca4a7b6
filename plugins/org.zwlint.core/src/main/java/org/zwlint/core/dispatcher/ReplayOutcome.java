package org.zwlint.core.dispatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The runs of one replayed call, one per PreviousMode the caller context allows. */
public record ReplayOutcome(ReplayCall call, CallerContext context, List<SimulationRun> runs) {
    public ReplayOutcome {
        runs = List.copyOf(runs);
    }

    public boolean confirms(BoundaryIssue issue) {
        return confirmingRun(issue).isPresent();
    }

    /** The first run whose trace shows the issue. */
    public Optional<SimulationRun> confirmingRun(BoundaryIssue issue) {
        return runs.stream().filter(issue::shownBy).findFirst();
    }

    /** The witness of a finding: the confirming run's header, trace lines and NTSTATUS; empty if not confirmed. */
    public List<String> witnessLines(BoundaryIssue issue) {
        return confirmingRun(issue).map(ReplayOutcome::lines).orElse(List.of());
    }

    static List<String> lines(SimulationRun run) {
        List<String> lines = new ArrayList<>();
        lines.add("replay: " + run.via().label() + " call, thread PreviousMode " + run.threadPreviousMode().label());
        lines.addAll(run.trace().lines());
        lines.add("NTSTATUS: " + run.status());
        return lines;
    }
}
