package org.zwlint.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.zwlint.core.rules.RuleDescription;
import org.zwlint.ui.ZwLintPlugin;

/**
 * What the ZwLint view shows of one marker, read and decoded from its attributes (the witness
 * steps' JSON, the replay's trace) and the rule catalog. Made off the UI thread: the view only
 * puts the texts into its widgets.
 */
record MarkerExplanation(IMarker marker, String title, String message, String help, List<WitnessStepRecord> steps,
        Optional<VerdictRecord> verdict) {

    MarkerExplanation {
        steps = List.copyOf(steps);
    }

    /** Reads the marker; any thread. */
    static MarkerExplanation of(IMarker marker) {
        String ruleId = MarkerWitness.ruleId(marker);
        Optional<RuleDescription> rule = ZwLintPlugin.getDefault().catalog().find(ruleId);
        return new MarkerExplanation(marker,
                rule.map(r -> r.id() + " " + r.name() + " (" + r.severity().label() + ")").orElse(ruleId),
                marker.getAttribute(IMarker.MESSAGE, ""), rule.map(r -> r.summary() + "\n\n" + r.help()).orElse(""),
                MarkerWitness.steps(marker), MarkerWitness.verdict(marker));
    }
}
