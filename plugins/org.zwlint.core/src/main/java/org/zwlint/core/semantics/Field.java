package org.zwlint.core.semantics;

import java.util.OptionalLong;

/** A named struct or union member; offset in bytes from the start of the outermost record looked into. */
public record Field(String name, CType type, OptionalLong offset) {
}
