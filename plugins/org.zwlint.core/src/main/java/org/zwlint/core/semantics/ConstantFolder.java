package org.zwlint.core.semantics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.ast.Binary;
import org.zwlint.core.ast.Cast;
import org.zwlint.core.ast.Comma;
import org.zwlint.core.ast.Conditional;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.Index;
import org.zwlint.core.ast.Literal;
import org.zwlint.core.ast.MemberAccess;
import org.zwlint.core.ast.Parenthesized;
import org.zwlint.core.ast.SizeofType;
import org.zwlint.core.ast.Unary;
import org.zwlint.core.ast.UnaryOperator;

/**
 * Evaluates integer constant expressions with C's (MSVC x64) integer types: literal suffixes,
 * enumeration constants, sizeof, casts, arithmetic, shifts, comparisons, logic and ?:. Macros are
 * already expanded, so CTL_CODE(...) arrives here as its shift-and-or arithmetic. Iterative, so a
 * 10,000-term sum does not overflow the stack.
 */
final class ConstantFolder {
    /** Memo marker for "not a constant". */
    private static final IntegerConstant NOT_CONSTANT = new IntegerConstant(0, 0, false);

    private final ConstantEnvironment environment;
    private final Map<Expression, IntegerConstant> memo;

    /** @param memo an identity map the caller keeps (and, for a shared model, freezes) */
    ConstantFolder(ConstantEnvironment environment, Map<Expression, IntegerConstant> memo) {
        this.environment = environment;
        this.memo = memo;
    }

    OptionalLong value(Expression expression) {
        IntegerConstant c = constant(expression);
        return c == null ? OptionalLong.empty() : OptionalLong.of(c.value());
    }

    @Nullable
    IntegerConstant constant(Expression root) {
        @Nullable IntegerConstant known = Maps.find(memo, root);
        if (known == null) {
            BottomUp.fill(root, memo, ConstantFolder::operands, this::fold);
            known = memo.get(root);
        }
        return known == null || known == NOT_CONSTANT ? null : known;
    }

    private static List<Expression> operands(Expression e) {
        return switch (e) {
            case Parenthesized p -> List.of(p.inner());
            case Unary u -> u.operator().isUnevaluated() ? List.of() : List.of(u.operand());
            case Binary b -> List.of(b.left(), b.right());
            case Cast c -> List.of(c.operand());
            case Comma c -> List.of(c.right());
            case Conditional c -> c.then().isPresent() ? List.of(c.condition(), c.then().get(), c.otherwise())
                    : List.of(c.condition(), c.otherwise());
            // for offsetof: the null pointer a member access starts from, and an element's index
            case MemberAccess m -> List.of(m.base());
            case Index i -> List.of(i.base(), i.index());
            default -> List.of();
        };
    }

    private @Nullable IntegerConstant operand(Expression e) {
        @Nullable IntegerConstant c = Maps.find(memo, e);
        return c == null || c == NOT_CONSTANT ? null : c;
    }

    private IntegerConstant fold(Expression e) {
        IntegerConstant result = switch (e) {
            case Literal literal -> literal(literal);
            case Identifier id -> {
                OptionalLong v = environment.enumConstant(id);
                yield v.isPresent() ? IntegerConstant.of(v.getAsLong(), 32, false) : null;
            }
            case Parenthesized p -> operand(p.inner());
            case Comma c -> operand(c.right());
            case SizeofType s -> size(environment.type(s.type()), s.operator().contains("align"));
            case Unary u -> unary(u);
            case Binary b -> binary(b);
            case Cast c -> cast(environment.type(c.type()), operand(c.operand()));
            case Conditional c -> conditional(c);
            default -> null;
        };
        return result == null ? NOT_CONSTANT : result;
    }

    private @Nullable IntegerConstant size(CType type, boolean alignment) {
        OptionalLong size = alignment ? environment.alignOf(type) : environment.sizeOf(type);
        return size.isPresent() ? IntegerConstant.of(size.getAsLong(), 64, true) : null;
    }

