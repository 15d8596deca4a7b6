// ZwLint C lexer: C11 plus the MSVC/WDK spellings that kernel-driver code uses.
// Whitespace, newlines and comments go to the hidden channel: the preprocessor needs
// them (directive ends, function-like macro definitions); the parser never sees them.
// The lexer never fails: anything it does not know becomes an Unknown token.
lexer grammar CLexer;

channels { COMMENTS }

// Made by the preprocessor, never by this lexer: one token for a whole #pragma line.
tokens { PragmaDirective }

// ---- C11 keywords ----
Auto: 'auto';
Break: 'break';
Case: 'case';
Char: 'char';
Const: 'const';
Continue: 'continue';
Default: 'default';
Do: 'do';
Double: 'double';
Else: 'else';
Enum: 'enum';
Extern: 'extern';
Float: 'float';
For: 'for';
Goto: 'goto';
If: 'if';
Inline: 'inline';
Int: 'int';
Long: 'long';
Register: 'register';
Restrict: 'restrict' | '__restrict' | '__restrict__';
Return: 'return';
Short: 'short';
Signed: 'signed' | '__signed' | '__signed__';
Sizeof: 'sizeof';
Static: 'static';
Struct: 'struct';
Switch: 'switch';
Typedef: 'typedef';
Union: 'union';
Unsigned: 'unsigned';
Void: 'void';
Volatile: 'volatile' | '__volatile' | '__volatile__';
While: 'while';
Alignas: '_Alignas';
Alignof: '_Alignof' | '__alignof' | '__alignof__';
Atomic: '_Atomic';
Bool: '_Bool';
Complex: '_Complex';
Generic: '_Generic';
Imaginary: '_Imaginary';
Noreturn: '_Noreturn';
StaticAssert: '_Static_assert' | 'static_assert';
ThreadLocal: '_Thread_local';

// ---- MSVC / WDK / GNU extensions ----
Try: '__try' | '_try';
Except: '__except' | '_except';
Finally: '__finally' | '_finally';
Leave: '__leave' | '_leave';
Declspec: '__declspec' | '_declspec';
Int8: '__int8';
Int16: '__int16';
Int32: '__int32';
Int64: '__int64';
MsInline: '__inline' | '_inline' | '__inline__' | '__forceinline';
CallingConvention: '__cdecl' | '_cdecl' | '__stdcall' | '_stdcall' | '__fastcall' | '_fastcall'
    | '__thiscall' | '__vectorcall' | '__clrcall';
MsPragma: '__pragma' | '_Pragma';
Asm: '__asm' | '_asm' | '__asm__' | 'asm';
Unaligned: '__unaligned' | '_unaligned';
PointerSize: '__ptr64' | '__ptr32' | '__sptr' | '__uptr';
Attribute: '__attribute__' | '__attribute';
Extension: '__extension__';
Typeof: '__typeof__' | '__typeof' | 'typeof';

// ---- punctuators ----
LeftParen: '(';
RightParen: ')';
LeftBracket: '[';
RightBracket: ']';
LeftBrace: '{';
RightBrace: '}';
Less: '<';
LessEqual: '<=';
Greater: '>';
GreaterEqual: '>=';
LeftShift: '<<';
RightShift: '>>';
Plus: '+';
PlusPlus: '++';
Minus: '-';
MinusMinus: '--';
Star: '*';
Div: '/';
Mod: '%';
And: '&';
Or: '|';
AndAnd: '&&';
OrOr: '||';
Caret: '^';
Not: '!';
Tilde: '~';
Question: '?';
Colon: ':';
Semi: ';';
Comma: ',';
Assign: '=';
StarAssign: '*=';
DivAssign: '/=';
ModAssign: '%=';
PlusAssign: '+=';
MinusAssign: '-=';
LeftShiftAssign: '<<=';
RightShiftAssign: '>>=';
AndAssign: '&=';
XorAssign: '^=';
OrAssign: '|=';
Equal: '==';
NotEqual: '!=';
Arrow: '->';
Dot: '.';
Ellipsis: '...';
HashHash: '##' | '%:%:';
Hash: '#' | '%:';

// ---- identifiers and literals ----
Identifier: IdentifierStart IdentifierPart*;

// A preprocessing number (C11 6.4.8): wide enough for 0x1ULL, 1e-5f, 0x1p3, 10ui64.
Constant: (Digit | '.' Digit) ( [eEpP] [+-] | IdentifierPart | '.' )*;

CharacterConstant: EncodingPrefix? '\'' CharPart+ '\'';

StringLiteral: EncodingPrefix? '"' StringPart* '"';

// Unterminated literals and comments still lex, so the file goes on and the
// front end can report them with file:line.
// A terminated literal is one character longer, so it always wins over these.
UnterminatedCharacterConstant: EncodingPrefix? '\'' CharPart*;
UnterminatedStringLiteral: EncodingPrefix? '"' StringPart*;

// ---- layout ----
LineContinuation: '\\' [ \t]* ('\r\n' | '\n' | '\r') -> channel(HIDDEN);
Whitespace: [ \t\f\u000B\u00A0\uFEFF]+ -> channel(HIDDEN);
Newline: ('\r\n' | '\n' | '\r') -> channel(HIDDEN);
BlockComment: '/*' .*? '*/' -> channel(COMMENTS);
// Cannot contain "*/", so it only wins when the comment really runs to the end of the file.
UnterminatedBlockComment: '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF -> channel(COMMENTS);
// A line comment ends at a newline that is not escaped by a backslash.
LineComment: '//' ( ~[\\\r\n] | '\\' ('\r\n' | '\n' | '\r' | ~[\r\n]) )* -> channel(COMMENTS);

Unknown: .;

fragment IdentifierStart: [a-zA-Z_$] | '\\u' Hex Hex Hex Hex | '\\U' Hex Hex Hex Hex Hex Hex Hex Hex | [\u0080-\uFFFE];
fragment IdentifierPart: IdentifierStart | Digit;
fragment Digit: [0-9];
fragment Hex: [0-9a-fA-F];
fragment EncodingPrefix: 'u8' | 'u' | 'U' | 'L';
fragment CharPart: ~['\\\r\n] | Escape;
fragment StringPart: ~["\\\r\n] | Escape;
fragment Escape: '\\' ( ~[\r\n] | '\r\n' | '\n' | '\r' );
