package org.zwlint.core;

import org.zwlint.core.source.TextRange;

/** One step of a finding's path through the code: where the value came from, what happened to it, where it ends. */
public record WitnessStep(TextRange range, String message) {
}
