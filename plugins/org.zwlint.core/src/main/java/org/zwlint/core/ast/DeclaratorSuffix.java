package org.zwlint.core.ast;

/** An array or parameter-list suffix of a declarator. */
public sealed interface DeclaratorSuffix extends Node permits ArraySuffix, ParameterList {
}
