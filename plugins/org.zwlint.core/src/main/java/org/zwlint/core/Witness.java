package org.zwlint.core;

import java.util.List;
import java.util.Optional;

/**
 * Why a finding is real: the path through the driver's code (source, steps, sink) and, for
 * boundary findings, what the simulated system service dispatcher did when it replayed the call.
 * A boundary finding the replay did not confirm says why in {@code unconfirmed} (it is then
 * reported at note level and never as confirmed).
 */
public record Witness(List<WitnessStep> path, Optional<DispatcherVerdict> verdict, Optional<String> unconfirmed) {
    public Witness {
        path = List.copyOf(path);
    }

    public Witness(List<WitnessStep> path, Optional<DispatcherVerdict> verdict) {
        this(path, verdict, Optional.empty());
    }

    public static Witness of(List<WitnessStep> path) {
        return new Witness(path, Optional.empty());
    }
}
