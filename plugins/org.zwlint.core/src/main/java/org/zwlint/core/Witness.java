package org.zwlint.core;

import java.util.List;
import java.util.Optional;

/**
 * Why a finding is real: the path through the driver's code (source, steps, sink) and, for
 * boundary findings, what the simulated system service dispatcher did when it replayed the call.
 */
public record Witness(List<WitnessStep> path, Optional<DispatcherVerdict> verdict) {
    public Witness {
        path = List.copyOf(path);
    }

    public static Witness of(List<WitnessStep> path) {
        return new Witness(path, Optional.empty());
    }
}
