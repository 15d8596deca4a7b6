// ZwLint C parser: C11 plus the MSVC / WDK / GNU extensions found in kernel-driver code.
//
// Typedef names: C cannot be parsed without knowing which identifiers name types. The
// predicates below ask CParserBase, which knows the typedef names of the model, of the
// headers and of the file so far, and which applies a documented lookahead heuristic to
// identifiers it does not know (see CParserBase). Every predicate sits at the left edge of
// its alternative, so ANTLR evaluates it during prediction, and only looks at tokens ahead.
//
// The driver (CParserDriver) calls externalDeclaration once per top-level declaration,
// SLL first and LL only when SLL fails, and resynchronises at the next top-level boundary
// after a syntax error; so there is no translationUnit rule here.
parser grammar CParser;

options {
    tokenVocab = CLexer;
    superClass = org.zwlint.core.parse.CParserBase;
    contextSuperClass = org.zwlint.core.parse.CParserContext;
}

// ---------------------------------------------------------------- top level

externalDeclaration
    : functionDefinition
    | declaration
    | pragma
    | msPragma Semi
    | asmStatement
    | macroInvocation
    | Semi
    ;

functionDefinition
    : declarationSpecifiers? declarator gnuAttribute* compoundStatement
    ;

// Used by the driver to recover inside a function whose body has a syntax error: the head,
// then the block items one at a time.
functionHead
    : declarationSpecifiers? declarator gnuAttribute* LeftBrace
    ;

// A top-level use of an unknown function-like macro (DEFINE_GUID(...);). When its author left
// out the ';' (WDF_DECLARE_CONTEXT_TYPE(...) at the end of a line), the driver supplies one:
// every alternative here must end without looking past the declaration.
macroInvocation
    : Identifier LeftParen balanced* RightParen Semi
    ;

pragma
    : PragmaDirective
    ;

msPragma
    : MsPragma LeftParen balanced* RightParen
    ;

// ---------------------------------------------------------------- declarations

declaration
    : declarationSpecifiers initDeclaratorList? Semi
    | staticAssertDeclaration
    ;

staticAssertDeclaration
    : StaticAssert LeftParen assignmentExpression (Comma stringSequence)? RightParen Semi
    ;

declarationSpecifiers
    : declarationSpecifier+
    ;

declarationSpecifier
    : keywordSpecifier
    | structOrUnionSpecifier
    | enumSpecifier
    | typeofSpecifier
    | alignmentSpecifier
    | atomicTypeSpecifier
    | decoration
    | {isTypedefNameHere()}? Identifier
    ;

keywordSpecifier
    : Typedef | Extern | Static | Auto | Register | ThreadLocal
    | Inline | MsInline | Noreturn
    | Void | Char | Short | Int | Long | Float | Double | Signed | Unsigned | Bool | Complex | Imaginary
    | Int8 | Int16 | Int32 | Int64
    | Const | Volatile | Restrict | Atomic | Unaligned | PointerSize
    | CallingConvention | Extension
    ;

// Annotations and attributes: SAL, __declspec, GNU __attribute__, __pragma.
decoration
    : salAnnotation
    | declspec
    | gnuAttribute
    | msPragma
    ;

salAnnotation
    : {isSalAnnotationHere()}? Identifier (LeftParen balanced* RightParen)?
    ;

declspec
    : Declspec LeftParen balanced* RightParen
    ;

gnuAttribute
    : Attribute LeftParen balanced* RightParen
    ;

typeofSpecifier
    : Typeof LeftParen (typeName | expression) RightParen
    ;

alignmentSpecifier
    : Alignas LeftParen (typeName | constantExpression) RightParen
    ;

atomicTypeSpecifier
    : Atomic LeftParen typeName RightParen
    ;

structOrUnionSpecifier
    : (Struct | Union) structDecoration* Identifier? LeftBrace structMember* RightBrace
    | (Struct | Union) structDecoration* Identifier
    ;

// struct DECLSPEC_CACHEALIGN _BLOCK { ... }: an alignment macro before the tag.
structDecoration
    : decoration
    | {isStructMacroHere()}? Identifier (LeftParen balanced* RightParen)?
    ;

