package org.zwlint.core.analysis;

import java.util.Optional;

import org.zwlint.core.ast.Call;

/** The summaries of the functions a call can reach, across every file of the run. */
@FunctionalInterface
public interface Summaries {
    Summaries NONE = call -> Optional.empty();

    Optional<FunctionSummary> of(Call call);
}
