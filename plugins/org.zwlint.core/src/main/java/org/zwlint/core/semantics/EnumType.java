package org.zwlint.core.semantics;

/** An enumeration (4 bytes, like int, under MSVC); tag "" for an anonymous one. */
public record EnumType(String tag) implements CType {
}
