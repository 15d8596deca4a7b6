package org.zwlint.core.analysis;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.analysis.cfg.CfgNode;
import org.zwlint.core.analysis.cfg.Edge;
import org.zwlint.core.analysis.cfg.EdgeKind;
import org.zwlint.core.ast.Assignment;
import org.zwlint.core.ast.Binary;
import org.zwlint.core.ast.BinaryOperator;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.CaseStatement;
import org.zwlint.core.ast.Cast;
import org.zwlint.core.ast.Comma;
import org.zwlint.core.ast.CompoundLiteral;
import org.zwlint.core.ast.Conditional;
import org.zwlint.core.ast.Declarator;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.Expressions;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.Index;
import org.zwlint.core.ast.InitializerList;
import org.zwlint.core.ast.Literal;
import org.zwlint.core.ast.MemberAccess;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.Parenthesized;
import org.zwlint.core.ast.SizeofType;
import org.zwlint.core.ast.StringSequence;
import org.zwlint.core.ast.Unary;
import org.zwlint.core.ast.UnaryOperator;
import org.zwlint.core.semantics.Array;
import org.zwlint.core.semantics.CType;
import org.zwlint.core.semantics.FunctionType;
import org.zwlint.core.semantics.Pointer;
import org.zwlint.core.semantics.RecordType;
import org.zwlint.core.semantics.SalBuffer;
import org.zwlint.core.semantics.SalFacts;
import org.zwlint.core.semantics.Symbol;
import org.zwlint.core.semantics.SymbolKind;

/**
 * The transfer function of the engine's one fact (a {@link State}): evaluates the expression of a
 * CFG node with its side effects (assignments, calls of known routines and summarized helpers,
 * loads through pointers) and refines a state along an edge (a requestor-mode test, an IOCTL case).
 * In the reporting pass it also tells a {@link FactSink} what it saw. Expressions nest shallowly in
 * real code; past {@link #MAX_DEPTH} an expression is not looked into.
 */
final class Evaluator {
    private static final int MAX_DEPTH = 300;
    /** Nt and Zw system services, however a header declares them. */
    private static final java.util.regex.Pattern SYSTEM_SERVICE = java.util.regex.Pattern.compile("(Nt|Zw)[A-Z]\\w*");
    /**
     * The member each pointer read out of memory through a pointer was read from ({@code Req->Data}: "Data"), by
     * the origin it was born with: a summary names a probe of such a pointer by its parameter and member.
     */
    private final Map<Origin, String> embedded = new java.util.HashMap<>();

    /** How many members of one structure argument a callee's context carries (the first, by name). */
    private static final int MAX_MEMBERS_PASSED = 16;
    private static final long USER_MODE = 1;
    private static final long KERNEL_MODE = 0;

    /** The callback data's flag that says the operation's buffer is a system buffer (fltKernel.h). */
    private static final long FLTFL_CALLBACK_DATA_SYSTEM_BUFFER = 0x8;

    private final UnitContext unit;
    private final FunctionContext context;
    private final Map<Node, Origin> nodeOrigins = new IdentityHashMap<>();
    private final Map<AccessPath, Origin> pathOrigins = new java.util.HashMap<>();
    /**
     * Per FltLockUserBuffer call, a marker origin: its probe in the state says the operation's output buffer is
     * locked on every path here, so a raw output address read later is probed too.
     */
    private final Map<Node, Origin> operationLocks = new IdentityHashMap<>();
    /** The callback data each FltLockUserBuffer marker locks for (its identity origins; empty if not known). */
    private final Map<Origin, List<Origin>> lockedRequests = new IdentityHashMap<>();
    /** The request object each raw buffer address was read out of (its identity origins; empty if not known). */
    private final Map<Origin, List<Origin>> readFromRequest = new IdentityHashMap<>();
    /**
     * Per test of FLTFL_CALLBACK_DATA_SYSTEM_BUFFER in a callback data's Flags, a marker origin: its probe in the
     * state says the operation's buffers are a system buffer on every path here, kernel memory.
     */
    private final Map<Node, Origin> systemBufferTests = new IdentityHashMap<>();
    /** The text of each string constant the function uses, by the origin of its value. */
    private final Map<Origin, String> strings = new IdentityHashMap<>();
    /** The UNICODE_STRING variable each &name value points to, by its origin. */
    private final Map<Origin, AccessPath> addressed = new IdentityHashMap<>();

    private State state = State.initial(Map.of(), Map.of(), false, OptionalLong.empty());
    private FactSink sink = FactSink.NONE;
    private boolean guarded;
    private int depth;

    Evaluator(UnitContext unit, FunctionContext context) {
        this.unit = unit;
        this.context = context;
    }

    State through(CfgNode node, State before, FactSink facts) {
        state = before;
        sink = facts;
        guarded = node.guardedByExcept() || context.callerGuarded();
        depth = 0;
        if (node.kind() == CfgNode.Kind.EXCEPT_FILTER) {
            state = state.failing(); // from here on this path is the one where the guarded code raised
        }
        Optional<Node> element = node.element();
        if (element.isPresent()) {
            if (element.get() instanceof Expression expression) {
                eval(expression);
            } else if (element.get() instanceof Declarator declarator) {
                declare(declarator);
            }
        }
        sink = FactSink.NONE;
        return state;
    }

    /** What {@code !x} is: the opposite test for a mode test (!mode holds for KernelMode), else what x is. */
    private static ValueKind negatedKind(ValueKind kind) {
        return switch (kind) {
            case MODE -> ValueKind.KERNEL_TEST;
            case KERNEL_TEST -> ValueKind.MODE;
            default -> kind; // as before: a NOT keeps what its operand is (a request, a code)
        };
    }

    /** A requestor-mode test trusts one branch; an IOCTL test or case names the code handled there. */
    State along(Edge edge, State after) {
        if (edge.kind() == EdgeKind.CASE && edge.label().isPresent() && edge.label().get() instanceof CaseStatement label) {
            Optional<Node> selector = edge.from().element();
            if (selector.isPresent() && selector.get() instanceof Expression e
                    && peek(e, after).kind() == ValueKind.IOCTL_CODE) {
                OptionalLong code = unit.semantics().constantValue(label.value());
                if (code.isPresent()) {
                    return after.handlingIoctl(code.getAsLong());
                }
            }
            return after;
        }
        if (edge.kind() != EdgeKind.TRUE && edge.kind() != EdgeKind.FALSE) {
            return after;
        }
        Optional<Node> element = edge.from().element();
        if (element.isEmpty() || !(element.get() instanceof Expression condition)) {
            return after;
        }
        boolean onTrue = edge.kind() == EdgeKind.TRUE;
        Expression test = Expressions.stripped(condition);
        while (test instanceof Unary not && not.operator() == UnaryOperator.LOGICAL_NOT) {
            onTrue = !onTrue;
            test = Expressions.stripped(not.operand());
        }
        Optional<Boolean> systemBuffer = systemBufferFlag(test, after);
        if (systemBuffer.isPresent()) {
            return systemBuffer.get() == onTrue ? after.probed(List.of(systemBufferTests.computeIfAbsent(test,
                    t -> new Origin(Places.of(t), "the operation's buffer, a system buffer here", Region.UNKNOWN))),
                    new Probe(false, Optional.empty(), OptionalLong.empty(), Places.of(test), "a system buffer"))
                    : after;
        }
        if (test instanceof Binary range && isOrdering(range.operator())) {
            State bounded = boundedBelow(range, onTrue, after);
            return UserRangeCheck.of(range, onTrue).map(check -> checkedBelowUserLimit(check, bounded)).orElse(bounded);
        }
        Optional<State> nullHere = nullTested(test, onTrue).flatMap(pointer -> nullPointer(pointer, after));
        if (nullHere.isPresent()) {
            return nullHere.get();
        }
        if (test instanceof Binary comparison && (comparison.operator() == BinaryOperator.EQUAL
                || comparison.operator() == BinaryOperator.NOT_EQUAL)) {
            boolean equalHolds = onTrue == (comparison.operator() == BinaryOperator.EQUAL);
            Value left = peek(comparison.left(), after);
            Value right = peek(comparison.right(), after);
            OptionalLong rightConstant = unit.semantics().constantValue(comparison.right());
            OptionalLong leftConstant = unit.semantics().constantValue(comparison.left());
            if (equalHolds && left.userScalar() && rightConstant.isPresent()) {
                return withFloor(comparison.left(), rightConstant.getAsLong(), after); // length == sizeof(X)
            }
            if (equalHolds && right.userScalar() && leftConstant.isPresent()) {
                return withFloor(comparison.right(), leftConstant.getAsLong(), after);
            }
            Value subject = left.kind() == ValueKind.DATA ? right : left;
            Value other = subject == left ? right : left;
            OptionalLong constant = other.constant().isPresent() ? other.constant()
                    : unit.semantics().constantValue(subject == left ? comparison.right() : comparison.left());
            if (constant.isEmpty()) {
                return after;
            }
            long value = constant.getAsLong();
            if (subject.kind() == ValueKind.MODE) {
                boolean kernelHere = equalHolds ? value == KERNEL_MODE : value == USER_MODE;
                return kernelHere ? after.trusting() : after;
            }
            if (subject.kind() == ValueKind.IOCTL_CODE && equalHolds) {
                return after.handlingIoctl(value);
            }
            return after;
        }
        // if (mode) ... : a nonzero mode is UserMode, so the false branch is KernelMode.
        ValueKind tested = peek(test, after).kind();
        if (tested == ValueKind.MODE) {
            return onTrue ? after : after.trusting();
        }
        if (tested == ValueKind.KERNEL_TEST) {
            return onTrue ? after.trusting() : after;
        }
        return after;
    }

    /**
     * The branch of {@code length < c} (either way round, any of < <= > >=) where a number the
     * requestor chose is at least a constant: what the driver checked before trusting it.
     */
    private State boundedBelow(Binary comparison, boolean onTrue, State after) {
        OptionalLong right = unit.semantics().constantValue(comparison.right());
        OptionalLong left = unit.semantics().constantValue(comparison.left());
        if (right.isPresent() == left.isPresent()) {
            return after;
        }
        BinaryOperator operator = comparison.operator();
        boolean greater = operator == BinaryOperator.GREATER || operator == BinaryOperator.GREATER_EQUAL;
        boolean strict = operator == BinaryOperator.GREATER || operator == BinaryOperator.LESS;
        if (left.isPresent()) {
            greater = !greater; // c < x is x > c
        }
        if (!onTrue) {
            greater = !greater; // !(x < c) is x >= c
            strict = !strict;
        }
        long c = right.isPresent() ? right.getAsLong() : left.getAsLong();
        Expression subject = right.isPresent() ? comparison.left() : comparison.right();
        if (!greater) {
            // past if (length > MAX) return; a signed length compared as signed may still be negative there,
            // unless an earlier check gave it a floor of 0
            Expression other = right.isPresent() ? comparison.right() : comparison.left();
            if (unit.semantics().mayBeNegative(subject, other)
                    && peek(subject, after).floor().orElse(Long.MIN_VALUE) < 0) {
                return after;
            }
            return withCeiling(subject, strict ? c - 1 : c, after);
        }
        return withFloor(subject, strict ? c + 1 : c, after);
    }

    /**
     * A side of {@code x < MAX ? x : MAX} that the test bounds from above: where {@code x < MAX} held, x is at most
     * MAX - 1 (any of < <= > >=, either way round); the test and the side must name the same number.
     */
    private Value chosenBelow(Expression condition, boolean holds, Expression side, Value value) {
        if (!value.userScalar() || !(Expressions.stripped(condition) instanceof Binary test)
                || !isOrdering(test.operator())) {
            return value;
        }
        OptionalLong right = unit.semantics().constantValue(test.right());
        OptionalLong left = unit.semantics().constantValue(test.left());
        if (right.isPresent() == left.isPresent()) {
            return value;
        }
        Expression subject = right.isPresent() ? test.left() : test.right();
        if (!ExpressionText.of(Expressions.stripped(subject)).equals(ExpressionText.of(Expressions.stripped(side)))) {
            return value;
        }
        BinaryOperator operator = test.operator();
        boolean less = operator == BinaryOperator.LESS || operator == BinaryOperator.LESS_EQUAL;
        boolean strict = operator == BinaryOperator.LESS || operator == BinaryOperator.GREATER;
        if (left.isPresent()) {
            less = !less; // MAX > x is x < MAX
        }
        if (!holds) {
            less = !less;
            strict = !strict;
        }
        long c = right.isPresent() ? right.getAsLong() : left.getAsLong();
        if (less && unit.semantics().mayBeNegative(subject, right.isPresent() ? test.right() : test.left())
                && value.floor().orElse(Long.MIN_VALUE) < 0) {
            return value; // min(len, MAX) of a signed len that may be negative is no ceiling
        }
        return less ? value.withCeiling(strict ? c - 1 : c) : value;
    }

