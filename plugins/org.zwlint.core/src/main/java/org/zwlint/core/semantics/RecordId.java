package org.zwlint.core.semantics;

import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.ast.StructSpecifier;

/**
 * Identifies one struct or union definition by its node's identity, or, for a tag defined
 * nowhere in the model or the unit (an opaque type such as struct _EPROCESS), the tag itself.
 * Equality is identity: a {@link TypeSystem} hands out one id per definition.
 */
public final class RecordId {
    private final @Nullable StructSpecifier definition;
    private final String kind;
    private final String tag;

    RecordId(@Nullable StructSpecifier definition, String kind, String tag) {
        this.definition = definition;
        this.kind = kind;
        this.tag = tag;
    }

    /** The defining specifier (with members); empty for an opaque tag. */
    public Optional<StructSpecifier> definition() {
        StructSpecifier known = definition;
        return known == null ? Optional.empty() : Optional.of(known);
    }

    String kind() {
        return kind;
    }

    String tag() {
        return tag;
    }

    public boolean isComplete() {
        return definition != null;
    }

    @Override
    public String toString() {
        return kind + " " + (tag.isEmpty() ? "<anonymous>" : tag) + (definition == null ? " (opaque)" : "");
    }
}
