package org.zwlint.core.semantics;

import org.eclipse.jdt.annotation.Nullable;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

import org.zwlint.core.ast.Assignment;
import org.zwlint.core.ast.Binary;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.Cast;
import org.zwlint.core.ast.Comma;
import org.zwlint.core.ast.CompoundLiteral;
import org.zwlint.core.ast.Conditional;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.ExpressionStatement;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.Index;
import org.zwlint.core.ast.Literal;
import org.zwlint.core.ast.MemberAccess;
import org.zwlint.core.ast.Parenthesized;
import org.zwlint.core.ast.SizeofType;
import org.zwlint.core.ast.Statement;
import org.zwlint.core.ast.StatementExpression;
import org.zwlint.core.ast.StringSequence;
import org.zwlint.core.ast.Unary;

/**
 * The C type of each expression, memoized per node identity. Sub-expressions are typed first with
 * an explicit stack, so a 10,000-term chain is typed without deep recursion.
 */
final class ExpressionTyper {
    /** sizeof's type, size_t on x64. */
    static final Scalar SIZE_T = Scalar.UNSIGNED_LONG_LONG;
    /** The difference of two pointers, ptrdiff_t on x64. */
    static final Scalar PTRDIFF_T = Scalar.LONG_LONG;

    private final TypeSystem types;
    private final Function<Identifier, Optional<Symbol>> symbols;
    private final Map<Expression, CType> memo = new IdentityHashMap<>();

    ExpressionTyper(TypeSystem types, Function<Identifier, Optional<Symbol>> symbols) {
        this.types = types;
        this.symbols = symbols;
    }

    CType typeOf(Expression root) {
        @Nullable CType known = Maps.find(memo, root);
        if (known != null) {
            return known;
        }
        BottomUp.fill(root, memo, ExpressionTyper::inputs, this::compute);
        @Nullable CType type = Maps.find(memo, root);
        return type == null ? new UnknownType("") : type;
    }

    /** The sub-expressions whose types this expression's type depends on. */
    private static List<Expression> inputs(Expression e) {
        return switch (e) {
            case Parenthesized p -> List.of(p.inner());
            case MemberAccess m -> List.of(m.base());
            case Index i -> List.of(i.base(), i.index());
            case Unary u -> u.operator().isUnevaluated() ? List.of() : List.of(u.operand());
            case Call c -> List.of(c.callee());
            case Assignment a -> List.of(a.target());
            case Comma c -> List.of(c.right());
            case Conditional c -> List.of(c.then().orElse(c.condition()), c.otherwise());
            case Binary b -> b.operator().isComparison() || b.operator().isShortCircuit() ? List.of()
                    : List.of(b.left(), b.right());
            case StatementExpression s -> lastExpression(s).map(List::of).orElse(List.of());
            default -> List.of();
        };
    }

    private static Optional<Expression> lastExpression(StatementExpression s) {
        List<Statement> items = s.body().items();
        if (!items.isEmpty() && items.get(items.size() - 1) instanceof ExpressionStatement last) {
            return last.expression();
        }
        return Optional.empty();
    }

    private CType known(Expression e) {
        @Nullable CType type = Maps.find(memo, e);
        return type == null ? new UnknownType("") : type;
    }

    private CType compute(Expression e) {
        return switch (e) {
            case Identifier id -> identifier(id);
            case Literal literal -> literal(literal);
            case StringSequence strings -> strings.parts().stream()
                    .anyMatch(p -> p instanceof Literal l && isWide(l.text())) ? new Array(Scalar.UNSIGNED_SHORT, OptionalLong.empty())
                            : new Array(Scalar.CHAR, OptionalLong.empty());
            case Parenthesized p -> known(p.inner());
            case MemberAccess m -> member(m);
            case Index i -> index(i);
            case Unary u -> unary(u);
            case Call c -> call(c);
            case Assignment a -> known(a.target());
            case Comma c -> known(c.right());
            case Conditional c -> conditional(known(c.then().orElse(c.condition())), known(c.otherwise()));
            case Binary b -> binary(b);
            case Cast c -> types.resolve(c.type());
            case CompoundLiteral c -> types.resolve(c.type());
            case SizeofType s -> SIZE_T;
            case StatementExpression s -> lastExpression(s).map(this::known).orElse(VoidType.VOID);
            default -> new UnknownType(e.getClass().getSimpleName());
        };
    }

    private CType identifier(Identifier id) {
        Optional<Symbol> symbol = symbols.apply(id);
        if (symbol.isEmpty()) {
            return new UnknownType(id.name());
        }
        return symbol.get().kind() == SymbolKind.TYPEDEF ? new UnknownType(id.name()) : symbol.get().type();
    }

    private static boolean isWide(String text) {
        return text.startsWith("L") || text.startsWith("u") && !text.startsWith("u8");
    }

