package org.zwlint.core.ast;

/** One declaration specifier: keyword, type name, tag, or annotation. */
public sealed interface Specifier extends Node permits KeywordSpecifier, TypedefName, StructSpecifier, EnumSpecifier, TypeofSpecifier, Annotation {
}
