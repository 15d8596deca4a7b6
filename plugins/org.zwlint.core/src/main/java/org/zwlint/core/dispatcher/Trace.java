package org.zwlint.core.dispatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The steps of one simulated call, in order. */
public record Trace(List<TraceStep> steps) {
    public Trace {
        steps = List.copyOf(steps);
    }

    /** Numbered lines, as printed by the CLI and embedded in a finding's witness. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            lines.add(String.format("%2d. %s", i + 1, steps.get(i).text()));
        }
        return lines;
    }

    public String render() {
        return String.join("\n", lines());
    }

    public <T extends TraceStep> List<T> stepsOf(Class<T> kind) {
        return steps.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public <T extends TraceStep> Optional<T> first(Class<T> kind) {
        return stepsOf(kind).stream().findFirst();
    }
}