    /** The state where the number {@code subject} holds is at most {@code most}, and so is every copy of it. */
    private State withCeiling(Expression subject, long most, State after) {
        return bounded(subject, after, number -> number.withCeiling(most));
    }

    /** The state where the number {@code subject} holds is at least {@code least}, and so is every copy of it. */
    private State withFloor(Expression subject, long least, State after) {
        return bounded(subject, after, number -> number.withFloor(least));
    }

    /** The state where the requestor's number {@code subject}, and every copy of it, is {@code bound} as a check says. */
    private State bounded(Expression subject, State after, java.util.function.UnaryOperator<Value> bound) {
        Expression stripped = Expressions.stripped(subject);
        if (!(stripped instanceof Identifier || stripped instanceof MemberAccess)) {
            return after; // length + 8 > 16 says nothing this simple about length itself
        }
        Value number = peek(subject, after);
        if (!number.userScalar() || number.origins().isEmpty()) {
            return after;
        }
        // Collected first, then assigned shorter paths first: an assignment forgets what is under its path.
        Map<AccessPath, Value> copies = new java.util.LinkedHashMap<>();
        after.forEachPath((path, held) -> {
            if (held.userScalar() && held.origins().equals(number.origins())) {
                copies.put(path, bound.apply(held));
            }
        });
        State next = after.assignAll(copies);
        Optional<AccessPath> path = pathOf(stripped);
        return path.isPresent() ? next.assign(path.get(), bound.apply(number)) : next;
    }

    /**
     * How many bytes a probe of a length that is not a constant covers for sure here: the least value
     * the requestor's number can have on this path (0 when nothing was checked: ProbeForRead of 0
     * bytes checks nothing). Empty when the length is not simply the requestor's number.
     */
    private OptionalLong probedAtLeast(Optional<Probe> probe) {
        if (probe.isEmpty() || probe.get().constantLength().isPresent() || probe.get().length().isEmpty()) {
            return OptionalLong.empty();
        }
        Expression length = Expressions.stripped(probe.get().length().get());
        if (!(length instanceof Identifier || length instanceof MemberAccess)) {
            return OptionalLong.empty();
        }
        Value number = peek(length, state);
        return number.userScalar() && !number.origins().isEmpty() ? OptionalLong.of(number.floor().orElse(0))
                : OptionalLong.empty();
    }

    /**
     * The pointer a test finds NULL on this branch: {@code p} tested false, {@code p == NULL} true,
     * {@code p != NULL} false (either way round); empty for any other test or branch.
     */
    private Optional<Expression> nullTested(Expression test, boolean onTrue) {
        if (test instanceof Binary comparison && (comparison.operator() == BinaryOperator.EQUAL
                || comparison.operator() == BinaryOperator.NOT_EQUAL)) {
            boolean equalHolds = onTrue == (comparison.operator() == BinaryOperator.EQUAL);
            if (!equalHolds) {
                return Optional.empty();
            }
            if (isZero(comparison.right())) {
                return Optional.of(comparison.left());
            }
            return isZero(comparison.left()) ? Optional.of(comparison.right()) : Optional.empty();
        }
        return onTrue ? Optional.empty() : Optional.of(test);
    }

    private boolean isZero(Expression expression) {
        OptionalLong value = unit.semantics().constantValue(expression);
        return value.isPresent() && value.getAsLong() == 0;
    }

    /**
     * The branch where a user pointer is NULL: nothing it reaches there is kernel memory (an access
     * faults at page zero), so it counts as probed. Then {@code if (p) ProbeForWrite(p, ...)} and a
     * later {@code if (p) *p = x;} agree: on every path p was probed or is NULL. Empty where the
     * expression is not a user pointer.
     */
    private Optional<State> nullPointer(Expression pointer, State after) {
        CType type = unit.semantics().typeOf(pointer);
        if (!(type instanceof Pointer || type instanceof org.zwlint.core.semantics.UnknownType)) {
            return Optional.empty(); // most tests are of numbers and truth values: not evaluated a second time
        }
        Value value = peek(pointer, after);
        if (value.region() != Region.USER || value.origins().isEmpty()) {
            return Optional.empty(); // not a user pointer (a mode, a length): the tests below read it
        }
        return Optional.of(after.probed(value.origins(), Probe.ofNull(Places.of(pointer))));
    }

    private static boolean isOrdering(BinaryOperator operator) {
        return operator.isComparison() && operator != BinaryOperator.EQUAL && operator != BinaryOperator.NOT_EQUAL;
    }

    /**
     * The branch where a user pointer (plus a length) was compared below MmUserProbeAddress: the
     * check ProbeForRead/ProbeForWrite make, written out by hand. It covers the pointer's origins
     * like a probe of that length.
     */
    private State checkedBelowUserLimit(UserRangeCheck check, State after) {
        Value pointer = peek(check.pointer(), after);
        if (pointer.region() != Region.USER || pointer.origins().isEmpty()) {
            return after;
        }
        OptionalLong constant = check.length().map(l -> unit.semantics().constantValue(l)).orElse(OptionalLong.empty());
        return after.probed(pointer.origins(), new Probe(true, check.length(), constant, Places.of(check.comparison()),
                "the comparison with " + check.limit()));
    }

    /** The value of an expression in a state, without changing it or reporting anything. */
    Value peek(Expression e, State in) {
        State saved = state;
        FactSink savedSink = sink;
        int savedDepth = depth;
        state = in;
        sink = FactSink.NONE;
        depth = 0;
        try {
            return eval(e);
        } finally {
            state = saved;
            sink = savedSink;
            depth = savedDepth;
        }
    }

    // ------------------------------------------------------------------ declarations

    private void declare(Declarator declarator) {
        Optional<Identifier> name = declarator.declaredName();
        Optional<Expression> init = declarator.initializer();
        if (name.isEmpty() || init.isEmpty()) {
            return;
        }
        Value value = eval(init.get());
        Optional<Symbol> symbol = unit.semantics().declaredBy(declarator);
        if (symbol.isPresent() && init.get() instanceof InitializerList list
                && symbol.get().type() instanceof RecordType record) {
            initializeFields(AccessPath.of(symbol.get()), record, list);
            return;
        }
        if (symbol.isPresent()) {
            state = state.assign(AccessPath.of(symbol.get()),
                    value.step(Places.of(declarator), "stored in " + symbol.get().name()));
            stringCopiedFromUser(AccessPath.of(symbol.get()), symbol.get().type(), init.get(), value);
        }
    }

    /**
     * A UNICODE_STRING copied whole out of the requestor's data (name = request->Name): the copy's Buffer is the
     * address the requestor wrote there, a user pointer. (A copy of a name the I/O manager captured keeps kernel
     * characters; see {@link #derive}.)
     */
    private void stringCopiedFromUser(AccessPath target, CType type, Expression source, Value copied) {
        Expression from = Expressions.stripped(source);
        boolean load = from instanceof MemberAccess || from instanceof Index
                || (from instanceof Unary u && u.operator() == UnaryOperator.DEREFERENCE);
        if (load && type instanceof RecordType record && ObjectAttributesSupport.isString(record)
                && copied.userContents() && !capturedName(copied) && target.canExtend()) {
            state = state.assign(target.with(".Buffer"), copiedUserBuffer(target, Places.of(from)));
        }
    }

    /**
     * { a, b, c } for a struct fills its fields in order, so RTL_CONSTANT_STRING(L"...") gives
     * name.Buffer and RTL_CONSTANT_OBJECT_ATTRIBUTES(n, a) gives oa.ObjectName and oa.Attributes.
     */
    private void initializeFields(AccessPath variable, RecordType record, InitializerList list) {
        state = state.assign(variable, Value.UNKNOWN);
        List<org.zwlint.core.semantics.Field> fields = unit.semantics().types().fields(record);
        for (int i = 0; i < list.items().size() && i < fields.size(); i++) {
            Expression item = list.items().get(i);
            if (item instanceof org.zwlint.core.ast.DesignatedInitializer) {
                return; // designated members are not positional; what they set is not followed here
            }
            Value field = eval(item);
            if (ObjectAttributesSupport.isObjectAttributes(record) && fields.get(i).name().equals("Attributes")) {
                field = ObjectAttributesSupport.attributesSetAt(field, item,
                        originFor(item, "the Attributes set here", Region.UNKNOWN));
            }
            if (variable.canExtend()) {
                state = state.assign(variable.with("." + fields.get(i).name()), field);
            }
        }
    }

    /** Whether an lvalue is the named field of an OBJECT_ATTRIBUTES (oa.Attributes, (&oa)->Attributes, p->Attributes). */
    private boolean isObjectAttributesField(Expression target, String field) {
        if (!(Expressions.stripped(target) instanceof MemberAccess m) || !m.member().name().equals(field)) {
            return false;
        }
        CType base = unit.semantics().typeOf(m.base());
        if (m.arrow() && base instanceof Pointer pointer) {
            base = pointer.target();
        }
        return base instanceof RecordType record && ObjectAttributesSupport.isObjectAttributes(record);
    }

    // ------------------------------------------------------------------ expressions

    Value eval(Expression e) {
        if (depth > MAX_DEPTH) {
            return Value.UNKNOWN;
        }
        depth++;
        try {
            return evalUnguarded(e);
        } finally {
            depth--;
        }
    }

    private Value evalUnguarded(Expression e) {
        // The commonest kinds before the pattern switch, which the client compiler runs through a method handle.
        if (e instanceof Identifier id) {
            return readVariable(id);
        }
        if (e instanceof MemberAccess m) {
            return isArray(m) ? addressOf(m) : read(location(m));
        }
        return switch (e) {
            case Identifier id -> readVariable(id);
            case Literal literal -> literal.kind() == Literal.Kind.STRING ? stringLiteral(literal)
                    : constantOf(literal);
            case StringSequence sequence -> stringLiteral(sequence);
            case Parenthesized p -> eval(p.inner());
            case Cast cast -> cast(cast);
            case MemberAccess m -> isArray(m) ? addressOf(m) : read(location(m));
            case Index index -> isArray(index) ? addressOf(index) : read(location(index));
            case Unary u -> unary(u);
            case SizeofType sizeof -> constantOf(sizeof);
            case Binary b -> binary(b);
            case Assignment a -> assign(a);
            case Comma c -> {
                eval(c.left());
                yield eval(c.right());
            }
            case Conditional c -> {
                Value condition = eval(c.condition());
                Value then = c.then().isPresent() ? eval(c.then().get()) : condition;
                Value otherwise = eval(c.otherwise());
                if (c.then().isPresent()) { // min(length, MAX): each side is bounded where the test chose it
                    then = chosenBelow(c.condition(), true, c.then().get(), then);
                    otherwise = chosenBelow(c.condition(), false, c.otherwise(), otherwise);
                }
                yield then.join(otherwise);
            }
            case Call call -> call(call);
            case InitializerList list -> {
                Value joined = Value.UNKNOWN;
                for (Expression item : list.items()) {
                    joined = joined.join(eval(item));
                }
                yield joined.withRegion(Region.UNKNOWN);
            }
            case CompoundLiteral literal -> {
                eval(literal.initializer());
                yield Value.kernelPointer();
            }
            default -> Value.UNKNOWN; // _Generic, GNU statement expressions, designators
        };
    }

    /**
     * A number the requestor chose, cast to a pointer, is an address the requestor chose: drivers
     * carry addresses in ULONG64 or ULONG_PTR fields of their input as often as in pointer fields.
     */
    private Value cast(Cast cast) {
        Value operand = eval(cast.operand());
        if (operand.userScalar() && operand.region() == Region.UNKNOWN && isPointer(cast)) {
            Origin origin = originFor(cast, "`" + ExpressionText.of(cast) + "` turns a number the requestor chose into"
                    + " an address (a user pointer)", Region.USER, BufferSource.ADDRESS_NUMBER, firstOrigin(operand));
            return continued(operand, Value.pointer(Region.USER, true, origin));
        }
        return operand.withConstant(unit.semantics().constantValue(cast));
    }

    private Value constantOf(Expression e) {
        OptionalLong constant = unit.semantics().constantValue(e);
        return constant.isPresent() ? Value.constant(constant.getAsLong()) : Value.UNKNOWN;
    }

