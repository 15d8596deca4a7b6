package org.zwlint.core.parse;

import java.util.regex.Pattern;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.zwlint.core.parse.antlr.CLexer;

/**
 * The predicates of the generated C parser. Each looks only at the tokens ahead and at the
 * typedef names known so far, so ANTLR can evaluate it during prediction.
 *
 * <p>Driver code is parsed without the WDK headers, so many type names are unknown. The
 * documented heuristic for an identifier nobody declared as a typedef:
 * <ul>
 * <li>in declaration specifiers it names a type when followed by another identifier
 * ({@code IDENT IDENT}), by a type keyword or qualifier, by stars and then a name
 * ({@code IDENT * IDENT}), or, as a lone parameter type, by ')' or ',' right after '(' or ',';
 * </li>
 * <li>at the start of a block item, {@code IDENT IDENT} and {@code IDENT * IDENT} followed by
 * ';', '=', ',', '[' or ')' begin a declaration (as expressions they would compute nothing);</li>
 * <li>{@code (IDENT)} is a cast when the next token can only begin an operand (a name, a
 * literal, '!', '~', sizeof, '{'), or, for names that look like types (upper case, or ending
 * in _t), when it is '(', '&amp;', '*', '+', '-', '++' or '--'.</li>
 * </ul>
 * SAL annotations are recognised by name, since their macros are unknown too: modern SAL
 * {@code _Xxx_} (an underscore, an upper-case letter, ending in an underscore, as
 * {@code _In_}, {@code _IRQL_requires_max_}, {@code _Use_decl_annotations_}), driver
 * annotations {@code __drv_xxx}, and legacy SAL {@code __in}, {@code __out_opt}, {@code __inout_bcount}
 * and the like. A name declared as a typedef is never an annotation.
 */
public abstract class CParserBase extends Parser {
    private static final Pattern SAL = Pattern.compile("_[A-Z][A-Za-z0-9_]*_|__drv_\\w+"
            + "|__(?:in|out|inout|deref|ecount|bcount|field|pre|post|opt)(?:_\\w+)?"
            + "|__(?:success|checkReturn|nullterminated|nullnullterminated|reserved|typefix|range|notnull|maybenull"
            + "|format_string|control_entrypoint|callback|kernel_entry|user_code|analysis_assume|fallthrough)");
    private static final Pattern TYPE_LIKE = Pattern.compile("[A-Z][A-Z0-9_]*|\\w+_t");
    private static final Pattern QUALIFIER_LIKE = Pattern.compile("CONST|VOLATILE|UNALIGNED|POINTER_\\w+|__\\w+");

    private TypeNames typeNames = new TypeNames(java.util.Set.of());

    protected CParserBase(TokenStream input) {
        super(input);
    }

    public void setTypeNames(TypeNames names) {
        this.typeNames = names;
    }

    /** Forgets the rule stack left by a failed attempt, so the next top-level parse starts clean. */
    public void resetForNextDeclaration() {
        _ctx = null;
        getErrorHandler().reset(this);
    }

    public static boolean isSalName(String name) {
        // every SAL spelling starts with '_' and the predicates ask about every identifier
        return name.length() > 2 && name.charAt(0) == '_' && SAL.matcher(name).matches();
    }

    /** The SAL test of each name this parser met: the predicates ask it of the same few names over and over. */
    private final java.util.Map<String, Boolean> salNames = new java.util.HashMap<>();

    private boolean isSal(Token token) {
        if (token.getType() != CLexer.Identifier) {
            return false;
        }
        String text = token.getText();
        return text.length() > 2 && text.charAt(0) == '_'
                && salNames.computeIfAbsent(text, CParserBase::isSalName).booleanValue() && !typeNames.contains(text);
    }

    private boolean known(Token token) {
        return typeNames.contains(token.getText());
    }

    private int la(int k) {
        return _input.LA(k);
    }

    private Token lt(int k) {
        return _input.LT(k);
    }

    // ------------------------------------------------------------ predicates used by the grammar

    protected boolean isSalAnnotationHere() {
        return isSal(lt(1));
    }