    private @Nullable IntegerConstant unary(Unary u) {
        if (u.operator().isUnevaluated()) {
            return size(environment.typeOf(u.operand()), u.operator() == UnaryOperator.ALIGNOF);
        }
        if (u.operator() == UnaryOperator.ADDRESS_OF) {
            // FIELD_OFFSET and offsetof: &((T *)0)->Field is the field's offset, a constant the WDK uses for sizes
            OptionalLong offset = offsetFromNull(u.operand());
            return offset.isPresent() ? IntegerConstant.of(offset.getAsLong(), 64, true) : null;
        }
        IntegerConstant v = operand(u.operand());
        if (v == null) {
            return null;
        }
        IntegerConstant p = v.promote();
        return switch (u.operator()) {
            case PLUS -> p;
            case MINUS -> IntegerConstant.of(-p.value(), p.bits(), p.unsigned());
            case BITWISE_NOT -> IntegerConstant.of(~p.value(), p.bits(), p.unsigned());
            case LOGICAL_NOT -> IntegerConstant.ofInt(!v.isTrue());
            default -> null;
        };
    }

    private @Nullable IntegerConstant binary(Binary b) {
        IntegerConstant left = operand(b.left());
        IntegerConstant right = operand(b.right());
        switch (b.operator()) {
            case LOGICAL_AND:
                if (left != null && !left.isTrue() || right != null && !right.isTrue()) {
                    return IntegerConstant.INT_ZERO;
                }
                return left != null && right != null ? IntegerConstant.INT_ONE : null;
            case LOGICAL_OR:
                if (left != null && left.isTrue() || right != null && right.isTrue()) {
                    return IntegerConstant.INT_ONE;
                }
                return left != null && right != null ? IntegerConstant.INT_ZERO : null;
            default:
                break;
        }
        if (left == null || right == null) {
            return null;
        }
        if (b.operator() == org.zwlint.core.ast.BinaryOperator.SHIFT_LEFT
                || b.operator() == org.zwlint.core.ast.BinaryOperator.SHIFT_RIGHT) {
            IntegerConstant l = left.promote();
            long count = right.value();
            if (count < 0 || count >= l.bits()) {
                return null;
            }
            int n = (int) count;
            if (b.operator() == org.zwlint.core.ast.BinaryOperator.SHIFT_LEFT) {
                return IntegerConstant.of(l.value() << n, l.bits(), l.unsigned());
            }
            // Normalized 32-bit unsigned values are non-negative, so >> is right for them too.
            return IntegerConstant.of(l.unsigned() ? l.value() >>> n : l.value() >> n, l.bits(), l.unsigned());
        }
        IntegerConstant[] both = IntegerConstant.usual(left, right);
        long x = both[0].value();
        long y = both[1].value();
        int bits = both[0].bits();
        boolean unsigned = both[0].unsigned();
        boolean wideUnsigned = unsigned && bits == 64;
        return switch (b.operator()) {
            case MULTIPLY -> IntegerConstant.of(x * y, bits, unsigned);
            case DIVIDE -> y == 0 ? null
                    : IntegerConstant.of(wideUnsigned ? Long.divideUnsigned(x, y) : x / y, bits, unsigned);
            case REMAINDER -> y == 0 ? null
                    : IntegerConstant.of(wideUnsigned ? Long.remainderUnsigned(x, y) : x % y, bits, unsigned);
            case ADD -> IntegerConstant.of(x + y, bits, unsigned);
            case SUBTRACT -> IntegerConstant.of(x - y, bits, unsigned);
            case BITWISE_AND -> IntegerConstant.of(x & y, bits, unsigned);
            case BITWISE_OR -> IntegerConstant.of(x | y, bits, unsigned);
            case BITWISE_XOR -> IntegerConstant.of(x ^ y, bits, unsigned);
            case LESS -> IntegerConstant.ofInt(compare(x, y, wideUnsigned) < 0);
            case GREATER -> IntegerConstant.ofInt(compare(x, y, wideUnsigned) > 0);
            case LESS_EQUAL -> IntegerConstant.ofInt(compare(x, y, wideUnsigned) <= 0);
            case GREATER_EQUAL -> IntegerConstant.ofInt(compare(x, y, wideUnsigned) >= 0);
            case EQUAL -> IntegerConstant.ofInt(x == y);
            case NOT_EQUAL -> IntegerConstant.ofInt(x != y);
            default -> null;
        };
    }