    private Value stringLiteral(Expression literal) {
        Origin origin = nodeOrigins.computeIfAbsent(literal, n -> new Origin(Places.of(n), "a string in the driver's image",
                Region.KERNEL, KernelAddress.IMAGE, false));
        strings.putIfAbsent(origin, ObjectAttributesSupport.stringText(literal));
        return Value.pointer(Region.KERNEL, false, origin);
    }

    private Value unary(Unary u) {
        return switch (u.operator()) {
            case SIZEOF, ALIGNOF -> constantOf(u);
            case DEREFERENCE -> read(location(u));
            case ADDRESS_OF -> addressOf(u.operand());
            case PRE_INCREMENT, PRE_DECREMENT, POST_INCREMENT, POST_DECREMENT -> {
                Value old = update(u.operand(), value -> value.withConstant(OptionalLong.empty()));
                yield old.withConstant(OptionalLong.empty());
            }
            default -> {
                Value operand = eval(u.operand());
                if (u.operator() == UnaryOperator.LOGICAL_NOT) {
                    operand = operand.withoutKernelAddresses(); // a truth value, not an address
                }
                yield new Value(u.operator() == UnaryOperator.LOGICAL_NOT ? negatedKind(operand.kind()) : operand.kind(),
                        Region.UNKNOWN, false, operand.userScalar(),
                        operand.requestMode(), operand.origins(), operand.trail(), unit.semantics().constantValue(u));
            }
        };
    }

    private Value binary(Binary b) {
        Value left = eval(b.left());
        Value right = eval(b.right());
        OptionalLong constant = unit.semantics().constantValue(b);
        if (b.operator().isComparison() || b.operator().isShortCircuit()) {
            return constant.isPresent() ? Value.constant(constant.getAsLong()) : modeTest(b, left, right);
        }
        boolean leftPointer = isPointer(b.left());
        boolean rightPointer = isPointer(b.right());
        if ((leftPointer || rightPointer) && (b.operator() == BinaryOperator.ADD
                || b.operator() == BinaryOperator.SUBTRACT)) {
            if (leftPointer && rightPointer) {
                return Value.UNKNOWN; // a difference of two pointers is a number
            }
            Value pointer = leftPointer ? left : right;
            return pointer.withConstant(OptionalLong.empty()); // same object, same origins
        }
        // Integer arithmetic on addresses (an offset between two of them, a masked pointer) is a number.
        Value number = (left.userScalar() ? left : right).withoutKernelAddresses();
        Value result = new Value(ValueKind.DATA, Region.UNKNOWN, false, left.userScalar() || right.userScalar(),
                RequestMode.UNKNOWN, number.origins(), number.trail(), constant);
        OptionalLong most = largest(b.operator(), left, right);
        return result.userScalar() && constant.isEmpty() && most.isPresent() ? result.withCeiling(most.getAsLong())
                : result;
    }

    /**
     * A mode compared with KernelMode or UserMode, kept in a variable ({@code shouldProbe = mode != KernelMode}):
     * a MODE where the result holds exactly for UserMode (a nonzero mode is UserMode), a KERNEL_TEST where
     * it holds exactly for KernelMode; a test of the variable then trusts a branch as a test of the mode does.
     */
    private Value modeTest(Binary b, Value left, Value right) {
        if (b.operator() != BinaryOperator.EQUAL && b.operator() != BinaryOperator.NOT_EQUAL) {
            return Value.UNKNOWN;
        }
        Value mode = left.kind() == ValueKind.MODE ? left : right;
        if (mode.kind() != ValueKind.MODE) {
            return Value.UNKNOWN; // nearly every comparison: nothing more to look up
        }
        OptionalLong other = unit.semantics().constantValue(mode == left ? b.right() : b.left());
        if (other.isEmpty() || other.getAsLong() != KERNEL_MODE && other.getAsLong() != USER_MODE) {
            return Value.UNKNOWN;
        }
        boolean holdsForUser = (b.operator() == BinaryOperator.EQUAL) == (other.getAsLong() == USER_MODE);
        Value test = mode.withConstant(OptionalLong.empty());
        return holdsForUser ? test : test.withKind(ValueKind.KERNEL_TEST);
    }

    /**
     * The most a sum or a product of two bounded, non-negative numbers can be: count * sizeof(ENTRY) after
     * {@code count <= MAX} is at most MAX * sizeof(ENTRY).
     */
    private static OptionalLong largest(BinaryOperator operator, Value left, Value right) {
        OptionalLong a = left.atMost();
        OptionalLong b = right.atMost();
        if (a.isEmpty() || b.isEmpty() || a.getAsLong() < 0 || b.getAsLong() < 0
                || a.getAsLong() > Integer.MAX_VALUE || b.getAsLong() > Integer.MAX_VALUE) {
            return OptionalLong.empty();
        }
        return switch (operator) {
            case ADD -> OptionalLong.of(a.getAsLong() + b.getAsLong());
            case MULTIPLY -> OptionalLong.of(a.getAsLong() * b.getAsLong());
            default -> OptionalLong.empty();
        };
    }

    private Value assign(Assignment a) {
        Value value = eval(a.value());
        if (a.operator().compound().isPresent()) {
            Value operand = value;
            Value[] result = {value};
            update(a.target(), old -> { // the target is read once: ++*++*p must not cost 2^depth
                OptionalLong folded = Constants.fold(a.operator().compound().get(), old.constant(),
                        operand.constant());
                Value combined = isPointer(a.target()) ? old.withConstant(OptionalLong.empty())
                        : new Value(ValueKind.DATA, Region.UNKNOWN, false, old.userScalar() || operand.userScalar(),
                                RequestMode.UNKNOWN, old.origins(), old.trail(), folded);
                result[0] = isObjectAttributesField(a.target(), "Attributes")
                        ? ObjectAttributesSupport.attributesSetAt(combined, a.value(),
                                originFor(a.value(), "the Attributes set here", Region.UNKNOWN))
                        : combined;
                return result[0];
            });
            return result[0];
        }
        if (isObjectAttributesField(a.target(), "Attributes")) {
            value = ObjectAttributesSupport.attributesSetAt(value, a.value(),
                    originFor(a.value(), "the Attributes set here", Region.UNKNOWN));
        }
        write(a.target(), value);
        Expression target = Expressions.stripped(a.target());
        if (target instanceof Identifier id) {
            Optional<Symbol> symbol = unit.semantics().symbol(id);
            if (symbol.isPresent() && symbol.get().kind() != SymbolKind.FUNCTION) {
                stringCopiedFromUser(AccessPath.of(symbol.get()), symbol.get().type(), a.value(), value);
            }
        }
        return value;
    }

    /** An array-typed lvalue names its storage: using it computes an address and reads nothing. */
    private boolean isArray(Expression e) {
        return unit.semantics().typeOf(e) instanceof Array;
    }

    private boolean isPointer(Expression e) {
        CType type = unit.semantics().typeOf(e);
        return type instanceof Pointer || type instanceof Array;
    }

    // ------------------------------------------------------------------ variables and memory

    private Value readVariable(Identifier id) {
        Optional<Symbol> symbol = unit.semantics().symbol(id);
        if (symbol.isEmpty()) {
            return Value.UNKNOWN;
        }
        Symbol s = symbol.get();
        if (s.kind() == SymbolKind.ENUM_CONSTANT) {
            return constantOf(id);
        }
        if (s.kind() == SymbolKind.FUNCTION) {
            return Value.pointer(Region.KERNEL, false, kernelOrigin(id, "the address of " + s.name() + ", a function"
                    + " in the driver's image", KernelAddress.IMAGE));
        }
        if (s.type() instanceof Array) {
            return storageAddress(id, s).withUserContents(state.get(AccessPath.of(s)).map(Value::userContents)
                    .orElse(false)); // an array names its own (kernel) storage
        }
        Optional<Value> stored = state.get(AccessPath.of(s));
        if (stored.isEmpty() && KernelObjects.isObjectPointer(s.type())) {
            return Value.pointer(Region.KERNEL, false, kernelOrigin(id, s.name() + ", a pointer to a kernel "
                    + KernelObjects.name(s.type()), KernelAddress.OBJECT));
        }
        return stored.orElse(Value.UNKNOWN);
    }

    /** A place in memory: the pointer it is reached through and the member path below it. */
    private record Location(Node node, Value pointer, String member, Optional<AccessPath> path,
            boolean throughPointer) {
        /** Spelled only when a fact or a message needs it: most locations never appear in one. */
        String text() {
            return ExpressionText.of(node);
        }
    }

    private Location location(Expression e) {
        Expression at = e instanceof Parenthesized p ? Expressions.stripped(p) : e;
        Optional<AccessPath> path = pathOf(at);
        switch (at) {
            case MemberAccess m when m.arrow() -> {
                return new Location(at, eval(m.base()), m.member().name(), path, true);
            }
            case MemberAccess m -> {
                Location base = location(m.base());
                return new Location(at, base.pointer(), join(base.member(), m.member().name()), path,
                        base.throughPointer());
            }
            case Index index -> {
                Value offset = eval(index.index());
                if (unit.semantics().typeOf(index.base()) instanceof Array
                        && !(Expressions.stripped(index.base()) instanceof Identifier)) {
                    Location base = location(index.base());
                    return new Location(at, base.pointer(), join(base.member(), "[]"), path, base.throughPointer());
                }
                Value pointer = eval(index.base());
                if (offset.userScalar()) {
                    pointer = pointer.step(Places.of(index.index()), "indexed by a number the user controls");
                }
                return new Location(at, pointer, "[]", path, !(unit.semantics().typeOf(index.base())
                        instanceof Array));
            }
            case Unary u when u.operator() == UnaryOperator.DEREFERENCE -> {
                return new Location(at, eval(u.operand()), "*", path, true);
            }
            case Identifier id -> {
                Value variable = readVariable(id);
                Value storage = capturedName(variable) // a copy of a captured name: what it holds stays that name's
                        ? new Value(ValueKind.DATA, Region.KERNEL, true, false, RequestMode.UNKNOWN, variable.origins(),
                                variable.trail(), OptionalLong.empty())
                        : Value.kernelPointer().withUserContents(variable.userContents());
                return new Location(at, storage, "", path, false);
            }
            default -> {
                Value value = eval(at);
                return new Location(at, value, "*", path, true);
            }
        }
    }

    /** {@code &p[i]} or {@code p + i}: the argument points at an element of the buffer, not at its start. */
    private static boolean elementOf(Expression argument) {
        Expression at = Expressions.stripped(argument);
        return at instanceof Unary u && u.operator() == UnaryOperator.ADDRESS_OF
                && Expressions.stripped(u.operand()) instanceof Index
                || at instanceof Binary b && b.operator() == BinaryOperator.ADD;
    }

    private static String join(String member, String next) {
        return member.isEmpty() ? next : member.concat(".").concat(next); // concat: no indy string building in C1
    }

    /** The access path an lvalue names, if it has one: in->Target, *p, local.Field. */
    private Optional<AccessPath> pathOf(Expression e) {
        return switch (e) {
            case Identifier id -> unit.semantics().symbol(id).filter(s -> s.kind() != SymbolKind.FUNCTION
                    && s.kind() != SymbolKind.ENUM_CONSTANT).map(AccessPath::of);
            case Parenthesized p -> pathOf(p.inner());
            case Cast c -> pathOf(c.operand());
            case MemberAccess m when m.arrow() && Expressions.stripped(m.base()) instanceof Unary address
                    && address.operator() == UnaryOperator.ADDRESS_OF -> pathOf(Expressions.stripped(address.operand()))
                            .filter(AccessPath::canExtend).map(base -> base.with(".".concat(m.member().name())));
            case MemberAccess m -> pathOf(m.base()).filter(AccessPath::canExtend)
                    .map(base -> base.with((m.arrow() ? "->" : ".").concat(m.member().name())));
            case Index i -> pathOf(i.base()).filter(AccessPath::canExtend).map(base -> base.with("[]"));
            case Unary u when u.operator() == UnaryOperator.DEREFERENCE -> pathOf(u.operand())
                    .filter(AccessPath::canExtend).map(base -> base.with("*"));
            default -> Optional.empty();
        };
    }

