package org.zwlint.core.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.zwlint.core.DispatcherVerdict;
import org.zwlint.core.dispatcher.BoundaryIssue;
import org.zwlint.core.dispatcher.CallerContext;
import org.zwlint.core.dispatcher.ReplayCall;
import org.zwlint.core.dispatcher.ReplayOutcome;
import org.zwlint.core.dispatcher.Replayer;
import org.zwlint.core.dispatcher.SimulationRun;
import org.zwlint.core.model.ServiceModel;
import org.zwlint.core.model.ServiceSpec;

/**
 * What the reference model says about one directly called Nt* service: whether a documented Zw*
 * entry point exists (a fix must never name one that does not), and what the simulated dispatcher
 * does when a driver calls it directly, with its own kernel pointers and handles, in the context
 * of a user thread. One replay per service name, shared by all files and threads of an analyzer.
 */
final class DirectNtCallReplay {
    /** The failures that make a direct call wrong, in the order a service meets them. */
    private static final List<BoundaryIssue> DIRECT_CALL_FAILURES = List.of(BoundaryIssue.KERNEL_POINTER_PROBED,
            BoundaryIssue.KERNEL_HANDLE_REJECTED);

    private final ServiceModel model;
    private final Replayer replayer;
    private final Map<String, Optional<DispatcherVerdict>> verdicts = new ConcurrentHashMap<>();

    /** The engine's model and replayer (see {@link RuleInput}); this class keeps only its verdicts. */
    DirectNtCallReplay(ServiceModel model, Replayer replayer) {
        this.model = model;
        this.replayer = replayer;
    }

    /** Whether these verdicts were replayed by {@code other}. */
    boolean replaysWith(Replayer other) {
        return replayer == other;
    }

    Optional<ServiceSpec> service(String ntName) {
        return model.find(ntName).filter(spec -> spec.ntName().equals(ntName));
    }

    /** The documented Zw* routine for drivers, if the model knows one. */
    Optional<String> documentedZwName(String ntName) {
        return service(ntName).flatMap(ServiceSpec::documentedZwName);
    }

    /** The replay that shows the call failing under UserMode, if the model can show it. */
    Optional<DispatcherVerdict> verdict(String ntName) {
        return verdicts.computeIfAbsent(ntName, this::replay);
    }

    private Optional<DispatcherVerdict> replay(String ntName) {
        if (service(ntName).isEmpty() || !replayer.supports(ntName)) {
            return Optional.empty();
        }
        ReplayOutcome outcome = replayer.replay(ReplayCall.of(ntName), CallerContext.USER_MODE_POSSIBLE);
        for (BoundaryIssue issue : DIRECT_CALL_FAILURES) {
            Optional<SimulationRun> run = outcome.confirmingRun(issue);
            if (run.isPresent()) {
                return Optional.of(new DispatcherVerdict(run.get().status().code() & 0xFFFF_FFFFL,
                        run.get().status().name(), outcome.witnessLines(issue)));
            }
        }
        return Optional.empty();
    }
}
