package org.zwlint.core.preprocess;

import java.util.HashMap;
import java.util.Map;

import org.antlr.v4.runtime.Token;
import org.zwlint.core.parse.antlr.CLexer;

/**
 * Splits a file into the tokens grammars/CLexer.g4 defines, by hand. The grammar stays the
 * definition: this scanner gives the same token types, channels and boundaries (longest match, the
 * earlier rule on a tie), which CScannerTest checks against the generated lexer on every fixture,
 * on generated text and on each keyword spelling of the grammar. It exists because the generated
 * lexer walks its DFA one code point at a time and was a tenth of a whole check's CPU.
 */
final class CScanner {
    /** Receives each token: its type, channel, and first and past-the-end char offsets. */
    interface Sink {
        void token(int type, int channel, int start, int end);
    }

    private static final Map<String, Integer> KEYWORDS = keywords();

    private final String text;
    private final int length;
    private final Sink sink;

    private CScanner(String text, Sink sink) {
        this.text = text;
        this.length = text.length();
        this.sink = sink;
    }

    /** Every token of the text in order, hidden channels included, without an end-of-file token. */
    static void scan(String text, Sink sink) {
        new CScanner(text, sink).run();
    }

    private void run() {
        int at = 0;
        while (at < length) {
            at = next(at);
        }
    }

    private char at(int i) {
        return i < length ? text.charAt(i) : '\0';
    }

    private boolean has(int i, char c) {
        return i < length && text.charAt(i) == c;
    }

    private int emit(int type, int start, int end) {
        sink.token(type, Token.DEFAULT_CHANNEL, start, end);
        return end;
    }

    private int hidden(int type, int channel, int start, int end) {
        sink.token(type, channel, start, end);
        return end;
    }

    /** Lexes the token at {@code start}; returns where the next one starts. */
    private int next(int start) {
        char c = text.charAt(start);
        switch (c) {
            case ' ', '\t', '\f', '\u000B' -> {
                return hidden(CLexer.Whitespace, Token.HIDDEN_CHANNEL, start, whitespaceEnd(start));
            }
            case '\n' -> {
                return hidden(CLexer.Newline, Token.HIDDEN_CHANNEL, start, start + 1);
            }
            case '\r' -> {
                return hidden(CLexer.Newline, Token.HIDDEN_CHANNEL, start, has(start + 1, '\n') ? start + 2 : start + 1);
            }
            case '\'', '"' -> {
                return quoted(start, start);
            }
            case '\\' -> {
                int end = identifierStartEnd(start);
                if (end > start) {
                    return identifierOrKeyword(start, identifierEnd(end));
                }
                return backslash(start);
            }
            case '/' -> {
                if (has(start + 1, '*')) {
                    int close = text.indexOf("*/", start + 2);
                    return close >= 0 ? hidden(CLexer.BlockComment, CLexer.COMMENTS, start, close + 2)
                            : hidden(CLexer.UnterminatedBlockComment, CLexer.COMMENTS, start, length);
                }
                if (has(start + 1, '/')) {
                    return hidden(CLexer.LineComment, CLexer.COMMENTS, start, lineCommentEnd(start + 2));
                }
                return has(start + 1, '=') ? emit(CLexer.DivAssign, start, start + 2) : emit(CLexer.Div, start, start + 1);
            }
            case '.' -> {
                if (isDigit(at(start + 1))) {
                    return emit(CLexer.Constant, start, constantEnd(start + 2));
                }
                if (has(start + 1, '.') && has(start + 2, '.')) {
                    return emit(CLexer.Ellipsis, start, start + 3);
                }
                return emit(CLexer.Dot, start, start + 1);
            }
            default -> {
                if (isDigit(c)) {
                    return emit(CLexer.Constant, start, constantEnd(start + 1));
                }
                int end = identifierStartEnd(start);
                if (end > start && (c == '\u00A0' || c == '\uFEFF')) {
                    // Both a letter and a space to the grammar: the longer match wins, the identifier on a tie.
                    int identifier = identifierEnd(end);
                    int space = whitespaceEnd(start);
                    return space > identifier ? hidden(CLexer.Whitespace, Token.HIDDEN_CHANNEL, start, space)
                            : identifierOrKeyword(start, identifier);
                }
                if (end > start) {
                    if ((c == 'L' || c == 'u' || c == 'U') && (quoteAt(end) || c == 'u' && has(end, '8') && quoteAt(end + 1))) {
                        return quoted(start, c == 'u' && has(end, '8') ? end + 1 : end);
                    }
                    return identifierOrKeyword(start, identifierEnd(end));
                }
                int punctuator = punctuator(start);
                if (punctuator > start) {
                    return punctuator;
                }
                // Unknown: one code point.
                return emit(CLexer.Unknown, start, start + Character.charCount(text.codePointAt(start)));
            }
        }
    }