    private Value read(Location at) {
        Value pointer = at.pointer();
        if (at.throughPointer()) {
            reportAccess(at, pointer, AccessKind.DEREFERENCE, false, Optional.empty());
        }
        boolean volatileMemory = at.throughPointer() && pointer.region().userWritable();
        if (!volatileMemory && at.path().isPresent()) {
            Optional<Value> stored = state.get(at.path().get());
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        if (volatileMemory) {
            fetch(at, pointer);
        }
        Value derived = derive(at);
        if (!volatileMemory && at.path().isPresent() && derived != Value.UNKNOWN) {
            state = state.assign(at.path().get(), derived); // kernel memory reads the same next time
        }
        return derived;
    }

    private void fetch(Location at, Value pointer) {
        for (Origin origin : pointer.origins()) {
            FetchKey key = new FetchKey(origin, at.member());
            List<Node> earlier = state.reads(key).isEmpty() ? state.reads(new FetchKey(origin, FetchKey.WHOLE_BUFFER))
                    : state.reads(key);
            if (sink != FactSink.NONE) {
                sink.accept(new FetchFact(at.node(), Places.of(at.node()), key, at.text(), pointer, earlier,
                        state.trusted(), currentIoctl()));
            }
            state = state.fetch(key, at.node());
        }
    }

    /** What a load through a pointer yields when nothing stored there is known. */
    private Value derive(Location at) {
        Value pointer = at.pointer();
        CType type = unit.semantics().typeOf((Expression) at.node());
        if (pointer.kind() == ValueKind.REQUEST) {
            String member = at.member();
            Optional<RequestFields.Field> field = RequestFields.field(member);
            if (field.isEmpty() && parametersAlias(at.node())) {
                member = RequestTypes.PARAMETERS.concat(member); // params->X of params = &Data->Iopb->Parameters
                field = RequestFields.field(member);
            }
            if (field.isPresent()) {
                return requestField(at, member, field.get(), pointer.requestMode());
            }
            if (RequestTypes.isRequest(type)) {
                return Value.request(pointer.requestMode(), pointer.origins());
            }
            return kernelObject(at, type, pointer);
        }
        boolean userData = pointer.region().userWritable() || pointer.userContents();
        if (!userData) {
            return kernelObject(at, type, pointer);
        }
        String from = pointer.region() == Region.USER ? "user memory"
                : pointer.region() == Region.SHARED ? "pages shared with the user process" : "the requestor's data";
        boolean capturedName = capturedName(pointer);
        if (capturedName && (type instanceof RecordType || type instanceof Array)) {
            // A copy of the string itself (UNICODE_STRING s = *name): still the captured name.
            return new Value(ValueKind.DATA, Region.UNKNOWN, true, false, RequestMode.UNKNOWN, pointer.origins(),
                    pointer.trail(), OptionalLong.empty());
        }
        if (type instanceof Pointer && capturedName) {
            // The string's Buffer: kernel memory the I/O manager filled with the requestor's characters.
            return continued(pointer, Value.pointer(Region.KERNEL, true, originFor(at, () -> "`" + at.text()
                    + "`, the characters of " + pointer.origins().get(0).description(), Region.KERNEL,
                    BufferSource.CAPTURED_NAME, firstOrigin(pointer))));
        }
        if (type instanceof Pointer) {
            Origin origin = originFor(at, () -> "`" + at.text() + "` is a pointer read from " + from
                    + ", so it holds whatever address the requestor chose (a user pointer)", Region.USER,
                    BufferSource.EMBEDDED, firstOrigin(pointer));
            if (!at.member().isEmpty() && !at.member().contains("[]") && pointer.origins().size() == 1) {
                embedded.putIfAbsent(origin, at.member());
            }
            return continued(pointer, Value.pointer(Region.USER, true, origin));
        }
        if (type instanceof RecordType || type instanceof Array) {
            return continued(pointer, Value.UNKNOWN.withRegion(Region.UNKNOWN).withUserContents(true));
        }
        Origin origin = originFor(at, () -> "`" + at.text() + "` is read from " + from + ", so the requestor chose it",
                Region.UNKNOWN, BufferSource.EMBEDDED, firstOrigin(pointer));
        return continued(pointer, Value.userNumber(origin));
    }

    /** Whether an access reaches memory through a pointer to a request's parameters (a PFLT_PARAMETERS). */
    private boolean parametersAlias(Node access) {
        Node at = access;
        while (at instanceof MemberAccess m && !m.arrow()) {
            at = Expressions.stripped(m.base());
        }
        return at instanceof MemberAccess m && m.arrow()
                && RequestTypes.isParameters(unit.semantics().typeOf(m.base()));
    }

    /**
     * Whether the value is, or is the address of a copy of, a name the I/O manager captured: its characters are the
     * requestor's, its Buffer is kernel memory.
     */
    private boolean capturedName(Value value) {
        if (bornCapturedName(value)) {
            return true;
        }
        AccessPath variable = value.origins().size() == 1 ? addressed.get(value.origins().get(0)) : null;
        return variable != null && state.get(variable).map(Evaluator::bornCapturedName).orElse(false);
    }

    private static boolean bornCapturedName(Value value) {
        return !value.origins().isEmpty()
                && value.origins().stream().allMatch(o -> o.source() == BufferSource.CAPTURED_NAME);
    }

    /** A pointer to a kernel object (DEVICE_OBJECT, FILE_OBJECT, EPROCESS, ...) loaded from kernel memory. */
    private Value kernelObject(Location at, CType type, Value through) {
        if (!KernelObjects.isObjectPointer(type) && type instanceof Pointer && at.throughPointer()
                && through.region() == Region.KERNEL && !through.origins().isEmpty()
                && through.origins().stream().allMatch(o -> o.address() == KernelAddress.OBJECT)) {
            // DeviceObject->DeviceExtension, FileObject->FsContext: a kernel object holds only kernel addresses
            return Value.pointer(Region.KERNEL, false, originFor(at, () -> "`" + at.text() + "`, a pointer kept in a "
                    + "kernel object, to kernel memory", Region.KERNEL, KernelAddress.POOL, false));
        }
        if (!KernelObjects.isObjectPointer(type)) {
            return Value.UNKNOWN;
        }
        return Value.pointer(Region.KERNEL, false, originFor(at, () -> "`" + at.text() + "`, a pointer to a kernel "
                + KernelObjects.name(type), Region.KERNEL, KernelAddress.OBJECT, false));
    }

    /** A derived value's trail starts with the trail of the pointer it was loaded through. */
    private static Value continued(Value through, Value derived) {
        if (through.trail().isEmpty() || derived.trail().isEmpty()) {
            return derived;
        }
        List<org.zwlint.core.WitnessStep> steps = new ArrayList<>(through.trail());
        steps.addAll(derived.trail());
        if (steps.size() > 12) {
            steps = steps.subList(steps.size() - 12, steps.size());
        }
        return new Value(derived.kind(), derived.region(), derived.userContents(), derived.userScalar(),
                derived.requestMode(), derived.origins(), steps, derived.constant());
    }

    private Value requestField(Location at, String member, RequestFields.Field field, RequestMode mode) {
        boolean user = mode.userReachable();
        BufferSource source = field.source(member);
        // One origin per field path, whichever IOCTL's branch read it first: the description names no IOCTL
        // (a finding names the one its access handles).
        return switch (field.holds()) {
            case USER_POINTER -> user && !(context.role() == EntryRole.MINIFILTER_CALLBACK
                    && RequestFields.serviceProbe(member, context.role(), context.detail()).isPresent()
                    && systemBuffer())
                    ? probedByService(at, member, lockedOutput(rawBuffer(at, field, source), source, at.pointer()))
                    : Value.kernelPointer();
            case USER_DATA_BUFFER -> Value.pointer(Region.KERNEL, user,
                    originFor(at, () -> field.says() + (user ? "" : " (from a kernel caller)"), Region.KERNEL,
                            KernelAddress.IO_BUFFER, user, source, Optional.empty()));
            case MODE -> Value.mode(mode);
            case REQUEST -> Value.request(mode, at.pointer().origins());
            case IOCTL_CODE -> Value.UNKNOWN.withKind(ValueKind.IOCTL_CODE);
            case USER_NUMBER -> user ? Value.userNumber(originFor(at, field::says, Region.UNKNOWN)) : Value.UNKNOWN;
            case USER_MDL -> new Value(ValueKind.MDL, user ? Region.SHARED : Region.KERNEL, user, false, mode,
                    List.of(originFor(at, field::says, user ? Region.SHARED : Region.KERNEL, source, Optional.empty())),
                    List.of(),
                    OptionalLong.empty());
        };
    }

    private Origin originFor(Location at, java.util.function.Supplier<String> description, Region region) {
        return originFor(at, description, region, KernelAddress.NONE, false, BufferSource.OTHER, Optional.empty());
    }

    private Origin originFor(Location at, java.util.function.Supplier<String> description, Region region,
            BufferSource source, Optional<Origin> within) {
        return originFor(at, description, region, KernelAddress.NONE, false, source, within);
    }

    private Origin originFor(Location at, java.util.function.Supplier<String> description, Region region,
            KernelAddress address, boolean callerOutput) {
        return originFor(at, description, region, address, callerOutput, BufferSource.OTHER, Optional.empty());
    }

    /** What a source born here points at (PM007) and which of the requestor's buffers it is (the replay). */
    private Origin originFor(Location at, java.util.function.Supplier<String> description, Region region,
            KernelAddress address, boolean callerOutput, BufferSource source, Optional<Origin> within) {
        if (at.path().isPresent() && !(at.throughPointer() && at.pointer().region().userWritable())) {
            return pathOrigins.computeIfAbsent(at.path().get(), p -> new Origin(Places.of(at.node()), description.get(),
                    region, address, callerOutput, source, within));
        }
        return nodeOrigins.computeIfAbsent(at.node(), n -> new Origin(Places.of(n), description.get(), region, address,
                callerOutput, source, within));
    }

    private Origin originFor(Node node, String description, Region region, BufferSource source,
            Optional<Origin> within) {
        return nodeOrigins.computeIfAbsent(node, n -> new Origin(Places.of(n), description, region, source, within));
    }

    /** The first origin of a value, as the buffer a value read through it was read out of. */
    private static Optional<Origin> firstOrigin(Value value) {
        return value.origins().isEmpty() ? Optional.empty() : Optional.of(value.origins().get(0));
    }

    /** A KMDF retrieve routine's buffer: the raw user address (unsafe routines) or the framework's kernel copy. */
    private static BufferSource retrievedBuffer(ApiRoutine routine, Region region) {
        boolean output = routine.name().contains("Output");
        if (region == Region.USER) {
            return output ? BufferSource.RAW_OUTPUT : BufferSource.RAW_INPUT;
        }
        return output ? BufferSource.OTHER : BufferSource.SYSTEM_BUFFER;
    }

    private Origin originFor(Node node, String description, Region region) {
        return nodeOrigins.computeIfAbsent(node, n -> new Origin(Places.of(n), description, region));
    }

    /** The origin of a kernel address born at a node: what it points at, for PM007. */
    private Origin kernelOrigin(Node node, String description, KernelAddress address) {
        return nodeOrigins.computeIfAbsent(node, n -> new Origin(Places.of(n), description, Region.KERNEL, address,
                false));
    }

    /** The address of a variable's storage: the stack for a local, the driver's data for a global or static. */
    private Value storageAddress(Identifier id, Symbol s) {
        boolean stack = (s.kind() == SymbolKind.LOCAL || s.kind() == SymbolKind.PARAMETER) && !s.isStatic();
        return Value.pointer(Region.KERNEL, false, kernelOrigin(id, "the address of " + s.name() + (stack
                ? ", a local on the kernel stack" : ", a global in the driver's image"),
                stack ? KernelAddress.STACK : KernelAddress.GLOBAL));
    }

    /** Whether a field of the variable holds something the user controls (&clientId after cid.UniqueProcess = user). */
    private boolean holdsUserData(Optional<Symbol> variable) {
        if (variable.isEmpty()) {
            return false;
        }
        AccessPath root = AccessPath.of(variable.get());
        boolean[] found = { false };
        state.forEachPathUnder(root, (path, value) -> found[0] |= !path.equals(root)
                && path.selectors().get(0).startsWith(".") && value.userInfluenced());
        return found[0];
    }

    private Value addressOf(Expression operand) {
        Expression target = Expressions.stripped(operand);
        if (target instanceof Identifier id) {
            Value variable = readVariable(id);
            Optional<Symbol> symbol = unit.semantics().symbol(id);
            if (symbol.isPresent() && symbol.get().type() instanceof RecordType record
                    && ObjectAttributesSupport.isString(record)) {
                // &name of a UNICODE_STRING: remember which variable, so its Buffer can be read at the call
                Origin origin = originFor(id, "the address of " + id.name(), Region.KERNEL);
                addressed.put(origin, AccessPath.of(symbol.get()));
                return Value.pointer(Region.KERNEL, variable.userContents(), origin);
            }
            // A field the user chose (a CLIENT_ID's process id) makes the address user-influenced for the
            // boundary rules; it does not make the variable's other fields, its pointers among them, user data.
            // A pointer variable's own contents are the address it holds: user data only where the requestor
            // chose that address (its value's userContents speaks of the memory it points to).
            boolean pointsAtUserData = unit.semantics().typeOf(id) instanceof Pointer
                    ? variable.region() == Region.USER : variable.userContents();
            Value address = (symbol.isPresent() && symbol.get().kind() != SymbolKind.FUNCTION
                    ? storageAddress(id, symbol.get()) : Value.kernelPointer()).withUserContents(pointsAtUserData);
            return holdsUserData(symbol) ? new Value(address.kind(), address.region(), address.userContents(), true,
                    address.requestMode(), address.origins(), address.trail(), address.constant()) : address;
        }
        if (target instanceof MemberAccess || target instanceof Index
                || (target instanceof Unary u && u.operator() == UnaryOperator.DEREFERENCE)) {
            Location at = location(target);
            if (!at.throughPointer() && at.path().isPresent() && at.path().get().canExtend()
                    && unit.semantics().typeOf(target) instanceof RecordType record
                    && ObjectAttributesSupport.isString(record)) {
                // &copy.Name of a UNICODE_STRING member: remember where, so its Buffer can be read at the call
                Origin origin = originFor(target, "the address of " + ExpressionText.of(target), Region.KERNEL);
                addressed.put(origin, at.path().get());
                return Value.pointer(Region.KERNEL, at.pointer().userContents(), origin);
            }
            if (at.throughPointer() && at.pointer().kind() == ValueKind.REQUEST
                    && RequestTypes.isParameters(new Pointer(unit.semantics().typeOf(target)))) {
                return at.pointer(); // &Data->Iopb->Parameters: the request's parameters, read as the request's
            }
            if (at.throughPointer()) {
                return at.pointer().withKind(ValueKind.DATA).withConstant(OptionalLong.empty());
            }
            Optional<Symbol> root = at.path().map(AccessPath::root);
            return (root.isPresent() && Expressions.stripped(rootExpression(target)) instanceof Identifier id
                    ? storageAddress(id, root.get()) : Value.kernelPointer())
                    .withUserContents(at.pointer().userContents());
        }
        return eval(target);
    }

    /** The innermost base of local.a.b[i]: the variable the member path starts from. */
    private static Expression rootExpression(Expression e) {
        Expression at = Expressions.stripped(e);
        while (true) {
            if (at instanceof MemberAccess m && !m.arrow()) {
                at = Expressions.stripped(m.base());
            } else if (at instanceof Index index) {
                at = Expressions.stripped(index.base());
            } else {
                return at;
            }
        }
    }

    /**
     * Reads {@code target}, writes {@code change} of it back, and returns what was read. The target's
     * address is evaluated once: evaluating it for the read and again for the write doubled the work
     * at every level of {@code ++*++*++*p} or {@code *(*p += 1) += 1}, exponential in the nesting.
     */
    private Value update(Expression target, java.util.function.UnaryOperator<Value> change) {
        Expression at = Expressions.stripped(target);
        boolean memory = at instanceof MemberAccess || at instanceof Index
                || (at instanceof Unary u && u.operator() == UnaryOperator.DEREFERENCE);
        if (at instanceof Identifier) {
            Value old = eval(target);
            write(target, change.apply(old));
            return old;
        }
        if (!memory) {
            return eval(target); // not an lvalue, e.g. ++(++x): read once, there is nowhere to store
        }
        Location location = location(at);
        Value old = read(location);
        writeTo(location, change.apply(old));
        return old;
    }

    private void write(Expression target, Value value) {
        Expression at = Expressions.stripped(target);
        if (at instanceof Identifier id) {
            Optional<Symbol> symbol = unit.semantics().symbol(id);
            if (symbol.isPresent() && symbol.get().kind() != SymbolKind.FUNCTION) {
                state = state.assign(AccessPath.of(symbol.get()), value.step(Places.of(at), "stored in ".concat(id.name())));
            }
            return;
        }
        writeTo(location(at), value);
    }

    private void writeTo(Location location, Value value) {
        if (location.throughPointer()) {
            reportAccess(location, location.pointer(), AccessKind.DEREFERENCE, true, Optional.empty());
            if (sink != FactSink.NONE) {
                sink.accept(new StoreFact(location.node(), Places.of(location.node()), location.text(),
                        location.pointer(), location.member(), value, false, state.trusted(), currentIoctl()));
            }
        }
        if (location.path().isPresent()) {
            state = state.assign(location.path().get(), value);
        }
    }

    private void reportAccess(Location at, Value pointer, AccessKind kind, boolean write, Optional<Expression> size) {
        reportAccess(at, pointer, kind, write, size, false);
    }

    private void reportAccess(Location at, Value pointer, AccessKind kind, boolean write, Optional<Expression> size,
            boolean userSize) {
        reportAccess(at, pointer, kind, write, size, userSize, OptionalLong.empty());
    }

    private void reportAccess(Location at, Value pointer, AccessKind kind, boolean write, Optional<Expression> size,
            boolean userSize, OptionalLong sizeAtMost) {
        if (sink == FactSink.NONE) {
            return; // the solving passes need the state, not the facts
        }
        Optional<Probe> probe = coveringProbe(pointer);
        sink.accept(new UserAccess(at.node(), Places.of(at.node()), at.text(), pointer, kind, write, size, userSize,
                sizeAtMost, probe, probedAtLeast(probe), guarded, state.trusted(), currentIoctl()));
    }

    private Optional<IoctlCode> currentIoctl() {
        return state.ioctl().isPresent() ? Optional.of(unit.ioctl(state.ioctl().getAsLong())) : Optional.empty();
    }

    /** The probe that covers every origin of a pointer on every path here, if one does. */
    private Optional<Probe> coveringProbe(Value pointer) {
        Optional<Probe> found = Optional.empty(); // a loop, not a stream: asked at every access
        for (Origin origin : pointer.origins()) {
            if (origin.region() != Region.USER) {
                continue;
            }
            found = probeOf(origin, pointer);
            if (found.isEmpty()) {
                return Optional.empty();
            }
        }
        return found;
    }

    /** The probe of one origin of a value here: the state's, or the one the value carried over a join. */
    private Optional<Probe> probeOf(Origin origin, Value value) {
        Optional<Probe> probe = state.probe(origin);
        return probe.isPresent() ? probe : Optional.ofNullable(value.carried().get(origin));
    }

    // ------------------------------------------------------------------ calls

    private Value call(Call call) {
        List<Value> args = new ArrayList<>();
        List<@Nullable Expression> argExpressions = new ArrayList<>();
        Value callee = calledThroughVariable(call) ? eval(call.callee()) : Value.UNKNOWN;
        for (Node argument : call.arguments()) {
            if (argument instanceof Expression e) {
                args.add(eval(e));
                argExpressions.add(e);
            } else {
                args.add(Value.UNKNOWN);
                argExpressions.add(null);
            }
        }
        if (callee.region() == Region.USER) {
            // The kernel would run code at an address the requestor chose: no probe makes that right.
            reportAccess(new Location(call.callee(), callee, FetchKey.WHOLE_BUFFER, Optional.empty(), true), callee,
                    AccessKind.CALL, false, Optional.empty());
        }
        Optional<String> name = call.calleeName();
        // A local pointer the driver set itself (say from MmGetSystemRoutineAddress) is a call to judge like one
        // through a global; one whose value came from the requestor was reported above.
        if (name.isEmpty() || callee.region() == Region.USER) {
            return Value.UNKNOWN;
        }
        // only a function of the project gets a context from this call: an API routine's callee needs none
        Optional<ApiRoutine> routine = unit.api().routine(name.get());
        Map<Integer, Map<String, Value>> members = sink == FactSink.NONE || routine.isPresent()
                || unit.summaries().of(call).isEmpty() ? Map.of() : argumentMembers(argExpressions);
        Map<Origin, Probe> argumentProbes = new java.util.HashMap<>();
        List<Value> passed = new ArrayList<>(args);
        members.values().forEach(held -> passed.addAll(held.values()));
        for (Value arg : passed) {
            for (Origin origin : arg.origins()) {
                probeOf(origin, arg).ifPresent(probe -> argumentProbes.put(origin, probe));
            }
        }
        sink.accept(new CallFact(call, Places.of(call), name.get(), args, members, argumentProbes, guarded,
                state.trusted(), state.ioctl()));
        Optional<ObjectAttributesFact> attributes = objectAttributes(call, argExpressions, args);
        attributes.ifPresent(sink::accept);
        Value result;
        if (routine.isPresent()) {
            result = apiCall(call, routine.get(), args, argExpressions);
        } else {
            Optional<FunctionSummary> summary = unit.summaries().of(call);
            if (summary.isPresent()) {
                applySummary(call, summary.get(), args, argExpressions);
            } else {
                annotatedBuffers(call, args, argExpressions);
                forgetOutArguments(argExpressions.subList(0, Math.min(argExpressions.size(), writableArguments(call))));
            }
            result = resultOfUnknownCall(call);
        }
        if (ObjectAttributesSupport.pointsStringAt(name.get()) && args.size() >= 2) {
            argExpression(argExpressions, OptionalInt.of(0)).ifPresent(destination -> pointString(destination,
                    args.get(1), call));
        }
        storeCreatedHandles(call, name.get(), argExpressions, args, attributes);
        return result;
    }

    /**
     * A callee known only by its prototype: its SAL says which pointer arguments it reads or writes,
     * and how many bytes ({@code _Out_writes_bytes_(Length) PVOID Buffer}). Annotations under
     * _When_ hold only in some cases, so they are not taken as facts here.
     */
    private void annotatedBuffers(Call call, List<Value> args, List<@Nullable Expression> exprs) {
        if (!(call.callee() instanceof Identifier id)) {
            return;
        }
        Optional<Symbol> function = unit.semantics().symbol(id).filter(s -> s.kind() == SymbolKind.FUNCTION);
        // The driver's own declarations: the model's routines are facts already, and a system service
        // given a user pointer is the boundary rules' finding (PM003), with its own replay.
        if (function.isEmpty() || function.get().fromModel() || SYSTEM_SERVICE.matcher(id.name()).matches()) {
            return;
        }
        List<Symbol> parameters = unit.semantics().parameters(function.get());
        for (int i = 0; i < parameters.size() && i < args.size(); i++) {
            Value pointer = args.get(i);
            Optional<SalBuffer> buffer = SalFacts.buffer(parameters.get(i));
            Optional<Expression> argument = argExpression(exprs, OptionalInt.of(i));
            if (buffer.isEmpty() || argument.isEmpty() || !pointer.region().userWritable()) {
                continue;
            }
            OptionalInt sizeIndex = buffer.get().bytes() ? parameterNamed(parameters, buffer.get().size())
                    : OptionalInt.empty();
            Optional<Expression> size = argExpression(exprs, sizeIndex);
            Location at = new Location(argument.get(), pointer, FetchKey.WHOLE_BUFFER, Optional.empty(), true);
            reportAccess(at, pointer, AccessKind.ANNOTATED_CALLEE, buffer.get().writable(), size,
                    arg(args, sizeIndex).userScalar());
            if (buffer.get().readable()) {
                fetch(at, pointer);
            }
        }
    }

    private static OptionalInt parameterNamed(List<Symbol> parameters, String name) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(name.strip())) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** p->Routine(...), (*fp)(...), or a local or parameter holding a function pointer; not a function's name. */
    private boolean calledThroughVariable(Call call) {
        if (!(call.callee() instanceof Identifier id)) {
            return true;
        }
        Optional<Symbol> symbol = unit.semantics().symbol(id);
        return symbol.isPresent() && (symbol.get().kind() == SymbolKind.LOCAL
                || symbol.get().kind() == SymbolKind.PARAMETER);
    }