    private static CType literal(Literal literal) {
        return switch (literal.kind()) {
            case STRING -> new Array(isWide(literal.text()) ? Scalar.UNSIGNED_SHORT : Scalar.CHAR, OptionalLong.empty());
            case CHARACTER -> isWide(literal.text()) ? Scalar.UNSIGNED_SHORT : Scalar.INT;
            case NUMBER -> {
                IntegerConstant c = ConstantFolder.number(literal.text());
                if (c == null) {
                    String t = literal.text().toLowerCase(java.util.Locale.ROOT);
                    yield t.endsWith("f") && !t.startsWith("0x") ? Scalar.FLOAT : Scalar.DOUBLE;
                }
                yield c.bits() == 64 ? (c.unsigned() ? Scalar.UNSIGNED_LONG_LONG : Scalar.LONG_LONG)
                        : (c.unsigned() ? Scalar.UNSIGNED_INT : Scalar.INT);
            }
        };
    }

    private CType member(MemberAccess m) {
        CType base = known(m.base());
        if (m.arrow()) {
            Optional<CType> target = base.pointee();
            if (target.isEmpty()) {
                return new UnknownType("->" + m.member().name());
            }
            base = target.get();
        }
        return types.field(base, m.member().name()).map(Field::type)
                .orElseGet(() -> new UnknownType((m.arrow() ? "->" : ".") + m.member().name()));
    }

    private CType index(Index i) {
        Optional<CType> element = known(i.base()).pointee();
        if (element.isPresent()) {
            return element.get();
        }
        // i[array] is array[i]
        return known(i.index()).pointee().orElse(new UnknownType("[]"));
    }

    private CType unary(Unary u) {
        if (u.operator().isUnevaluated()) {
            return SIZE_T;
        }
        CType operand = known(u.operand());
        return switch (u.operator()) {
            case DEREFERENCE -> operand instanceof FunctionType ? operand
                    : operand.pointee().orElse(new UnknownType("*"));
            case ADDRESS_OF -> operand.isKnown() ? new Pointer(operand) : new UnknownType("&");
            case LOGICAL_NOT -> Scalar.INT;
            case PLUS, MINUS, BITWISE_NOT -> promote(operand);
            default -> operand;
        };
    }

    private CType call(Call c) {
        CType callee = known(c.callee());
        if (callee instanceof Pointer p) {
            callee = p.target();
        }
        return callee instanceof FunctionType f ? f.result() : new UnknownType("call");
    }

    private CType binary(Binary b) {
        if (b.operator().isComparison() || b.operator().isShortCircuit()) {
            return Scalar.INT;
        }
        CType left = decayed(known(b.left()));
        CType right = decayed(known(b.right()));
        return switch (b.operator()) {
            case ADD -> left.isPointer() ? left : right.isPointer() ? right : usual(left, right);
            case SUBTRACT -> left.isPointer() && right.isPointer() ? PTRDIFF_T : left.isPointer() ? left : usual(left, right);
            case SHIFT_LEFT, SHIFT_RIGHT -> promote(left);
            default -> usual(left, right);
        };
    }

    private static CType decayed(CType type) {
        return type instanceof Array a ? new Pointer(a.element()) : type;
    }

    private static CType conditional(CType then, CType otherwise) {
        CType a = decayed(then);
        CType b = decayed(otherwise);
        if (a.isPointer() && !b.isPointer()) {
            return a;
        }
        if (b.isPointer() && !a.isPointer()) {
            return b;
        }
        if (a.isArithmetic() && b.isArithmetic()) {
            return usual(a, b);
        }
        return a.isKnown() ? a : b;
    }

    /** Integer promotion: char, short, _Bool and enums become int. */
    static CType promote(CType type) {
        if (type instanceof EnumType) {
            return Scalar.INT;
        }
        if (type instanceof Scalar s && !s.isFloating() && s.size() < 4) {
            return Scalar.INT;
        }
        return type;
    }

    /** The usual arithmetic conversions: the floating or wider type, unsigned on a tie. */
    static CType usual(CType left, CType right) {
        CType a = promote(left);
        CType b = promote(right);
        if (!(a instanceof Scalar x) || !(b instanceof Scalar y)) {
            return a.isKnown() && !b.isKnown() ? new UnknownType("") : !a.isKnown() ? a : b;
        }
        if (x.isFloating() || y.isFloating()) {
            if (x.isFloating() && y.isFloating()) {
                return x.size() >= y.size() ? x : y;
            }
            return x.isFloating() ? x : y;
        }
        if (x.size() != y.size()) {
            return x.size() > y.size() ? x : y;
        }
        return !x.isUnsigned() && y.isUnsigned() ? y : x;
    }
}
