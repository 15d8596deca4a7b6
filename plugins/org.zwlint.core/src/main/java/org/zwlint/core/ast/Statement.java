package org.zwlint.core.ast;

/** A statement or block item. */
public sealed interface Statement extends Node permits StaticAssertion, PragmaDirective, AsmBlock, CompoundStatement, DeclarationStatement, ExpressionStatement, IfStatement, SwitchStatement, WhileStatement, DoStatement, ForStatement, GotoStatement, ContinueStatement, BreakStatement, ReturnStatement, LabelStatement, CaseStatement, DefaultStatement, TryStatement, LeaveStatement, SkippedStatement {
}
