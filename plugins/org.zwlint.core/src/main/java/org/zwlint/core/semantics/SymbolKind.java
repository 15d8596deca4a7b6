package org.zwlint.core.semantics;

/** What a name declares. */
public enum SymbolKind {
    PARAMETER, LOCAL, GLOBAL, FUNCTION, ENUM_CONSTANT, TYPEDEF
}