    /** The OBJECT_ATTRIBUTES handed to a call, read from what the driver stored in it on this path. */
    private Optional<ObjectAttributesFact> objectAttributes(Call call, List<@Nullable Expression> exprs,
            List<Value> args) {
        for (int i = 0; i < exprs.size(); i++) {
            Expression e = exprs.get(i);
            if (e == null || !(unit.semantics().typeOf(e) instanceof Pointer pointer)
                    || !(pointer.target() instanceof RecordType record)
                    || !ObjectAttributesSupport.isObjectAttributes(record)) {
                continue;
            }
            Expression at = Expressions.stripped(e);
            Optional<AccessPath> structure = at instanceof Unary u && u.operator() == UnaryOperator.ADDRESS_OF
                    ? pathOf(Expressions.stripped(u.operand()))
                    : pathOf(at).filter(AccessPath::canExtend).map(p -> p.with("*"));
            if (structure.isEmpty() || !structure.get().canExtend()) {
                return Optional.of(new ObjectAttributesFact(call, Places.of(call), i, false, args.get(i),
                        Value.UNKNOWN, Value.UNKNOWN, Value.UNKNOWN, Value.UNKNOWN, Optional.empty()));
            }
            AccessPath base = structure.get();
            // A pointer variable's fields are reached as p->F, a structure's as oa.F.
            boolean throughPointer = base.selectors().size() > 0
                    && base.selectors().get(base.selectors().size() - 1).equals("*");
            AccessPath fields = throughPointer ? new AccessPath(base.root(),
                    base.selectors().subList(0, base.selectors().size() - 1)) : base;
            String dot = throughPointer ? "->" : ".";
            Optional<Value> attributes = state.get(fields.with(dot + "Attributes"));
            Optional<Value> name = state.get(fields.with(dot + "ObjectName"));
            Optional<Value> root = state.get(fields.with(dot + "RootDirectory"));
            Value nameValue = name.orElse(Value.UNKNOWN);
            Value buffer = nameBuffer(nameValue, Places.of(call));
            Optional<String> text = Optional.empty();
            for (Origin origin : buffer.origins()) {
                String s = strings.get(origin);
                if (s != null) {
                    text = Optional.of(s);
                }
            }
            return Optional.of(new ObjectAttributesFact(call, Places.of(call), i,
                    attributes.isPresent() || name.isPresent(), args.get(i), attributes.orElse(Value.UNKNOWN),
                    nameValue, buffer, root.orElse(Value.UNKNOWN), text));
        }
        return Optional.empty();
    }

