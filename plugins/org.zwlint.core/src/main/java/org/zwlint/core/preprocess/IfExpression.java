package org.zwlint.core.preprocess;

import java.util.List;

import org.zwlint.core.parse.antlr.CLexer;

/**
 * Evaluates a fully macro-expanded #if expression with C semantics: intmax_t/uintmax_t
 * arithmetic (64-bit), the usual arithmetic conversions between signed and unsigned, and
 * short-circuit operators that do not evaluate (or complain about) the unevaluated side.
 * {@code defined} has already been replaced; any identifier left is 0.
 */
final class IfExpression {
    /** Why an expression cannot be evaluated; becomes a diagnostic at the directive. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private record Value(long bits, boolean unsigned) {
        boolean isTrue() {
            return bits != 0;
        }
    }

    private static final Value ZERO = new Value(0, false);
    private static final Value ONE = new Value(1, false);

    private final List<Tok> tokens;
    private final int maxNesting;
    private int pos;
    private int nesting;

    private IfExpression(List<Tok> tokens, int maxNesting) {
        this.tokens = tokens;
        this.maxNesting = maxNesting;
    }

    static boolean evaluate(List<Tok> tokens, int maxNesting) throws Invalid {
        if (tokens.isEmpty()) {
            throw new Invalid("#if with no expression");
        }
        IfExpression parser = new IfExpression(tokens, maxNesting);
        Value v = parser.conditional(true);
        if (parser.pos < tokens.size()) {
            throw new Invalid("unexpected '" + tokens.get(parser.pos).text + "' in #if expression");
        }
        return v.isTrue();
    }

    private Value conditional(boolean eval) throws Invalid {
        enter();
        Value c = binary(0, eval);
        if (accept(CLexer.Question)) {
            Value a = conditional(eval && c.isTrue());
            expect(CLexer.Colon, "':'");
            Value b = conditional(eval && !c.isTrue());
            boolean unsigned = a.unsigned || b.unsigned;
            Value chosen = c.isTrue() ? a : b;
            c = new Value(chosen.bits, unsigned);
        }
        nesting--;
        return c;
    }

    private static final int[][] LEVELS = {
            { CLexer.OrOr }, { CLexer.AndAnd }, { CLexer.Or }, { CLexer.Caret }, { CLexer.And },
            { CLexer.Equal, CLexer.NotEqual }, { CLexer.Less, CLexer.Greater, CLexer.LessEqual, CLexer.GreaterEqual },
            { CLexer.LeftShift, CLexer.RightShift }, { CLexer.Plus, CLexer.Minus }, { CLexer.Star, CLexer.Div, CLexer.Mod } };

    private Value binary(int level, boolean eval) throws Invalid {
        if (level == LEVELS.length) {
            return unary(eval);
        }
        Value left = binary(level + 1, eval);
        while (pos < tokens.size()) {
            int op = tokens.get(pos).type;
            if (!contains(LEVELS[level], op)) {
                break;
            }
            pos++;
            if (op == CLexer.OrOr) {
                Value right = binary(level + 1, eval && !left.isTrue());
                left = left.isTrue() || right.isTrue() ? ONE : ZERO;
            } else if (op == CLexer.AndAnd) {
                Value right = binary(level + 1, eval && left.isTrue());
                left = left.isTrue() && right.isTrue() ? ONE : ZERO;
            } else {
                left = apply(op, left, binary(level + 1, eval), eval);
            }
        }
        return left;
    }

    private static Value apply(int op, Value a, Value b, boolean eval) throws Invalid {
        boolean u = a.unsigned || b.unsigned;
        long x = a.bits;
        long y = b.bits;
        return switch (op) {
            case CLexer.Or -> new Value(x | y, u);
            case CLexer.Caret -> new Value(x ^ y, u);
            case CLexer.And -> new Value(x & y, u);
            case CLexer.Equal -> x == y ? ONE : ZERO;
            case CLexer.NotEqual -> x != y ? ONE : ZERO;
            case CLexer.Less -> compare(x, y, u) < 0 ? ONE : ZERO;
            case CLexer.Greater -> compare(x, y, u) > 0 ? ONE : ZERO;
            case CLexer.LessEqual -> compare(x, y, u) <= 0 ? ONE : ZERO;
            case CLexer.GreaterEqual -> compare(x, y, u) >= 0 ? ONE : ZERO;
            // Shifts take the left operand's type; shifting by 64 or more is undefined, so give 0.
            case CLexer.LeftShift -> new Value(y < 0 || y >= 64 ? 0 : x << y, a.unsigned);
            case CLexer.RightShift -> new Value(y < 0 || y >= 64 ? (a.unsigned || x >= 0 ? 0 : -1)
                    : a.unsigned ? x >>> y : x >> y, a.unsigned);
            case CLexer.Plus -> new Value(x + y, u);
            case CLexer.Minus -> new Value(x - y, u);
            case CLexer.Star -> new Value(x * y, u);
            case CLexer.Div, CLexer.Mod -> {
                if (y == 0) {
                    if (eval) {
                        throw new Invalid("division by zero in #if expression");
                    }
                    yield ZERO;
                }
                if (op == CLexer.Div) {
                    yield new Value(u ? Long.divideUnsigned(x, y) : x / y, u);
                }
                yield new Value(u ? Long.remainderUnsigned(x, y) : x % y, u);
            }
            default -> throw new Invalid("unsupported operator in #if expression");
        };
    }

    private static int compare(long x, long y, boolean unsigned) {
        return unsigned ? Long.compareUnsigned(x, y) : Long.compare(x, y);
    }

    private Value unary(boolean eval) throws Invalid {
        if (pos >= tokens.size()) {
            throw new Invalid("#if expression ends too early");
        }
        Tok t = tokens.get(pos++);
        switch (t.type) {
            case CLexer.Plus:
                return unaryOperand(eval);
            case CLexer.Minus: {
                Value v = unaryOperand(eval);
                return new Value(-v.bits, v.unsigned);
            }
            case CLexer.Tilde: {
                Value v = unaryOperand(eval);
                return new Value(~v.bits, v.unsigned);
            }
            case CLexer.Not:
                return unaryOperand(eval).isTrue() ? ZERO : ONE;
            case CLexer.LeftParen: {
                Value v = conditional(eval);
                expect(CLexer.RightParen, "')'");
                return v;
            }
            case CLexer.Constant:
                return number(t.text);
            case CLexer.CharacterConstant:
                return new Value(characterValue(t.text), false);
            default:
                if (t.isIdentifier()) {
                    skipCallArguments(); // an unknown function-like name such as __has_feature(x) counts as 0
                    return ZERO;
                }
                throw new Invalid("unexpected '" + t.text + "' in #if expression");
        }
    }

    private Value unaryOperand(boolean eval) throws Invalid {
        enter();
        Value v = unary(eval);
        nesting--;
        return v;
    }

    private void skipCallArguments() {
        if (pos < tokens.size() && tokens.get(pos).is(CLexer.LeftParen)) {
            int depth = 0;
            while (pos < tokens.size()) {
                int type = tokens.get(pos++).type;
                if (type == CLexer.LeftParen) {
                    depth++;
                } else if (type == CLexer.RightParen && --depth == 0) {
                    return;
                }
            }
        }
    }

    private void enter() throws Invalid {
        if (++nesting > maxNesting) {
            throw new Invalid("#if expression nested deeper than " + maxNesting + " levels");
        }
    }

    private boolean accept(int type) {
        if (pos < tokens.size() && tokens.get(pos).is(type)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(int type, String what) throws Invalid {
        if (!accept(type)) {
            throw new Invalid("expected " + what + " in #if expression");
        }
    }

    private static boolean contains(int[] types, int type) {
        for (int t : types) {
            if (t == type) {
                return true;
            }
        }
        return false;
    }

    private static Value number(String text) throws Invalid {
        String s = text.toLowerCase(java.util.Locale.ROOT);
        int end = s.length();
        boolean unsigned = false;
        // MSVC's i8..i64 suffixes, then the standard u/l ones.
        for (String suffix : new String[] { "ui64", "i64", "ui32", "i32", "ui16", "i16", "ui8", "i8" }) {
            if (s.endsWith(suffix)) {
                end -= suffix.length();
                unsigned = suffix.startsWith("u");
                break;
            }
        }
        while (end > 0 && (s.charAt(end - 1) == 'u' || s.charAt(end - 1) == 'l')) {
            unsigned |= s.charAt(end - 1) == 'u';
            end--;
        }
        String digits = s.substring(0, end);
        int radix = 10;
        if (digits.startsWith("0x")) {
            radix = 16;
            digits = digits.substring(2);
        } else if (digits.startsWith("0b")) {
            radix = 2;
            digits = digits.substring(2);
        } else if (digits.length() > 1 && digits.startsWith("0")) {
            radix = 8;
            digits = digits.substring(1);
        }
        digits = digits.replace("'", "");
        if (digits.isEmpty()) {
            throw new Invalid("invalid number '" + text + "' in #if expression");
        }
        long value;
        try {
            value = Long.parseUnsignedLong(digits, radix);
        } catch (NumberFormatException e) {
            throw new Invalid("invalid integer constant '" + text + "' in #if expression");
        }
        // A constant too big for a signed 64-bit value is unsigned, as in C.
        return new Value(value, unsigned || value < 0);
    }

    static long characterValue(String text) throws Invalid {
        int open = text.indexOf('\'');
        int close = text.lastIndexOf('\'');
        if (open < 0 || close <= open) {
            throw new Invalid("invalid character constant " + text);
        }
        boolean wide = open > 0;
        String body = text.substring(open + 1, close);
        java.util.List<Integer> chars = new java.util.ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            int c = body.charAt(i++);
            if (c == '\\' && i < body.length()) {
                char e = body.charAt(i++);
                switch (e) {
                    case 'n' -> c = '\n';
                    case 't' -> c = '\t';
                    case 'r' -> c = '\r';
                    case 'a' -> c = 7;
                    case 'b' -> c = '\b';
                    case 'f' -> c = '\f';
                    case 'v' -> c = 11;
                    case 'x' -> {
                        int v = 0;
                        while (i < body.length() && Character.digit(body.charAt(i), 16) >= 0) {
                            v = v * 16 + Character.digit(body.charAt(i++), 16);
                        }
                        c = v;
                    }
                    default -> {
                        if (e >= '0' && e <= '7') {
                            int v = e - '0';
                            for (int k = 0; k < 2 && i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                                v = v * 8 + body.charAt(i++) - '0';
                            }
                            c = v;
                        } else {
                            c = e;
                        }
                    }
                }
            }
            chars.add(c);
        }
        if (chars.isEmpty()) {
            throw new Invalid("empty character constant");
        }
        if (wide) {
            return chars.get(0);
        }
        if (chars.size() == 1) {
            return (byte) chars.get(0).intValue(); // a plain char is signed in MSVC
        }
        int packed = 0; // several chars pack into an int, as MSVC does
        for (int ch : chars) {
            packed = (packed << 8) | (ch & 0xFF);
        }
        return packed;
    }
}