    protected boolean isTypedefNameHere() {
        Token t = lt(1);
        if (t.getType() != CLexer.Identifier || isSal(t)) {
            return false;
        }
        int next = la(2);
        if (next == CLexer.Comma || next == CLexer.RightParen) {
            // a lone parameter type (VOID), or a type after a qualifier: (const FOO), (__unaligned PUSHORT)
            int previous = la(-1);
            return previous == CLexer.LeftParen || previous == CLexer.Comma || isQualifier(previous)
                    || (known(t) && afterDecoration());
        }
        if (known(t) && next == CLexer.LeftBracket && (la(-1) == CLexer.LeftParen || afterDecoration())
                && la(skipBrackets(2)) == CLexer.RightParen) {
            // (ULONG_PTR[]), (UCHAR[16]) or (DECLSPEC_ALIGN(8) UCHAR[]): an array type name, which declares nothing
            return true;
        }
        if (known(t)) {
            return next != CLexer.Semi && next != CLexer.Assign && next != CLexer.LeftBracket
                    && next != CLexer.Colon;
        }
        if (next == CLexer.LeftParen) {
            // NTSTATUS Submit(CHUNK *chunk), void Submit(CHUNK *chunk): a type came before, so this is the
            // function's name (C allows one type per declaration), not a type before a nested declarator
            int previous = la(-1);
            if (isTypeKeyword(previous) || previous == CLexer.Identifier && !isSal(lt(-1))) {
                return false;
            }
            // typedef NTSTATUS (*PFN)(...), VOID (NTAPI *Routine)(...)
            int third = la(3);
            return third == CLexer.Star || third == CLexer.CallingConvention || third == CLexer.Caret
                    || (third == CLexer.Identifier && la(4) == CLexer.Star);
        }
        return next == CLexer.Identifier || isSpecifierKeyword(next) || next == CLexer.Typedef
                || (next == CLexer.Star && starsThenName(2, true));
    }

    protected boolean isDecoratorNameHere() {
        Token t = lt(1);
        if (t.getType() != CLexer.Identifier || isSal(t)) {
            return false;
        }
        int next = la(2);
        return next == CLexer.Star || next == CLexer.Identifier || next == CLexer.CallingConvention;
    }

    protected boolean isDeclarationHere() {
        int i = 1;
        while (true) {
            int type = la(i);
            if (type == CLexer.Extension) {
                i++;
            } else if (isSal(lt(i)) || type == CLexer.Declspec || type == CLexer.Attribute
                    || type == CLexer.MsPragma) {
                i = skipParens(i + 1);
            } else {
                break;
            }
        }
        int type = la(i);
        if (isDeclarationKeyword(type)) {
            return true;
        }
        if (type != CLexer.Identifier) {
            return false;
        }
        int next = la(i + 1);
        if (next == CLexer.Identifier || isSpecifierKeyword(next)) {
            return true;
        }
        if (next == CLexer.Star) {
            return known(lt(i)) || starsThenName(i + 1, false);
        }
        return next == CLexer.LeftParen && known(lt(i));
    }

    protected boolean isCastHere() {
        if (la(1) != CLexer.LeftParen) {
            return false;
        }
        int t2 = la(2);
        if (isTypeKeyword(t2) || startsOnlyTypes(t2)) {
            return true;
        }
        if (t2 != CLexer.Identifier || isSal(lt(2))) {
            return false;
        }
        int t3 = la(3);
        if (t3 == CLexer.Identifier || isSpecifierKeyword(t3)) {
            return true;
        }
        if (t3 == CLexer.Star) {
            return starsThenClose(3);
        }
        if (t3 == CLexer.LeftParen) {
            return la(4) == CLexer.Star && la(5) == CLexer.RightParen;
        }
        if (t3 == CLexer.LeftBracket) {
            // (ULONG_PTR[]){ ... } or (UCHAR[16]){ 0 }: an array type; no expression is followed by '{'
            int close = skipBrackets(3);
            return la(close) == CLexer.RightParen && la(close + 1) == CLexer.LeftBrace;
        }
        if (t3 != CLexer.RightParen) {
            return false;
        }
        int t4 = la(4);
        boolean typeLike = known(lt(2)) || TYPE_LIKE.matcher(lt(2).getText()).matches();
        return switch (t4) {
            case CLexer.Identifier, CLexer.Constant, CLexer.CharacterConstant, CLexer.StringLiteral, CLexer.Not,
                    CLexer.Tilde, CLexer.Sizeof, CLexer.Alignof, CLexer.LeftBrace, CLexer.Generic -> true;
            case CLexer.LeftParen, CLexer.And, CLexer.Star, CLexer.Plus, CLexer.Minus, CLexer.PlusPlus,
                    CLexer.MinusMinus -> typeLike;
            default -> false;
        };
    }

