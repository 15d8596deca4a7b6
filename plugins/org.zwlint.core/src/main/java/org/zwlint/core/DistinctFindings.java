package org.zwlint.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.zwlint.core.source.TextRange;

/**
 * The findings of a run, each once. A header included by several units of a run (or analyzed on its own as well) is
 * seen by every one of them, and a rule reports what it finds there each time; the run reports it once, at the
 * header. Two findings are the same when rule and place (file and range) are.
 */
final class DistinctFindings {
    /** One rule at one place is one finding, whichever unit or analysis context saw it first. */
    private record Key(String ruleId, TextRange range) {
    }

    private final Set<Key> seen = new HashSet<>();
    private final List<Finding> findings = new ArrayList<>();

    /** Keeps {@code finding} unless the same one is already kept; first come, first kept. */
    void add(Finding finding) {
        if (seen.add(new Key(finding.ruleId(), finding.range()))) {
            findings.add(finding);
        }
    }

    void addAll(List<Finding> more) {
        more.forEach(this::add);
    }

    List<Finding> list() {
        return List.copyOf(findings);
    }
}
