package org.zwlint.core;

import org.zwlint.core.source.TextRange;

/**
 * A finding the developer silenced in the source ({@code // zwlint-disable-next-line RULE: reason}).
 * It does not fail a run and is not printed, but SARIF keeps it with its justification so a
 * reviewer sees what was silenced and why.
 */
public record SuppressedFinding(Finding finding, String justification, TextRange marker) {
}
