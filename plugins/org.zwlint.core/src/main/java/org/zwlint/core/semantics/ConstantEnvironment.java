package org.zwlint.core.semantics;

import java.util.OptionalLong;

import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.TypeName;

/** What folding a constant expression needs to know beyond the expression: names, types, sizes. */
interface ConstantEnvironment {
    /** The value of an enumeration constant; empty for any other name. */
    OptionalLong enumConstant(Identifier name);

    CType type(TypeName name);

    CType typeOf(Expression expression);

    OptionalLong sizeOf(CType type);

    OptionalLong alignOf(CType type);

    /** A field's offset in a record (or in the record a pointer points to); empty if unknown. */
    OptionalLong offsetOf(CType recordOrPointer, String field);
}