    protected boolean isSizeofTypeHere() {
        if (la(2) != CLexer.LeftParen) {
            return false;
        }
        int t3 = la(3);
        if (isTypeKeyword(t3) || startsOnlyTypes(t3)) {
            return true;
        }
        if (t3 != CLexer.Identifier || isSal(lt(3))) {
            return false;
        }
        int t4 = la(4);
        if (t4 == CLexer.Identifier || isSpecifierKeyword(t4)) {
            return true;
        }
        if (t4 == CLexer.Star) {
            return starsThenClose(4);
        }
        return t4 == CLexer.RightParen && (known(lt(3)) || TYPE_LIKE.matcher(lt(3).getText()).matches());
    }

    protected boolean isTypeArgumentHere() {
        int t1 = la(1);
        if (isTypeKeyword(t1)) {
            return true;
        }
        if (t1 != CLexer.Identifier || la(2) != CLexer.Star) {
            return false;
        }
        int i = 2;
        while (la(i) == CLexer.Star || isQualifier(la(i))) {
            i++;
        }
        return la(i) == CLexer.RightParen || la(i) == CLexer.Comma;
    }

    protected boolean isWord(String word) {
        Token t = lt(1);
        return t.getType() == CLexer.Identifier && t.getText().equals(word) && !typeNames.contains(word);
    }

    protected boolean isStructMacroHere() {
        if (la(1) != CLexer.Identifier || isSal(lt(1))) {
            return false;
        }
        int after = skipParens(2);
        if (after > 2) {
            // DECLSPEC_ALIGN(16) _X, DECLSPEC_ALIGN(16) { ... }: a macro with arguments is never a tag
            return la(after) == CLexer.Identifier || la(after) == CLexer.LeftBrace;
        }
        // DECLSPEC_CACHEALIGN _X { ... } has a macro, but in "struct _X Name;" _X is the tag and Name is declared
        return la(after) == CLexer.Identifier && la(after + 1) == CLexer.LeftBrace;
    }

    protected boolean isOnAsmLine() {
        Token next = lt(1);
        if (next.getType() == Token.EOF) {
            return false;
        }
        for (int k = 1; k < 512; k++) {
            java.util.Optional<Token> before = java.util.Optional.ofNullable(lt(-k));
            if (before.isEmpty()) {
                return false;
            }
            Token back = before.get();
            if (back.getType() == CLexer.Asm) {
                return back.getLine() == next.getLine();
            }
        }
        return false;
    }

    // ------------------------------------------------------------ helpers

    /** Stars and pointer qualifiers from position k, then a declared name (or, in a parameter or cast, its end). */
    private boolean starsThenName(int k, boolean abstractAllowed) {
        int i = k;
        while (la(i) == CLexer.Star || isQualifier(la(i))
                || (la(i) == CLexer.Identifier && la(i + 1) == CLexer.Identifier)) {
            i++;
        }
        int end = la(i);
        if (end == CLexer.Identifier) {
            int after = la(i + 1);
            return abstractAllowed || after == CLexer.Semi || after == CLexer.Assign || after == CLexer.Comma
                    || after == CLexer.LeftBracket || after == CLexer.RightParen;
        }
        return abstractAllowed && (end == CLexer.RightParen || end == CLexer.Comma);
    }

    private boolean starsThenClose(int k) {
        int i = k;
        while (la(i) == CLexer.Star || isQualifier(la(i))) {
            i++;
        }
        if (la(i) == CLexer.Identifier && la(i + 1) == CLexer.RightParen && i > k
                && TYPE_LIKE.matcher(lt(k - 1).getText()).matches() && QUALIFIER_LIKE.matcher(lt(i).getText()).matches()) {
            return true; // (PVOID * CONST): an unknown qualifier macro, not (Count * Size)
        }
        return la(i) == CLexer.RightParen;
    }