    /**
     * The offset an lvalue reached from a null pointer lies at: ((T *)0)->A.B[2] is A's offset in T,
     * plus B's in A, plus two elements. Empty for anything not rooted at a constant null pointer.
     */
    private OptionalLong offsetFromNull(Expression lvalue) {
        return switch (lvalue) {
            case Parenthesized p -> offsetFromNull(p.inner());
            case MemberAccess m when m.arrow() -> {
                IntegerConstant base = operand(m.base());
                yield base != null && base.value() == 0 && environment.typeOf(m.base()) instanceof Pointer pointer
                        ? environment.offsetOf(pointer, m.member().name()) : OptionalLong.empty();
            }
            case MemberAccess m -> {
                OptionalLong base = offsetFromNull(m.base());
                OptionalLong field = base.isPresent() ? environment.offsetOf(environment.typeOf(m.base()),
                        m.member().name()) : OptionalLong.empty();
                yield field.isPresent() ? OptionalLong.of(base.getAsLong() + field.getAsLong()) : OptionalLong.empty();
            }
            case Index i -> {
                OptionalLong base = offsetFromNull(i.base());
                IntegerConstant index = base.isPresent() ? operand(i.index()) : null;
                OptionalLong element = index != null ? environment.sizeOf(environment.typeOf(i)) : OptionalLong.empty();
                yield element.isPresent() && index != null
                        ? OptionalLong.of(base.getAsLong() + index.value() * element.getAsLong())
                        : OptionalLong.empty();
            }
            default -> OptionalLong.empty();
        };
    }

    private static int compare(long x, long y, boolean unsigned) {
        return unsigned ? Long.compareUnsigned(x, y) : Long.compare(x, y);
    }

    private @Nullable IntegerConstant conditional(Conditional c) {
        IntegerConstant condition = operand(c.condition());
        if (condition == null) {
            return null;
        }
        IntegerConstant then = c.then().isPresent() ? operand(c.then().get()) : condition;
        IntegerConstant otherwise = operand(c.otherwise());
        if (then != null && otherwise != null) {
            IntegerConstant[] both = IntegerConstant.usual(then, otherwise);
            return condition.isTrue() ? both[0] : both[1];
        }
        return condition.isTrue() ? then : otherwise;
    }