    /** A name's Buffer, holding the requestor's characters wherever the name does. */
    private static Value bufferOfName(Value buffer, Value objectName) {
        return buffer.userContents() || !objectName.userContents() ? buffer : buffer.withUserContents(true);
    }

    /** The Buffer of a UNICODE_STRING copied out of the requestor's data: the address the requestor wrote there. */
    private Value copiedUserBuffer(AccessPath string, org.zwlint.core.source.TextRange site) {
        AccessPath member = string.with(".Buffer");
        return Value.pointer(Region.USER, true, pathOrigins.computeIfAbsent(member, p -> new Origin(site, "`"
                + member.spelling() + "` is a pointer copied from the requestor's data, so it holds whatever address"
                + " the requestor chose (a user pointer)", Region.USER, BufferSource.EMBEDDED, Optional.empty())));
    }

    /** What the Buffer of the UNICODE_STRING an ObjectName value points to holds. */
    private Value nameBuffer(Value objectName, org.zwlint.core.source.TextRange site) {
        if (objectName.region() == Region.USER) {
            return objectName; // the UNICODE_STRING itself lies in user memory: so does what it says
        }
        AccessPath string = null;
        for (Origin origin : objectName.origins()) {
            AccessPath path = addressed.get(origin);
            if (path != null) {
                string = path;
            }
        }
        if (string == null) {
            // a pointer to the string held in a variable or a parameter (a helper reached with &name): its
            // Buffer is what the state says that pointer's ->Buffer holds
            List<Value> buffers = new ArrayList<>(1);
            if (!objectName.origins().isEmpty()) {
                state.forEachPath((path, held) -> {
                    if (buffers.isEmpty() && path.canExtend() && held.origins().containsAll(objectName.origins())) {
                        state.get(path.with("->Buffer")).ifPresent(buffers::add);
                    }
                });
            }
            if (!buffers.isEmpty()) {
                return bufferOfName(buffers.get(0), objectName);
            }
        }
        if (string != null && string.canExtend()) {
            Optional<Value> buffer = state.get(string.with(".Buffer"));
            if (buffer.isPresent()) {
                return bufferOfName(buffer.get(), objectName);
            }
            Optional<Value> whole = state.get(string);
            if (whole.isPresent() && whole.get().userInfluenced()) {
                return Value.kernelPointer().withUserContents(true);
            }
            // a string inside a structure copied whole from the requestor's data (copy = *request): its Buffer
            // is the address the requestor wrote there, still pointing into the requestor's memory
            for (int k = string.selectors().size() - 1; whole.isEmpty() && k >= 0; k--) {
                Optional<Value> holder = state.get(new AccessPath(string.root(), string.selectors().subList(0, k)));
                if (holder.isPresent()) {
                    if (holder.get().userContents() && !capturedName(holder.get())) {
                        return copiedUserBuffer(string, site);
                    }
                    break;
                }
            }
        }
        return objectName.userContents() ? Value.UNKNOWN.withUserContents(true) : Value.UNKNOWN;
    }

    /** RtlInitUnicodeString(&name, source): name.Buffer now points where source points; nothing is copied. */
    private void pointString(Expression destination, Value source, Call call) {
        Expression at = Expressions.stripped(destination);
        if (at instanceof Unary u && u.operator() == UnaryOperator.ADDRESS_OF) {
            Optional<AccessPath> string = pathOf(Expressions.stripped(u.operand()));
            if (string.isPresent() && string.get().canExtend()) {
                state = state.assign(string.get(), Value.UNKNOWN.withUserContents(source.userInfluenced()));
                state = state.assign(string.get().with(".Buffer"), source.step(Places.of(call),
                        "the UNICODE_STRING's Buffer points at it (nothing is copied)"));
            }
        }
    }

    /**
     * A create or open routine writes a new handle through its PHANDLE argument: a kernel handle when its attributes
     * ask for OBJ_KERNEL_HANDLE, a handle in the calling process's table when they are known not to (or when the
     * routine takes none), and a handle of either table when the analysis cannot read them.
     */
    private void storeCreatedHandles(Call call, String callee, List<@Nullable Expression> exprs, List<Value> args,
            Optional<ObjectAttributesFact> attributes) {
        Optional<HandleOpener> opener = HandleOpener.of(callee);
        if (opener.isEmpty() || opener.get().handle() >= exprs.size()) {
            return;
        }
        Expression target = exprs.get(opener.get().handle());
        if (target == null) {
            return;
        }
        Optional<AccessPath> handle = pointee(target);
        if (handle.isEmpty()) {
            return;
        }
        OptionalLong flags = handleFlags(opener.get(), args, attributes);
        boolean kernel = flags.isPresent() && (flags.getAsLong() & ObjectAttributesSupport.OBJ_KERNEL_HANDLE) != 0;
        String what = (kernel ? "a kernel handle" : flags.isPresent() ? "a handle in the calling process's table"
                : "a handle") + " opened by " + callee;
        ValueKind kind = flags.isPresent() && !kernel ? ValueKind.PROCESS_HANDLE : ValueKind.HANDLE;
        state = state.assign(handle.get(), handleOpenedAt(call, kind, kernel ? Region.KERNEL : Region.UNKNOWN, what));
    }

    /** A handle value born at {@code call}: its origin says what it is, and a kernel handle is a kernel address. */
    private Value handleOpenedAt(Call call, ValueKind kind, Region region, String what) {
        boolean kernel = region == Region.KERNEL;
        Origin origin = nodeOrigins.computeIfAbsent(call, n -> new Origin(Places.of(n), what, Region.UNKNOWN,
                kernel ? KernelAddress.KERNEL_HANDLE : KernelAddress.NONE, false));
        return new Value(kind, region, false, false, RequestMode.UNKNOWN, List.of(origin),
                List.of(new org.zwlint.core.WitnessStep(Places.of(call), what)), OptionalLong.empty());
    }

    /**
     * The handle attributes a create/open call asks for, where known: its HandleAttributes flags, its
     * OBJECT_ATTRIBUTES' Attributes, none at all for a NULL OBJECT_ATTRIBUTES or a routine that takes neither.
     */
    private static OptionalLong handleFlags(HandleOpener opener, List<Value> args,
            Optional<ObjectAttributesFact> attributes) {
        if (opener.handleAttributes().isPresent()) {
            int index = opener.handleAttributes().getAsInt();
            return index < args.size() ? args.get(index).constant() : OptionalLong.empty();
        }
        if (opener.objectAttributes().isEmpty()) {
            return OptionalLong.of(0);
        }
        int index = opener.objectAttributes().getAsInt();
        if (index < args.size() && args.get(index).constant().equals(OptionalLong.of(0))) {
            return OptionalLong.of(0);
        }
        return attributes.filter(a -> a.argument() == index).map(ObjectAttributesFact::attributesConstant)
                .orElse(OptionalLong.empty());
    }

    /** A handle a helper opened and wrote through its parameter {@code index}: it is in the caller's variable now. */
    private void storeReturnedHandle(Call call, String helper, int index, FunctionSummary.HandleOut handle,
            List<@Nullable Expression> exprs) {
        Optional<AccessPath> target = argExpression(exprs, OptionalInt.of(index)).flatMap(this::pointee);
        if (target.isEmpty()) {
            return;
        }
        state = state.assign(target.get(), handleOpenedAt(call, handle.kind(), handle.region(),
                handle.what() + ", returned by " + helper));
    }

    /** The member a pointer born at {@code origin} was read from, if it was read out of a structure. */
    Optional<String> embeddedMember(Origin origin) {
        return Optional.ofNullable(embedded.get(origin));
    }

    /**
     * What a helper leaves in the structure an argument points to: {@code InitAttributes(&oa, &name)} sets
     * {@code oa.Attributes} and {@code oa.ObjectName} as an InitializeObjectAttributes here would.
     */
    private void storeMembers(Call call, String helper, int index, Map<String, FunctionSummary.MemberOut> members,
            List<Value> args, List<@Nullable Expression> exprs) {
        Optional<StructureArgument> target = argExpression(exprs, OptionalInt.of(index)).flatMap(this::structureOf);
        if (target.isEmpty() || !target.get().structure().canExtend()) {
            return;
        }
        for (Map.Entry<String, FunctionSummary.MemberOut> member : members.entrySet()) {
            Value value = switch (member.getValue()) {
                case FunctionSummary.MadeValue made -> made.value();
                case FunctionSummary.PassedParameter passed ->
                    passed.index() < args.size() ? args.get(passed.index()) : Value.UNKNOWN;
            };
            state = state.assign(target.get().member(member.getKey()),
                    value.step(Places.of(call), "stored in " + member.getKey() + " by " + helper));
        }
    }

