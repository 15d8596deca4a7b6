package org.zwlint.core.analysis.cfg;

import org.zwlint.core.ast.TryStatement;

/** A {@code __try} body that encloses a node; {@code hasExcept} is false for {@code __try/__finally}. */
public record TryRegion(TryStatement statement, boolean hasExcept) {
}
