package org.zwlint.core.semantics;

import java.util.OptionalLong;

/** An array of element; the length is empty when unwritten (x[]) or not a constant. */
public record Array(CType element, OptionalLong length) implements CType {
}