    private boolean quoteAt(int i) {
        return has(i, '\'') || has(i, '"');
    }

    private int whitespaceEnd(int start) {
        int i = start;
        while (i < length && isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\u00A0' || c == '\uFEFF';
    }

    /** A literal with an optional encoding prefix from {@code start}, its quote at {@code quote}. */
    private int quoted(int start, int quote) {
        char delimiter = text.charAt(quote);
        int i = quote + 1;
        int parts = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c == delimiter || c == '\n' || c == '\r') {
                break;
            }
            if (c == '\\') {
                int escaped = escapeEnd(i);
                if (escaped < 0) {
                    break;
                }
                i = escaped;
            } else {
                i++;
            }
            parts++;
        }
        boolean terminated = has(i, delimiter) && (parts > 0 || delimiter == '"');
        if (delimiter == '\'') {
            return emit(terminated ? CLexer.CharacterConstant : CLexer.UnterminatedCharacterConstant, start,
                    terminated ? i + 1 : i);
        }
        return emit(terminated ? CLexer.StringLiteral : CLexer.UnterminatedStringLiteral, start, terminated ? i + 1 : i);
    }

    /** The end of the escape whose backslash is at {@code i}, or -1 when the text ends after the backslash. */
    private int escapeEnd(int i) {
        if (i + 1 >= length) {
            return -1;
        }
        char next = text.charAt(i + 1);
        if (next == '\r' && has(i + 2, '\n')) {
            return i + 3;
        }
        return i + 1 + (Character.isHighSurrogate(next) && i + 2 < length && Character.isLowSurrogate(text.charAt(i + 2))
                ? 2 : 1);
    }

    /** A backslash that starts no identifier: a line continuation, or an Unknown token. */
    private int backslash(int start) {
        int i = start + 1;
        while (i < length && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (has(i, '\n')) {
            return hidden(CLexer.LineContinuation, Token.HIDDEN_CHANNEL, start, i + 1);
        }
        if (has(i, '\r')) {
            return hidden(CLexer.LineContinuation, Token.HIDDEN_CHANNEL, start, has(i + 1, '\n') ? i + 2 : i + 1);
        }
        return emit(CLexer.Unknown, start, start + 1);
    }

    private int lineCommentEnd(int from) {
        int i = from;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
            if (c == '\\') {
                int escaped = escapeEnd(i);
                if (escaped < 0) {
                    return i;
                }
                i = escaped;
            } else {
                i++;
            }
        }
        return i;
    }

    /** A preprocessing number: digits, identifier characters, dots and signed exponents. */
    private int constantEnd(int from) {
        int i = from;
        while (i < length) {
            char c = text.charAt(i);
            if ((c == 'e' || c == 'E' || c == 'p' || c == 'P') && (has(i + 1, '+') || has(i + 1, '-'))) {
                i += 2;
            } else if (c == '.' || isDigit(c)) {
                i++;
            } else {
                int end = identifierStartEnd(i);
                if (end == i) {
                    return i;
                }
                i = end;
            }
        }
        return i;
    }

    private int identifierEnd(int from) {
        int i = from;
        while (i < length) {
            if (isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = identifierStartEnd(i);
            if (end == i) {
                return i;
            }
            i = end;
        }
        return i;
    }

    /**
     * The end of an identifier-start character at {@code i} (a letter, _, $, a universal character
     * name, or a code point from U+0080 to U+FFFE), or {@code i} if there is none.
     */
    private int identifierStartEnd(int i) {
        if (i >= length) {
            return i;
        }
        char c = text.charAt(i);
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$') {
            return i + 1;
        }
        if (c == '\\') {
            if (has(i + 1, 'u') && hexDigits(i + 2, 4)) {
                return i + 6;
            }
            if (has(i + 1, 'U') && hexDigits(i + 2, 8)) {
                return i + 10;
            }
            return i;
        }
        // The grammar counts code points: a pair of surrogates is one code point above U+FFFF, not a letter.
        if (c >= '\u0080' && c <= '\uFFFE'
                && !(Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1)))) {
            return i + 1;
        }
        return i;
    }

    private boolean hexDigits(int from, int count) {
        if (from + count > length) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!(isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private int identifierOrKeyword(int start, int end) {
        Integer keyword = end - start <= 16 ? KEYWORDS.get(text.substring(start, end)) : null;
        return emit(keyword != null ? keyword : CLexer.Identifier, start, end);
    }

    /** The longest punctuator at {@code start}: its end, or {@code start} if none begins there. */
    private int punctuator(int start) {
        char c = text.charAt(start);
        char d = at(start + 1);
        char e = at(start + 2);
        return switch (c) {
            case '(' -> emit(CLexer.LeftParen, start, start + 1);
            case ')' -> emit(CLexer.RightParen, start, start + 1);
            case '[' -> emit(CLexer.LeftBracket, start, start + 1);
            case ']' -> emit(CLexer.RightBracket, start, start + 1);
            case '{' -> emit(CLexer.LeftBrace, start, start + 1);
            case '}' -> emit(CLexer.RightBrace, start, start + 1);
            case '?' -> emit(CLexer.Question, start, start + 1);
            case ':' -> emit(CLexer.Colon, start, start + 1);
            case ';' -> emit(CLexer.Semi, start, start + 1);
            case ',' -> emit(CLexer.Comma, start, start + 1);
            case '~' -> emit(CLexer.Tilde, start, start + 1);
            case '<' -> d == '<' ? (e == '=' ? emit(CLexer.LeftShiftAssign, start, start + 3)
                    : emit(CLexer.LeftShift, start, start + 2))
                    : d == '=' ? emit(CLexer.LessEqual, start, start + 2) : emit(CLexer.Less, start, start + 1);
            case '>' -> d == '>' ? (e == '=' ? emit(CLexer.RightShiftAssign, start, start + 3)
                    : emit(CLexer.RightShift, start, start + 2))
                    : d == '=' ? emit(CLexer.GreaterEqual, start, start + 2) : emit(CLexer.Greater, start, start + 1);
            case '+' -> d == '+' ? emit(CLexer.PlusPlus, start, start + 2)
                    : d == '=' ? emit(CLexer.PlusAssign, start, start + 2) : emit(CLexer.Plus, start, start + 1);
            case '-' -> d == '-' ? emit(CLexer.MinusMinus, start, start + 2)
                    : d == '=' ? emit(CLexer.MinusAssign, start, start + 2)
                    : d == '>' ? emit(CLexer.Arrow, start, start + 2) : emit(CLexer.Minus, start, start + 1);
            case '*' -> d == '=' ? emit(CLexer.StarAssign, start, start + 2) : emit(CLexer.Star, start, start + 1);
            case '%' -> d == '=' ? emit(CLexer.ModAssign, start, start + 2)
                    : d == ':' ? (e == '%' && at(start + 3) == ':' ? emit(CLexer.HashHash, start, start + 4)
                            : emit(CLexer.Hash, start, start + 2))
                    : emit(CLexer.Mod, start, start + 1);
            case '&' -> d == '&' ? emit(CLexer.AndAnd, start, start + 2)
                    : d == '=' ? emit(CLexer.AndAssign, start, start + 2) : emit(CLexer.And, start, start + 1);
            case '|' -> d == '|' ? emit(CLexer.OrOr, start, start + 2)
                    : d == '=' ? emit(CLexer.OrAssign, start, start + 2) : emit(CLexer.Or, start, start + 1);
            case '^' -> d == '=' ? emit(CLexer.XorAssign, start, start + 2) : emit(CLexer.Caret, start, start + 1);
            case '!' -> d == '=' ? emit(CLexer.NotEqual, start, start + 2) : emit(CLexer.Not, start, start + 1);
            case '=' -> d == '=' ? emit(CLexer.Equal, start, start + 2) : emit(CLexer.Assign, start, start + 1);
            case '#' -> d == '#' ? emit(CLexer.HashHash, start, start + 2) : emit(CLexer.Hash, start, start + 1);
            default -> start;
        };
    }

    /** Each keyword spelling of the grammar, with its token type. */
    private static Map<String, Integer> keywords() {
        Map<String, Integer> map = new HashMap<>();
        String[][] spellings = {
                { "auto" }, { "break" }, { "case" }, { "char" }, { "const" }, { "continue" }, { "default" }, { "do" },
                { "double" }, { "else" }, { "enum" }, { "extern" }, { "float" }, { "for" }, { "goto" }, { "if" },
                { "inline" }, { "int" }, { "long" }, { "register" }, { "restrict", "__restrict", "__restrict__" },
                { "return" }, { "short" }, { "signed", "__signed", "__signed__" }, { "sizeof" }, { "static" },
                { "struct" }, { "switch" }, { "typedef" }, { "union" }, { "unsigned" }, { "void" },
                { "volatile", "__volatile", "__volatile__" }, { "while" }, { "_Alignas" },
                { "_Alignof", "__alignof", "__alignof__" }, { "_Atomic" }, { "_Bool" }, { "_Complex" },
                { "_Generic" }, { "_Imaginary" }, { "_Noreturn" }, { "_Static_assert", "static_assert" },
                { "_Thread_local" }, { "__try", "_try" }, { "__except", "_except" }, { "__finally", "_finally" },
                { "__leave", "_leave" }, { "__declspec", "_declspec" }, { "__int8" }, { "__int16" }, { "__int32" },
                { "__int64" }, { "__inline", "_inline", "__inline__", "__forceinline" },
                { "__cdecl", "_cdecl", "__stdcall", "_stdcall", "__fastcall", "_fastcall", "__thiscall",
                        "__vectorcall", "__clrcall" },
                { "__pragma", "_Pragma" }, { "__asm", "_asm", "__asm__", "asm" }, { "__unaligned", "_unaligned" },
                { "__ptr64", "__ptr32", "__sptr", "__uptr" }, { "__attribute__", "__attribute" }, { "__extension__" },
                { "__typeof__", "__typeof", "typeof" } };
        int[] types = { CLexer.Auto, CLexer.Break, CLexer.Case, CLexer.Char, CLexer.Const, CLexer.Continue,
                CLexer.Default, CLexer.Do, CLexer.Double, CLexer.Else, CLexer.Enum, CLexer.Extern, CLexer.Float,
                CLexer.For, CLexer.Goto, CLexer.If, CLexer.Inline, CLexer.Int, CLexer.Long, CLexer.Register,
                CLexer.Restrict, CLexer.Return, CLexer.Short, CLexer.Signed, CLexer.Sizeof, CLexer.Static,
                CLexer.Struct, CLexer.Switch, CLexer.Typedef, CLexer.Union, CLexer.Unsigned, CLexer.Void,
                CLexer.Volatile, CLexer.While, CLexer.Alignas, CLexer.Alignof, CLexer.Atomic, CLexer.Bool,
                CLexer.Complex, CLexer.Generic, CLexer.Imaginary, CLexer.Noreturn, CLexer.StaticAssert,
                CLexer.ThreadLocal, CLexer.Try, CLexer.Except, CLexer.Finally, CLexer.Leave, CLexer.Declspec,
                CLexer.Int8, CLexer.Int16, CLexer.Int32, CLexer.Int64, CLexer.MsInline, CLexer.CallingConvention,
                CLexer.MsPragma, CLexer.Asm, CLexer.Unaligned, CLexer.PointerSize, CLexer.Attribute,
                CLexer.Extension, CLexer.Typeof };
        for (int i = 0; i < spellings.length; i++) {
            for (String spelling : spellings[i]) {
                map.put(spelling, types[i]);
            }
        }
        return Map.copyOf(map);
    }
}
