package org.zwlint.core.ast;

/** An expression (initializer lists included). */
public sealed interface Expression extends Node permits Identifier, Literal, StringSequence, Parenthesized, Call, MemberAccess, Index, Unary, Binary, Assignment, Comma, Conditional, Cast, SizeofType, CompoundLiteral, InitializerList, DesignatedInitializer, GenericSelection, StatementExpression {
}
