package org.zwlint.core.ast;

/** A top-level or block-level declaration. */
public sealed interface Declaration extends Node permits FunctionDefinition, SimpleDeclaration, MacroInvocation, SkippedDeclaration, EmptyDeclaration, StaticAssertion, PragmaDirective, AsmBlock {
}