structMember
    : declarationSpecifiers structDeclaratorList? Semi
    | Identifier Semi                                   // MSVC anonymous member of a typedef'd struct
    | Identifier LeftParen balanced* RightParen Semi    // a macro that expands to members
    | staticAssertDeclaration
    | pragma
    | Semi
    ;

structDeclaratorList
    : structDeclarator (Comma structDeclarator)*
    ;

structDeclarator
    : declarator (Colon constantExpression)?
    | Colon constantExpression
    ;

enumSpecifier
    : Enum decoration* Identifier? LeftBrace enumerator (Comma enumerator)* Comma? RightBrace
    | Enum decoration* Identifier
    ;

enumerator
    : Identifier decoration* (Assign constantExpression)?
    ;

initDeclaratorList
    : initDeclarator (Comma initDeclarator)*
    ;

initDeclarator
    : declarator gnuAttribute* (Assign initializer)?
    ;

declarator
    : pointer* directDeclarator declaratorTail*
    ;

// MSVC and GNU allow qualifiers, calling conventions, SAL and declspecs after a star.
pointer
    : Star pointerQualifier*
    ;

pointerQualifier
    : Const | Volatile | Restrict | Atomic | Unaligned | PointerSize | CallingConvention | decoration
    ;

directDeclarator
    : Identifier
    | LeftParen decoratorName* declarator RightParen
    ;

// An identifier written before a nested declarator, (NTAPI *Routine): a calling-convention macro.
decoratorName
    : {isDecoratorNameHere()}? Identifier
    | CallingConvention
    | decoration
    ;

declaratorTail
    : LeftBracket arrayBound RightBracket
    | LeftParen parameterTypeList? RightParen
    ;

arrayBound
    : (Static | Const | Volatile | Restrict)* (assignmentExpression | Star)?
    ;

parameterTypeList
    : parameterDeclaration (Comma parameterDeclaration)* (Comma Ellipsis)?
    | Ellipsis
    ;

parameterDeclaration
    : declarationSpecifiers (declarator | abstractDeclarator)?
    ;

typeName
    : declarationSpecifiers abstractDeclarator?
    ;

abstractDeclarator
    : pointer+ directAbstractDeclarator?
    | directAbstractDeclarator
    ;

directAbstractDeclarator
    : LeftParen decoratorName* abstractDeclarator RightParen declaratorTail*
    | declaratorTail+
    ;

initializer
    : assignmentExpression
    | LeftBrace (initializerItem (Comma initializerItem)* Comma?)? RightBrace
    ;

initializerItem
    : designator+ Assign? initializer
    | initializer
    ;

designator
    : LeftBracket constantExpression (Ellipsis constantExpression)? RightBracket
    | Dot Identifier
    ;

// ---------------------------------------------------------------- statements

compoundStatement
    : LeftBrace blockItem* RightBrace
    ;

blockItem
    : {isDeclarationHere()}? declaration
    | statement
    ;

statement
    : Identifier Colon                                                   # labelStatement
    | Case constantExpression (Ellipsis constantExpression)? Colon       # caseStatement
    | Default Colon                                                      # defaultStatement
    | compoundStatement                                                  # blockStatement
    | sehLeave Semi                                                      # leaveStatement
    | expression? Semi                                                   # expressionStatement
    | If LeftParen expression RightParen statement (Else statement)?     # ifStatement
    | Switch LeftParen expression RightParen statement                   # switchStatement
    | While LeftParen expression RightParen statement                    # whileStatement
    | Do statement While LeftParen expression RightParen Semi            # doStatement
    | For LeftParen forInit expression? Semi expression? RightParen statement # forStatement
    | Goto Identifier Semi                                               # gotoStatement
    | Continue Semi                                                      # continueStatement
    | Break Semi                                                         # breakStatement
    | Return expression? Semi                                            # returnStatement
    | sehTry compoundStatement (sehExcept LeftParen expression RightParen compoundStatement
                            | sehFinally compoundStatement)              # tryStatement
    | asmStatement                                                       # asmBlockStatement
    | pragma                                                             # pragmaStatement
    | msPragma Semi?                                                     # msPragmaStatement
    | staticAssertDeclaration                                            # staticAssertStatement
    ;

// MSVC's excpt.h spells SEH try/except/finally/leave without underscores in C.
sehTry: Try | {isWord("try")}? Identifier;
sehExcept: Except | {isWord("except")}? Identifier;
sehFinally: Finally | {isWord("finally")}? Identifier;
sehLeave: Leave | {isWord("leave")}? Identifier;

