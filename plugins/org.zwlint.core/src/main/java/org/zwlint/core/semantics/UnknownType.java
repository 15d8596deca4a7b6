package org.zwlint.core.semantics;

/** A type ZwLint could not resolve (an undeclared typedef name, a syntax error); spelling says what was seen. */
public record UnknownType(String spelling) implements CType {
}