    static @Nullable IntegerConstant cast(CType type, @Nullable IntegerConstant value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case Scalar s when s.equals(Scalar.BOOL) -> IntegerConstant.of(value.isTrue() ? 1 : 0, 8, true);
            case Scalar s when s.isFloating() -> null;
            case Scalar s -> value.convert(s.size() * 8, s.isUnsigned());
            case EnumType e -> value.convert(32, false);
            case Pointer p -> value.convert(64, true);
            default -> null;
        };
    }

    // ------------------------------------------------------------ literals

    static @Nullable IntegerConstant literal(Literal literal) {
        return switch (literal.kind()) {
            case NUMBER -> number(literal.text());
            case CHARACTER -> {
                Optional<Long> v = character(literal.text());
                yield v.isPresent() ? IntegerConstant.of(v.get(), 32, false) : null;
            }
            case STRING -> null;
        };
    }

    /** MSVC's sized integer suffixes: compiled once, not at every literal. */
    private static final java.util.regex.Pattern MSVC_SIZED_SUFFIX = java.util.regex.Pattern.compile("(u?)i(8|16|32|64)$");

    /** An integer literal with its C type: 0x800, 16, 0777, 0xC0000022L, 1ULL, 10i64, 1ui64. */
    static @Nullable IntegerConstant number(String spelling) {
        String text = spelling.toLowerCase(java.util.Locale.ROOT).replace("'", "");
        int end = text.length();
        boolean unsignedSuffix = false;
        int longs = 0;
        boolean msvc64 = false;
        // MSVC's sized suffixes first: i64, ui64, i32, i16, i8.
        java.util.regex.Matcher sized = MSVC_SIZED_SUFFIX.matcher(text);
        boolean hex = text.startsWith("0x");
        if (sized.find()) {
            unsignedSuffix = !sized.group(1).isEmpty();
            msvc64 = sized.group(2).equals("64");
            end = sized.start();
        } else {
            while (end > 0 && (text.charAt(end - 1) == 'u' || text.charAt(end - 1) == 'l')) {
                if (text.charAt(end - 1) == 'u') {
                    unsignedSuffix = true;
                } else {
                    longs++;
                }
                end--;
            }
        }
        String digits = text.substring(0, end);
        long value;
        boolean decimal = false;
        try {
            if (hex) {
                if (digits.contains(".") || digits.contains("p")) {
                    return null;
                }
                value = Long.parseUnsignedLong(digits.substring(2), 16);
            } else if (digits.startsWith("0b")) {
                value = Long.parseUnsignedLong(digits.substring(2), 2);
            } else if (digits.contains(".") || digits.contains("e") || digits.endsWith("f")) {
                return null;
            } else if (digits.length() > 1 && digits.startsWith("0")) {
                value = Long.parseUnsignedLong(digits.substring(1), 8);
            } else {
                value = Long.parseUnsignedLong(digits);
                decimal = true;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        boolean fits32 = Long.compareUnsigned(value, 0x7FFF_FFFFL) <= 0;
        boolean fitsU32 = Long.compareUnsigned(value, 0xFFFF_FFFFL) <= 0;
        boolean fits64 = value >= 0;
        if (msvc64 || longs >= 2) {
            return new IntegerConstant(value, 64, unsignedSuffix || !fits64 && !decimal);
        }
        if (unsignedSuffix) {
            return fitsU32 ? new IntegerConstant(value, 32, true) : new IntegerConstant(value, 64, true);
        }
        if (fits32) {
            return new IntegerConstant(value, 32, false);
        }
        if (!decimal && fitsU32) {
            return new IntegerConstant(value, 32, true);
        }
        if (decimal && fitsU32 && longs == 0) {
            // MSVC gives an unsuffixed decimal above INT_MAX the type unsigned long (C90 rule).
            return new IntegerConstant(value, 32, true);
        }
        return new IntegerConstant(value, 64, !fits64);
    }

    /** The value of a character literal: 'a', L'x', '\n', '\x41', '\0', '\\'. */
    static Optional<Long> character(String spelling) {
        int open = spelling.indexOf('\'');
        int close = spelling.lastIndexOf('\'');
        if (open < 0 || close <= open + 1) {
            return Optional.empty();
        }
        String body = spelling.substring(open + 1, close);
        if (body.charAt(0) != '\\') {
            return Optional.of((long) body.charAt(0));
        }
        if (body.length() < 2) {
            return Optional.empty();
        }
        char c = body.charAt(1);
        return switch (c) {
            case 'n' -> Optional.of(10L);
            case 't' -> Optional.of(9L);
            case 'r' -> Optional.of(13L);
            case 'a' -> Optional.of(7L);
            case 'b' -> Optional.of(8L);
            case 'f' -> Optional.of(12L);
            case 'v' -> Optional.of(11L);
            case 'x', 'X' -> parse(body.substring(2), 16);
            default -> Character.isDigit(c) ? parse(body.substring(1), 8) : Optional.of((long) c);
        };
    }

    private static Optional<Long> parse(String digits, int radix) {
        try {
            return Optional.of(Long.parseLong(digits, radix));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