    /**
     * The members of the structures the arguments point to that hold something the user controls, by argument:
     * a helper reached with {@code &ctx} reads {@code Ctx->Buffer} as the caller left {@code ctx.Buffer}.
     */
    private Map<Integer, Map<String, Value>> argumentMembers(List<@Nullable Expression> arguments) {
        Map<Integer, Map<String, Value>> out = new java.util.HashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            Expression argument = arguments.get(i);
            Optional<StructureArgument> target = argument == null ? Optional.empty() : structureOf(argument);
            if (target.isEmpty()) {
                continue;
            }
            AccessPath structure = target.get().structure();
            String dot = target.get().dot();
            int depth = structure.selectors().size() + 1;
            java.util.TreeMap<String, Value> held = new java.util.TreeMap<>();
            state.forEachPathUnder(structure, (path, value) -> {
                if (path.selectors().size() == depth && path.selectors().get(depth - 1).startsWith(dot)
                        && value.userInfluenced()) {
                    held.put(path.selectors().get(depth - 1).substring(dot.length()), value);
                }
            });
            while (held.size() > MAX_MEMBERS_PASSED) {
                held.pollLastEntry();
            }
            if (!held.isEmpty()) {
                out.put(i, held);
            }
        }
        return out;
    }

    /**
     * A helper that probes a pointer held in a member of the structure an argument points to ({@code Validate(&req)}
     * probing {@code Req->Data}): the caller's {@code req.Data} is probed by the call.
     */
    private void probeMembers(Call call, String helper, int index, Map<String, FunctionSummary.ParameterProbe> members,
            List<@Nullable Expression> exprs) {
        Optional<StructureArgument> target = argExpression(exprs, OptionalInt.of(index)).flatMap(this::structureOf);
        if (target.isEmpty() || !target.get().structure().canExtend()) {
            return;
        }
        for (Map.Entry<String, FunctionSummary.ParameterProbe> member : members.entrySet()) {
            Optional<Value> held = state.get(target.get().member(member.getKey()));
            if (held.isEmpty() || held.get().origins().isEmpty()) {
                continue;
            }
            FunctionSummary.ParameterProbe probe = member.getValue();
            String routine = helper + " (which calls " + probe.via() + ")";
            sink.accept(new ProbeFact(call, Places.of(call), routine, held.get(), probe.forWrite(), Optional.empty(),
                    OptionalLong.empty(), guarded, state.trusted(), false, true, currentIoctl()));
            state = state.probed(held.get().origins(), new Probe(probe.forWrite(), Optional.empty(),
                    OptionalLong.empty(), Places.of(call), routine));
        }
    }

    /**
     * The structure an argument points to, and how its members are spelled from there: {@code s.F} for
     * {@code &s}, {@code p->F} for a pointer {@code p}.
     */
    private record StructureArgument(AccessPath structure, String dot) {
        AccessPath member(String name) {
            return structure.with(dot.concat(name));
        }
    }

    private Optional<StructureArgument> structureOf(Expression argument) {
        return pointee(argument).map(base -> {
            boolean throughPointer = !base.selectors().isEmpty()
                    && base.selectors().get(base.selectors().size() - 1).equals("*");
            return throughPointer
                    ? new StructureArgument(new AccessPath(base.root(),
                            base.selectors().subList(0, base.selectors().size() - 1)), "->")
                    : new StructureArgument(base, ".");
        });
    }

    /** The memory a pointer argument designates: {@code x} for {@code &x}, {@code *p} for a pointer {@code p}. */
    private Optional<AccessPath> pointee(Expression argument) {
        Expression at = Expressions.stripped(argument);
        if (at instanceof Unary u && u.operator() == UnaryOperator.ADDRESS_OF) {
            return pathOf(Expressions.stripped(u.operand()));
        }
        return unit.semantics().typeOf(at) instanceof Pointer
                ? pathOf(at).filter(AccessPath::canExtend).map(p -> p.with("*")) : Optional.empty();
    }

    /** An unknown routine's result: only its type says something, a pointer to a kernel object. */
    private Value resultOfUnknownCall(Call call) {
        CType type = unit.semantics().typeOf(call);
        if (!KernelObjects.isObjectPointer(type)) {
            return Value.UNKNOWN;
        }
        return Value.pointer(Region.KERNEL, false, kernelOrigin(call, "`" + ExpressionText.of(call) + "`, a pointer to"
                + " a kernel " + KernelObjects.name(type), KernelAddress.OBJECT));
    }

    /** An unknown callee may write through the addresses it is given: forget what they held. */
    /**
     * How many of a call's arguments the callee may write through: all, except the values a logging or formatting
     * routine formats (TraceEvents(level, flags, "%wZ", &name)): the {@code ...} arguments of a variadic prototype,
     * or, for a routine declared nowhere (a WPP trace macro), those after its format string. The scanf family
     * writes through exactly those, so it keeps them all.
     */
    private int writableArguments(Call call) {
        if (call.calleeName().map(n -> n.toLowerCase(java.util.Locale.ROOT).contains("scanf")).orElse(true)) {
            return Integer.MAX_VALUE;
        }
        CType type = unit.semantics().typeOf(call.callee());
        if (type instanceof Pointer pointer) {
            type = pointer.target();
        }
        if (type instanceof FunctionType function) {
            return function.variadic() ? function.parameters().size() : Integer.MAX_VALUE;
        }
        List<Node> arguments = call.arguments();
        for (int i = arguments.size() - 1; i >= 0; i--) {
            Node argument = arguments.get(i) instanceof Expression e ? Expressions.stripped(e) : arguments.get(i);
            if (argument instanceof StringSequence || argument instanceof Literal literal
                    && literal.kind() == Literal.Kind.STRING) {
                return i + 1;
            }
        }
        return Integer.MAX_VALUE;
    }

    private void forgetOutArguments(List<@Nullable Expression> arguments) {
        for (@Nullable Expression argument : arguments) {
            if (argument != null && Expressions.stripped(argument) instanceof Unary u && u.operator() == UnaryOperator.ADDRESS_OF) {
                pathOf(Expressions.stripped(u.operand())).ifPresent(path -> state = state.forget(path));
            }
        }
    }

    private static Value arg(List<Value> args, OptionalInt index) {
        return index.isPresent() && index.getAsInt() < args.size() ? args.get(index.getAsInt()) : Value.UNKNOWN;
    }

    private static Optional<Expression> argExpression(List<@Nullable Expression> args, OptionalInt index) {
        if (index.isEmpty() || index.getAsInt() >= args.size()) {
            return Optional.empty();
        }
        Expression e = args.get(index.getAsInt());
        return e == null ? Optional.empty() : Optional.of(e);
    }

    private Value apiCall(Call call, ApiRoutine routine, List<Value> args, List<@Nullable Expression> exprs) {
        switch (routine.role()) {
            case COPY -> {
                Optional<Expression> size = argExpression(exprs, routine.arg("size"));
                boolean userSize = arg(args, routine.arg("size")).userScalar();
                OptionalLong sizeAtMost = arg(args, routine.arg("size")).atMost();
                for (String role : List.of("source", "source2")) {
                    OptionalInt index = routine.arg(role);
                    Optional<Expression> e = argExpression(exprs, index);
                    if (e.isPresent()) {
                        Value pointer = arg(args, index);
                        Location at = new Location(e.get(), pointer, FetchKey.WHOLE_BUFFER, Optional.empty(), true);
                        reportAccess(at, pointer, AccessKind.COPY, false, size, userSize, sizeAtMost);
                        if (pointer.region().userWritable()) {
                            fetch(at, pointer);
                        }
                    }
                }
                Optional<Expression> destination = argExpression(exprs, routine.arg("destination"));
                if (destination.isPresent()) {
                    Value pointer = arg(args, routine.arg("destination"));
                    Location at = new Location(destination.get(), pointer, FetchKey.WHOLE_BUFFER, Optional.empty(),
                            true);
                    reportAccess(at, pointer, AccessKind.COPY, true, size, userSize, sizeAtMost);
                    Value source = arg(args, routine.arg("source"));
                    reportCopiedContents(destination.get(), pointer, argExpression(exprs, routine.arg("source")));
                    captureInto(destination.get(), source.userInfluenced(), routine.appends());
                }
                return Value.UNKNOWN;
            }
            case PROBE -> {
                Value pointer = arg(args, routine.arg("address"));
                Optional<Expression> length = argExpression(exprs, routine.arg("length"));
                OptionalLong constant = length.map(l -> unit.semantics().constantValue(l)).orElse(OptionalLong.empty());
                sink.accept(new ProbeFact(call, Places.of(call), routine.name(), pointer, routine.write(), length, constant,
                        guarded, state.trusted(), false, false, currentIoctl()));
                if (!pointer.origins().isEmpty()) {
                    state = state.probed(pointer.origins(),
                            new Probe(routine.write(), length, constant, Places.of(call), routine.name()));
                }
                return Value.UNKNOWN;
            }
            case THREAD_MODE -> {
                return Value.mode(context.threadMode());
            }
            case USER_STRING -> {
                return Value.pointer(Region.KERNEL, true, nodeOrigins.computeIfAbsent(call, n -> new Origin(Places.of(n),
                        routine.says().orElse(routine.name()), Region.KERNEL, BufferSource.CAPTURED_NAME,
                        Optional.empty())));
            }
            case REQUEST_MODE -> {
                return Value.mode(arg(args, routine.arg("request")).requestMode());
            }
            case STACK_LOCATION -> {
                Value request = arg(args, routine.arg("request"));
                return request.kind() == ValueKind.REQUEST ? Value.request(request.requestMode(), request.origins())
                        : Value.request(RequestMode.UNKNOWN);
            }
            case RETRIEVE_BUFFER -> {
                Value request = arg(args, routine.arg("request"));
                boolean user = request.requestMode().userReachable();
                Region region = routine.region().orElse(Region.UNKNOWN);
                Value buffer = region == Region.USER && !user ? Value.kernelPointer()
                        : Value.pointer(region, user && (region == Region.USER || routine.userContents()),
                                nodeOrigins.computeIfAbsent(call, n -> new Origin(Places.of(n),
                                        routine.says().orElse(routine.name()), region,
                                        region == Region.KERNEL ? KernelAddress.IO_BUFFER : KernelAddress.NONE,
                                        user && routine.output(), retrievedBuffer(routine, region),
                                        Optional.empty())));
                storeThrough(argExpression(exprs, routine.arg("buffer")), buffer);
                if (user) {
                    storeThrough(argExpression(exprs, routine.arg("length")),
                            Value.userNumber(originFor(call.callee(), "the length " + routine.name()
                                    + " reports, chosen by the requestor", Region.UNKNOWN)));
                }
                return Value.UNKNOWN;
            }
            case ALLOCATE_MDL -> {
                Value address = arg(args, routine.arg("address"));
                return new Value(ValueKind.MDL, address.region(), address.userContents(), false, RequestMode.UNKNOWN,
                        address.origins(), address.trail(), OptionalLong.empty());
            }
            case PROBE_AND_LOCK -> {
                probeAndLock(call, routine, args, exprs);
                return Value.UNKNOWN;
            }
            case LOCK_USER_BUFFER -> {
                lockUserBuffer(call, routine, args, exprs);
                return Value.UNKNOWN;
            }
            case LOCK_OPERATION_BUFFER -> {
                lockOperationBuffer(call, routine, arg(args, routine.arg("data")));
                return Value.UNKNOWN;
            }
            case LOCKED_BUFFER -> {
                Value memory = arg(args, routine.arg("memory"));
                if (memory.kind() == ValueKind.MDL && memory.region().userWritable()) {
                    return continued(memory, Value.pointer(Region.SHARED, true, originFor(call,
                            "the system address of the requestor's buffer " + routine.name() + " gives after it was"
                                    + " probed and locked: mapped, but shared with the user process", Region.SHARED,
                            BufferSource.MDL_PAGES, firstOrigin(memory))));
                }
                // another memory object: what an unknown routine's call gives
                annotatedBuffers(call, args, exprs);
                forgetOutArguments(exprs.subList(0, Math.min(exprs.size(), writableArguments(call))));
                return resultOfUnknownCall(call);
            }
            case MAP_MDL -> {
                Value mdl = arg(args, routine.arg("mdl"));
                if (mdl.region().userWritable()) {
                    return continued(mdl, Value.pointer(Region.SHARED, true, originFor(call,
                            "the system address of an MDL over the requestor's pages: locked, but shared with the"
                                    + " user process", Region.SHARED, BufferSource.MDL_PAGES, firstOrigin(mdl))));
                }
                return Value.kernelPointer();
            }
            case COPY_WITH_MODE -> {
                OptionalLong mode = arg(args, routine.arg("mode")).constant();
                if (mode.isPresent() && mode.getAsLong() == KERNEL_MODE) {
                    Optional<Expression> size = argExpression(exprs, routine.arg("size"));
                    for (String role : List.of("source", "destination")) {
                        Optional<Expression> e = argExpression(exprs, routine.arg(role));
                        if (e.isPresent()) {
                            Value pointer = arg(args, routine.arg(role));
                            reportAccess(new Location(e.get(), pointer, FetchKey.WHOLE_BUFFER, Optional.empty(), true),
                                    pointer, AccessKind.KERNEL_MODE_COPY,
                                    role.equals("destination"), size);
                        }
                    }
                }
                return Value.UNKNOWN;
            }
            case ATOMIC -> {
                Optional<Expression> target = argExpression(exprs, routine.arg("target"));
                if (target.isPresent()) {
                    Value pointer = arg(args, routine.arg("target"));
                    reportAccess(new Location(target.get(), pointer, FetchKey.WHOLE_BUFFER, Optional.empty(), true),
                            pointer, AccessKind.ATOMIC, true, Optional.empty());
                }
                return Value.UNKNOWN;
            }
            case ALLOCATE -> {
                return Value.pointer(Region.KERNEL, false, kernelOrigin(call, routine.says().orElse("pool") + " allocated by "
                        + routine.name(), KernelAddress.POOL));
            }
            case KERNEL_ADDRESS -> {
                Value object = Value.pointer(Region.KERNEL, false, kernelOrigin(call, routine.says().orElse(
                        "the kernel object " + routine.name() + (routine.arg("object").isPresent() ? " references"
                                : " returns")), routine.address().orElse(KernelAddress.OBJECT)));
                if (routine.arg("object").isEmpty()) {
                    return object;
                }
                forgetOutArguments(exprs);
                storeThrough(argExpression(exprs, routine.arg("object")), object);
                return Value.UNKNOWN;
            }
        }
        return Value.UNKNOWN;
    }

    /**
     * A copy from {@code &variable} (or an array) moves what the variable holds: a store of each value the state
     * knows in it, so that copying a structure with a kernel pointer in it is seen like assigning the pointer.
     */
    private void reportCopiedContents(Expression destination, Value pointer, Optional<Expression> source) {
        if (sink == FactSink.NONE || source.isEmpty()) {
            return;
        }
        Expression at = Expressions.stripped(source.get());
        Optional<AccessPath> variable = at instanceof Unary u && u.operator() == UnaryOperator.ADDRESS_OF
                ? pathOf(Expressions.stripped(u.operand())) : isArray(at) ? pathOf(at) : Optional.empty();
        if (variable.isEmpty()) {
            return;
        }
        state.forEachPathUnder(variable.get(), (path, held) -> {
            if (held.kernelAddress().isPresent()) {
                sink.accept(new StoreFact(destination, Places.of(destination), ExpressionText.of(destination), pointer,
                        FetchKey.WHOLE_BUFFER, held, true, state.trusted(), currentIoctl()));
            }
        });
    }

    private void probeAndLock(Call call, ApiRoutine routine, List<Value> args, List<@Nullable Expression> exprs) {
        Value mdl = arg(args, routine.arg("mdl"));
        Value mode = arg(args, routine.arg("mode"));
        OptionalLong operation = arg(args, routine.arg("operation")).constant();
        boolean userMode = mode.constant().isPresent() ? mode.constant().getAsLong() == USER_MODE
                : mode.kind() == ValueKind.MODE && mode.requestMode() != RequestMode.KERNEL_ONLY;
        boolean write = operation.isEmpty() || operation.getAsLong() != 0; // IoReadAccess is 0
        boolean kernelOnUser = !userMode && mode.constant().isPresent() && mdl.region() == Region.USER;
        Optional<Expression> length = Optional.empty();
        sink.accept(new ProbeFact(call, Places.of(call), routine.name(), mdl, write, length, OptionalLong.empty(), guarded,
                state.trusted(), kernelOnUser, false, currentIoctl()));
        if (userMode && !mdl.origins().isEmpty()) {
            state = state.probed(mdl.origins(), new Probe(write, length, OptionalLong.empty(), Places.of(call),
                    routine.name()));
        }
    }

    /**
     * WdfRequestProbeAndLockUserBufferFor*: with a user-mode requestor the range is probed and locked, so the
     * pointer counts as probed for the length (a failure is a status the driver checks, never an exception, so it is
     * no probe that needs an __except); the memory object it stores holds the locked pages.
     */
    private void lockUserBuffer(Call call, ApiRoutine routine, List<Value> args, List<@Nullable Expression> exprs) {
        Value address = arg(args, routine.arg("address"));
        Optional<Expression> length = argExpression(exprs, routine.arg("length"));
        OptionalLong constantLength = arg(args, routine.arg("length")).constant();
        if (address.region() == Region.USER && !address.origins().isEmpty()) {
            state = state.probed(address.origins(), new Probe(routine.write(), length, constantLength,
                    Places.of(call), routine.name()));
        }
        storeThrough(argExpression(exprs, routine.arg("memory")), new Value(ValueKind.MDL, address.region(),
                address.userContents(), false, RequestMode.UNKNOWN, address.origins(), address.trail(),
                OptionalLong.empty()));
    }

    /**
     * FltLockUserBuffer(Data): the buffer of that callback data's operation is locked, for write and for its whole
     * length. Of the buffers the engine knows that is the METHOD_NEITHER output buffer (the input is not locked): a raw
     * output address already read out of that request counts as probed from here, and so does one read later (see
     * {@link #lockedOutput}). A raw address read out of another request object is not covered, nor anything when the
     * argument is no request the engine knows (a callback data the driver allocated, or took from a queue).
     */
    private void lockOperationBuffer(Call call, ApiRoutine routine, Value data) {
        if (data.kind() != ValueKind.REQUEST) {
            return;
        }
        Probe probe = new Probe(routine.write(), Optional.empty(), OptionalLong.empty(), Places.of(call),
                routine.name());
        List<Origin> locked = new ArrayList<>();
        state.forEachPath((path, held) -> {
            for (Origin origin : held.origins()) {
                if (origin.region() == Region.USER && origin.source() == BufferSource.RAW_OUTPUT
                        && sameRequest(data.origins(), readFromRequest.getOrDefault(origin, List.of()))) {
                    locked.add(origin);
                }
            }
        });
        Origin marker = operationLocks.computeIfAbsent(call, c -> new Origin(Places.of(c),
                "the operation's user buffer, locked by " + routine.name(), Region.UNKNOWN));
        lockedRequests.put(marker, data.origins());
        locked.add(marker);
        state = state.probed(locked, probe);
    }

    /**
     * Whether two request objects, known by their identity origins, may be the same: an object whose identity is
     * not known may be any.
     */
    private static boolean sameRequest(List<Origin> one, List<Origin> other) {
        if (one.isEmpty() || other.isEmpty()) {
            return true;
        }
        for (Origin origin : one) {
            for (Origin candidate : other) {
                if (origin == candidate) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a test is of FLTFL_CALLBACK_DATA_SYSTEM_BUFFER in a callback data's Flags ({@code FlagOn(Data->Flags,
     * FLTFL_CALLBACK_DATA_SYSTEM_BUFFER)}, or compared with 0): true when the test holding says the flag is set,
     * false when it says the flag is clear.
     */
    private Optional<Boolean> systemBufferFlag(Expression test, State at) {
        Expression e = Expressions.stripped(test);
        if (e instanceof Binary compared && (compared.operator() == BinaryOperator.EQUAL
                || compared.operator() == BinaryOperator.NOT_EQUAL)) {
            boolean zeroRight = unit.semantics().constantValue(compared.right()).equals(OptionalLong.of(0));
            boolean zeroLeft = unit.semantics().constantValue(compared.left()).equals(OptionalLong.of(0));
            if (zeroRight == zeroLeft) {
                return Optional.empty();
            }
            boolean equal = compared.operator() == BinaryOperator.EQUAL;
            return systemBufferFlag(zeroRight ? compared.left() : compared.right(), at).map(set -> set != equal);
        }
        if (!(e instanceof Binary and) || and.operator() != BinaryOperator.BITWISE_AND) {
            return Optional.empty();
        }
        OptionalLong right = unit.semantics().constantValue(and.right());
        Expression flags = Expressions.stripped(right.isPresent() ? and.left() : and.right());
        OptionalLong flag = right.isPresent() ? right : unit.semantics().constantValue(and.left());
        if (flag.isEmpty() || flag.getAsLong() != FLTFL_CALLBACK_DATA_SYSTEM_BUFFER
                || !(flags instanceof MemberAccess member) || !member.arrow() || !member.member().name().equals("Flags")
                || peek(member.base(), at).kind() != ValueKind.REQUEST) {
            return Optional.empty();
        }
        return Optional.of(true);
    }

    /** Whether a test of FLTFL_CALLBACK_DATA_SYSTEM_BUFFER holds on every path here. */
    private boolean systemBuffer() {
        for (Origin marker : systemBufferTests.values()) {
            if (state.probe(marker).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** A raw buffer address the requestor passed, read out of {@code at}'s request object (remembered for a lock). */
    private Value rawBuffer(Location at, RequestFields.Field field, BufferSource source) {
        Origin origin = originFor(at, () -> field.says() + " (a user pointer)", Region.USER, source, Optional.empty());
        readFromRequest.putIfAbsent(origin, at.pointer().origins());
        return Value.pointer(Region.USER, true, origin);
    }

    /**
     * A buffer the system service probed before the request reached the driver (NtReadFile probes its buffer for
     * write, NtWriteFile for read, NtQueryDirectoryFile for write, for the request's whole length): Irp->UserBuffer
     * in an IRP_MJ_READ or IRP_MJ_WRITE dispatch routine, and a minifilter's read, write and directory buffers. Still
     * the caller's memory: accesses need an __except and can change between reads.
     */
    private Value probedByService(Location at, String member, Value read) {
        RequestFields.serviceProbe(member, context.role(), context.detail()).ifPresent(probe -> {
            if (read.region() == Region.USER && !read.origins().isEmpty()) {
                state = state.probed(read.origins(), new Probe(probe.forWrite(), Optional.empty(), OptionalLong.empty(),
                        Places.of(at.node()), probe.service()));
            }
        });
        return read;
    }

    /**
     * A raw output address read after an FltLockUserBuffer of the same request, one that holds on every path here,
     * is probed by it.
     */
    private Value lockedOutput(Value read, BufferSource source, Value request) {
        if (source != BufferSource.RAW_OUTPUT || read.region() != Region.USER) {
            return read;
        }
        for (Origin marker : operationLocks.values()) {
            Optional<Probe> lock = state.probe(marker);
            if (lock.isPresent() && sameRequest(lockedRequests.getOrDefault(marker, List.of()), request.origins())) {
                state = state.probed(read.origins(), lock.get());
                break;
            }
        }
        return read;
    }

    /** A routine stores through an out argument (&buf, (PVOID *)&buf). */
    private void storeThrough(Optional<Expression> out, Value value) {
        if (out.isEmpty()) {
            return;
        }
        Expression at = Expressions.stripped(out.get());
        if (at instanceof Unary u && u.operator() == UnaryOperator.ADDRESS_OF) {
            Expression target = Expressions.stripped(u.operand());
            pathOf(target).ifPresent(path -> state = state.assign(path, value));
        }
    }

    /**
     * A copy into kernel memory: the copy is safe to touch, but it holds what the user wrote.
     * {@code &local} fills the variable; a pointer variable fills the memory it points to.
     */
    private void captureInto(Expression destination, boolean userData, boolean appends) {
        Expression at = Expressions.stripped(destination);
        if (at instanceof Unary u && u.operator() == UnaryOperator.ADDRESS_OF) {
            pathOf(Expressions.stripped(u.operand())).ifPresent(path -> state = state.assign(path,
                    Value.UNKNOWN.withUserContents(userData
                            || appends && state.get(path).map(Value::userContents).orElse(false))));
            return;
        }
        Optional<AccessPath> path = pathOf(at);
        if (path.isPresent() && userData) {
            Value held = state.get(path.get()).orElse(Value.UNKNOWN);
            state = state.assign(path.get(), held.withUserContents(true));
        }
    }

    private void applySummary(Call call, FunctionSummary summary, List<Value> args, List<@Nullable Expression> exprs) {
        // A member the callee reads through a user pointer argument counts as read here, by the call.
        for (Map.Entry<Integer, java.util.Set<String>> entry : summary.readMembers().entrySet()) {
            int index = entry.getKey();
            Optional<Expression> argument = argExpression(exprs, OptionalInt.of(index));
            if (index >= args.size() || argument.isEmpty() || !args.get(index).region().userWritable()) {
                continue;
            }
            String prefix = elementOf(argument.get()) ? "[]" : "";
            for (Origin origin : args.get(index).origins()) {
                for (String member : entry.getValue()) {
                    FetchKey key = new FetchKey(origin, join(prefix, member));
                    List<Node> earlier = state.reads(key);
                    if (!earlier.isEmpty() && sink != FactSink.NONE) {
                        // an accessor called again (Length(m) > MAX, then memcpy(..., Length(m))): a second read
                        sink.accept(new FetchFact(call, Places.of(call), key, ExpressionText.of(argument.get())
                                + "->" + member, args.get(index), earlier, state.trusted(), currentIoctl()));
                    }
                    state = state.fetch(key, call);
                }
            }
        }
        summary.handlesOut().forEach((index, handle) -> storeReturnedHandle(call, summary.function(), index, handle,
                exprs));
        summary.membersOut().forEach((index, members) -> storeMembers(call, summary.function(), index, members, args,
                exprs));
        summary.probedMembers().forEach((index, members) -> probeMembers(call, summary.function(), index, members,
                exprs));
        for (Map.Entry<Integer, FunctionSummary.ParameterProbe> entry : summary.probedParameters().entrySet()) {
            int index = entry.getKey();
            if (index >= args.size()) {
                continue;
            }
            Value pointer = args.get(index);
            FunctionSummary.ParameterProbe probe = entry.getValue();
            Optional<Expression> length = argExpression(exprs,
                    probe.lengthParameter().isPresent() ? OptionalInt.of(probe.lengthParameter().getAsInt())
                            : OptionalInt.empty());
            OptionalLong constant = length.map(l -> unit.semantics().constantValue(l)).orElse(OptionalLong.empty());
            String routine = summary.function() + " (which calls " + probe.via() + ")";
            sink.accept(new ProbeFact(call, Places.of(call), routine, pointer, probe.forWrite(), length, constant, guarded,
                    state.trusted(), false, true, currentIoctl()));
            if (!pointer.origins().isEmpty()) {
                state = state.probed(pointer.origins(),
                        new Probe(probe.forWrite(), length, constant, Places.of(call), routine));
            }
        }
    }
}
