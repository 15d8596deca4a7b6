package org.zwlint.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.zwlint.core.DispatcherVerdict;
import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.Severity;
import org.zwlint.core.Witness;
import org.zwlint.core.WitnessStep;
import org.zwlint.core.analysis.Value;
import org.zwlint.core.dispatcher.BoundaryIssue;
import org.zwlint.core.dispatcher.ReplayOutcome;
import org.zwlint.core.dispatcher.SimulationRun;
import org.zwlint.core.source.TextRange;

/**
 * A boundary finding and its proof: the witness path from the source to the call, and the dispatcher's replay of
 * the call. A finding the replay does not confirm is reported at note level, its message marked unconfirmed with
 * the reason; it is never reported as confirmed.
 */
final class Confirmation {
    static final String UNCONFIRMED = "unconfirmed: ";

    private Confirmation() {
    }

    static Finding finding(String rule, Severity severity, TextRange range, String message, List<Value> sources,
            String sinkStep, Optional<ReplayOutcome> outcome, BoundaryIssue issue, String noReplayReason,
            List<Fix> fixes) {
        List<WitnessStep> path = new ArrayList<>();
        for (Value source : sources) {
            for (WitnessStep step : source.trail()) {
                if (!step.range().equals(range) && !path.contains(step)) {
                    path.add(step);
                }
            }
        }
        Optional<SimulationRun> run = outcome.flatMap(o -> o.confirmingRun(issue));
        if (run.isEmpty()) {
            String reason = outcome.isEmpty() ? noReplayReason
                    : "the dispatcher's replay of the call with these values did not show it";
            path.add(new WitnessStep(range, sinkStep + " (" + UNCONFIRMED + reason + ")"));
            return new Finding(rule, Severity.NOTE, range, message + " (" + UNCONFIRMED + reason + ")",
                    new Witness(path, Optional.empty(), Optional.of(reason)), fixes);
        }
        ReplayOutcome confirmed = outcome.get();
        DispatcherVerdict verdict = new DispatcherVerdict(run.get().status().code() & 0xFFFF_FFFFL,
                run.get().status().name(), confirmed.witnessLines(issue));
        path.add(new WitnessStep(range, sinkStep + "; replayed: " + run.get().status().name()));
        return new Finding(rule, severity, range, message, new Witness(path, Optional.of(verdict)), fixes);
    }
}
