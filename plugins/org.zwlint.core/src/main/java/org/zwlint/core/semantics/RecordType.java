package org.zwlint.core.semantics;

/**
 * A struct or union. Its fields are looked up through {@link TypeSystem#field}; the id names the
 * one definition (so two anonymous unions with the same tag-less spelling stay apart, and every
 * "struct _IRP" resolves to the same definition).
 *
 * @param kind "struct" or "union"
 * @param tag the tag, "" for an anonymous one
 */
public record RecordType(String kind, String tag, RecordId id) implements CType {
    public boolean isUnion() {
        return kind.equals("union");
    }
}