forInit
    : {isDeclarationHere()}? declaration
    | expression? Semi
    ;

// x86 inline assembly, kept as one node: __asm { ... }, __asm mov eax, 1 (to the end of its
// line), and GNU __asm__ volatile ("..." : ...).
asmStatement
    : Asm Volatile? LeftParen balanced* RightParen Semi?
    | Asm LeftBrace balancedBrace* RightBrace Semi?
    | Asm asmLineToken+ Semi?
    ;

asmLineToken
    : {isOnAsmLine()}? ~(LeftBrace | RightBrace | Semi)
    ;

// ---------------------------------------------------------------- expressions

expression
    : assignmentExpression (Comma assignmentExpression)*
    ;

constantExpression
    : assignmentExpression
    ;

assignmentExpression
    : primaryExpression                                                         # primary
    | assignmentExpression LeftBracket expression RightBracket                  # index
    | assignmentExpression LeftParen argumentList? RightParen                   # call
    | assignmentExpression op=(Dot | Arrow) Identifier                          # member
    | assignmentExpression op=(PlusPlus | MinusMinus)                           # postfix
    | op=(PlusPlus | MinusMinus | And | Star | Plus | Minus | Tilde | Not) assignmentExpression # prefix
    | {isSizeofTypeHere()}? op=(Sizeof | Alignof) LeftParen typeName RightParen # sizeofType
    | op=(Sizeof | Alignof) assignmentExpression                                # sizeofExpression
    | {isCastHere()}? LeftParen typeName RightParen assignmentExpression        # cast
    | LeftParen expression RightParen                                           # parenthesized
    | assignmentExpression op=(Star | Div | Mod) assignmentExpression           # binary
    | assignmentExpression op=(Plus | Minus) assignmentExpression               # binary
    | assignmentExpression op=(LeftShift | RightShift) assignmentExpression     # binary
    | assignmentExpression op=(Less | Greater | LessEqual | GreaterEqual) assignmentExpression # binary
    | assignmentExpression op=(Equal | NotEqual) assignmentExpression           # binary
    | assignmentExpression op=And assignmentExpression                          # binary
    | assignmentExpression op=Caret assignmentExpression                        # binary
    | assignmentExpression op=Or assignmentExpression                           # binary
    | assignmentExpression op=AndAnd assignmentExpression                       # binary
    | assignmentExpression op=OrOr assignmentExpression                         # binary
    | <assoc = right> assignmentExpression Question expression? Colon assignmentExpression # conditional
    | <assoc = right> assignmentExpression op=(Assign | StarAssign | DivAssign | ModAssign | PlusAssign
        | MinusAssign | LeftShiftAssign | RightShiftAssign | AndAssign | XorAssign | OrAssign)
        assignmentExpression                                                    # binary
    ;

primaryExpression
    : Identifier                                                                # identifierExpression
    | Constant                                                                  # constantExpr
    | CharacterConstant                                                         # charExpr
    | stringSequence                                                            # stringExpr
    | {isCastHere()}? LeftParen typeName RightParen LeftBrace
        (initializerItem (Comma initializerItem)* Comma?)? RightBrace           # compoundLiteral
    | LeftParen compoundStatement RightParen                                    # statementExpression
    | Generic LeftParen assignmentExpression (Comma genericAssociation)+ RightParen # genericSelection
    | Extension primaryExpression                                               # extensionExpression
    ;

// Adjacent literals, and the macros written between them in driver code ("%s" NEWLINE, __FUNCTION__).
stringSequence
    : Identifier* StringLiteral (StringLiteral | Identifier)*
    ;

genericAssociation
    : (typeName | Default) Colon assignmentExpression
    ;

argumentList
    : argument (Comma argument)*
    ;

// Macros such as va_arg(list, int) and FIELD_OFFSET(struct x, y) take a type as an argument.
argument
    : {isTypeArgumentHere()}? typeName
    | assignmentExpression
    ;

// ---------------------------------------------------------------- token soup

balanced
    : LeftParen balanced* RightParen
    | ~(LeftParen | RightParen)
    ;

balancedBrace
    : LeftBrace balancedBrace* RightBrace
    | ~(LeftBrace | RightBrace)
    ;