    /**
     * Whether the token before the current one closes a decoration: {@code __declspec(align(16)) RING)},
     * {@code _Alignas(8) T)}, {@code __attribute__((packed)) T)}, {@code _In_reads_(n) T)}.
     */
    private boolean afterDecoration() {
        int depth = 0;
        for (int k = 1; k < 256; k++) {
            java.util.Optional<Token> back = java.util.Optional.ofNullable(lt(-k));
            if (back.isEmpty()) {
                return false;
            }
            int type = back.get().getType();
            if (type == CLexer.RightParen) {
                depth++;
            } else if (type == CLexer.LeftParen && --depth == 0) {
                java.util.Optional<Token> head = java.util.Optional.ofNullable(lt(-k - 1));
                return head.isPresent() && (startsOnlyTypes(head.get().getType()) || isSal(head.get()));
            }
            if (depth <= 0) {
                return false;
            }
        }
        return false;
    }

    /** The position after the ']' that closes the '[' at {@code k} (or of EOF). */
    private int skipBrackets(int k) {
        int depth = 0;
        for (int i = k;; i++) {
            int type = la(i);
            if (type == Token.EOF) {
                return i;
            }
            if (type == CLexer.LeftBracket) {
                depth++;
            } else if (type == CLexer.RightBracket && --depth == 0) {
                return i + 1;
            }
        }
    }

    private int skipParens(int k) {
        if (la(k) != CLexer.LeftParen) {
            return k;
        }
        int depth = 0;
        int i = k;
        while (true) {
            int type = la(i);
            if (type == Token.EOF) {
                return i;
            }
            if (type == CLexer.LeftParen) {
                depth++;
            } else if (type == CLexer.RightParen && --depth == 0) {
                return i + 1;
            }
            i++;
        }
    }

    private static boolean isQualifier(int type) {
        return switch (type) {
            case CLexer.Const, CLexer.Volatile, CLexer.Restrict, CLexer.PointerSize, CLexer.Unaligned,
                    CLexer.CallingConvention -> true;
            default -> false;
        };
    }

    /** Keywords that can only begin a type name. */
    private static boolean isTypeKeyword(int type) {
        return switch (type) {
            case CLexer.Void, CLexer.Char, CLexer.Short, CLexer.Int, CLexer.Long, CLexer.Float, CLexer.Double,
                    CLexer.Signed, CLexer.Unsigned, CLexer.Bool, CLexer.Complex, CLexer.Imaginary, CLexer.Int8,
                    CLexer.Int16, CLexer.Int32, CLexer.Int64, CLexer.Struct, CLexer.Union, CLexer.Enum,
                    CLexer.Const, CLexer.Volatile, CLexer.Restrict, CLexer.Atomic, CLexer.Typeof,
                    CLexer.Unaligned -> true;
            default -> false;
        };
    }

    /**
     * Decorations that may open a type name but never an expression: {@code (__declspec(align(16)) T){...}},
     * {@code sizeof(_Alignas(8) T)}, {@code (__attribute__((aligned(8))) T)}.
     */
    private static boolean startsOnlyTypes(int type) {
        return type == CLexer.Declspec || type == CLexer.Alignas || type == CLexer.Attribute;
    }

    /** Keywords that may follow a type name inside declaration specifiers. */
    private static boolean isSpecifierKeyword(int type) {
        return isTypeKeyword(type) || isQualifier(type) || type == CLexer.Declspec || type == CLexer.Attribute
                || type == CLexer.Inline || type == CLexer.MsInline || type == CLexer.Static
                || type == CLexer.Extern;
    }

    private static boolean isDeclarationKeyword(int type) {
        return isTypeKeyword(type) || isQualifier(type) || switch (type) {
            case CLexer.Typedef, CLexer.Extern, CLexer.Static, CLexer.Auto, CLexer.Register, CLexer.ThreadLocal,
                    CLexer.Inline, CLexer.MsInline, CLexer.Noreturn, CLexer.Alignas -> true;
            default -> false;
        };
    }
}
