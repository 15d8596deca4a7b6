package org.zwlint.core.analysis.cfg;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.analysis.cfg.CfgNode.Kind;
import org.zwlint.core.ast.AsmBlock;
import org.zwlint.core.ast.AstVisitor;
import org.zwlint.core.ast.Binary;
import org.zwlint.core.ast.BinaryOperator;
import org.zwlint.core.ast.BreakStatement;
import org.zwlint.core.ast.CaseStatement;
import org.zwlint.core.ast.Comma;
import org.zwlint.core.ast.CompoundStatement;
import org.zwlint.core.ast.Conditional;
import org.zwlint.core.ast.ContinueStatement;
import org.zwlint.core.ast.DeclarationStatement;
import org.zwlint.core.ast.Declarator;
import org.zwlint.core.ast.DefaultStatement;
import org.zwlint.core.ast.DoStatement;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.ExpressionStatement;
import org.zwlint.core.ast.ForStatement;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.GotoStatement;
import org.zwlint.core.ast.IfStatement;
import org.zwlint.core.ast.KeywordSpecifier;
import org.zwlint.core.ast.LabelStatement;
import org.zwlint.core.ast.LeaveStatement;
import org.zwlint.core.ast.Literal;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.Parenthesized;
import org.zwlint.core.ast.PragmaDirective;
import org.zwlint.core.ast.ReturnStatement;
import org.zwlint.core.ast.SimpleDeclaration;
import org.zwlint.core.ast.SkippedStatement;
import org.zwlint.core.ast.Statement;
import org.zwlint.core.ast.StaticAssertion;
import org.zwlint.core.ast.SwitchStatement;
import org.zwlint.core.ast.TryStatement;
import org.zwlint.core.ast.Unary;
import org.zwlint.core.ast.UnaryOperator;
import org.zwlint.core.ast.WhileStatement;

/**
 * Builds one function's CFG in a single forward pass over its statements. The builder keeps the
 * current program point as a set of unresolved {@link Anchor}s: the next node created is that
 * point, and edges into it wait on the anchors until then. All nesting is handled by an explicit
 * work stack of steps, never by Java recursion, so deep input cannot overflow the stack.
 */
final class CfgBuilder {
    /** A loop or switch: where {@code break} goes, and {@code continue} (null for a switch). */
    private record JumpScope(Anchor breakTo, @Nullable Anchor continueTo, int tryDepth) {
    }

    /** The switch whose case labels are being met. */
    private static final class SwitchScope {
        final CfgNode selector;
        boolean hasDefault;

        SwitchScope(CfgNode selector) {
            this.selector = selector;
        }
    }

    /** A {@code __try} body being built. */
    private static final class Region {
        final TryRegion region;
        /** Where {@code __leave} goes: the finally block, or past the statement. */
        final Anchor leaveTo;
        /** The start of the finally block (the same as leaveTo), for __finally only. */
        final @Nullable Anchor finallyEntry;
        /** Where the shared finally block may go on to, in the order first needed. */
        final Set<Anchor> continuations = new LinkedHashSet<>();
        /** The nodes of the body an __except filter catches. */
        final List<CfgNode> raisers = new ArrayList<>();
        final GuardChain outerGuards;
        final @Nullable Region outerExcept;

        Region(TryRegion region, Anchor leaveTo, @Nullable Anchor finallyEntry, GuardChain outerGuards,
                @Nullable Region outerExcept) {
            this.region = region;
            this.leaveTo = leaveTo;
            this.finallyEntry = finallyEntry;
            this.outerGuards = outerGuards;
            this.outerExcept = outerExcept;
        }
    }

    /** A label: its point, whether it was met, and the __try bodies around it (outermost first). */
    private static final class Label {
        final Anchor anchor = new Anchor();
        boolean defined;
        boolean scanned;
        List<TryStatement> tries = List.of();
    }

    private final FunctionDefinition function;
    private final List<CfgNode> nodes = new ArrayList<>();
    private final List<List<Edge>> successors = new ArrayList<>();
    private final List<List<Edge>> predecessors = new ArrayList<>();
    private final Anchor.EdgeSink sink = this::addEdge;
    private final Deque<Runnable> work = new ArrayDeque<>();
    private final Deque<JumpScope> jumpScopes = new ArrayDeque<>();
    private final Deque<SwitchScope> switches = new ArrayDeque<>();
    private final List<Region> regions = new ArrayList<>();
    private final Map<String, Label> labels = new HashMap<>();
    private final Anchor exitAnchor = new Anchor();
    private List<Anchor> here = new ArrayList<>();
    private GuardChain guards = GuardChain.EMPTY;
    private @Nullable Region innermostExcept;

    private CfgBuilder(FunctionDefinition function) {
        this.function = function;
    }

    static Cfg build(FunctionDefinition function) {
        return new CfgBuilder(function).run();
    }

    private Cfg run() {
        findLabels();
        here.add(new Anchor());
        CfgNode entry = newNode(Kind.ENTRY, Optional.empty(), Optional.empty());
        fallThrough(entry);
        work.push(() -> statement(function.body()));
        while (!work.isEmpty()) {
            work.pop().run();
        }
        arrive(exitAnchor);
        for (Label label : labels.values()) {
            if (!label.defined) {
                // a goto to a label that does not exist: treat it as leaving the function
                label.anchor.merge(exitAnchor, sink);
            }
        }
        CfgNode exit = newNode(Kind.EXIT, Optional.empty(), Optional.empty());
        return new Cfg(function, nodes, successors, predecessors, entry, exit);
    }

    // ------------------------------------------------------------ program points and nodes

    /** Runs the steps in order, after the step being run now and before anything scheduled earlier. */
    private void then(Runnable... steps) {
        for (int i = steps.length - 1; i >= 0; i--) {
            work.push(steps[i]);
        }
    }

    private CfgNode newNode(Kind kind, Optional<Node> element, Optional<Statement> statement) {
        // the builder knows the innermost __except already: asking the guard list would cost its depth per node
        CfgNode node = new CfgNode(nodes.size(), kind, element, statement, guards, innermostExcept != null);
        nodes.add(node);
        successors.add(new ArrayList<>());
        predecessors.add(new ArrayList<>());
        for (Anchor a : here) {
            a.resolve(node, sink);
        }
        here = new ArrayList<>();
        here.add(new Anchor());
        Region catcher = innermostExcept;
        if (catcher != null && kind != Kind.JOIN) {
            catcher.raisers.add(node);
        }
        return node;
    }

    private void addEdge(CfgNode from, CfgNode to, EdgeKind kind, Optional<Node> label) {
        List<Edge> out = successors.get(from.id());
        if (kind == EdgeKind.NORMAL) {
            for (Edge e : out) {
                if (e.to() == to && e.kind() == EdgeKind.NORMAL) {
                    return; // two routes through a shared finally block to one place
                }
            }
        }
        Edge edge = new Edge(from, to, kind, label);
        out.add(edge);
        predecessors.get(to.id()).add(edge);
    }

    /** Control goes on from {@code node} to whatever comes next. */
    private void fallThrough(CfgNode node) {
        here.get(0).jumpFrom(node, EdgeKind.NORMAL, Optional.empty(), sink);
    }

    /** The point {@code anchor} is the current point. */
    private void arrive(Anchor anchor) {
        here.add(anchor);
    }

    /** Control at the current point jumps to {@code target}; the code after it is unreachable until a label. */
    private void goTo(Anchor target, Optional<Statement> owner) {
        Anchor root = target.root();
        boolean cycle = false;
        for (Anchor a : here) {
            if (a.root() == root) {
                cycle = true;
            }
        }
        if (cycle) {
            // a loop with no node in it: give the cycle a node of its own
            CfgNode join = newNode(Kind.JOIN, Optional.empty(), owner);
            addEdge(join, join, EdgeKind.NORMAL, Optional.empty());
        } else {
            for (Anchor a : here) {
                a.merge(target, sink);
            }
        }
        here = new ArrayList<>();
        here.add(new Anchor());
    }

    /**
     * A jump out of the finally regions {@code crossed} (innermost first) to {@code target}: it
     * enters the first finally block, each one goes on to the next, the last to the target.
     */
    private void route(List<Region> crossed, Anchor target, Optional<Statement> owner) {
        if (crossed.isEmpty()) {
            goTo(target, owner);
            return;
        }
        goTo(entryOf(crossed.get(0)), owner);
        for (int i = 0; i < crossed.size(); i++) {
            crossed.get(i).continuations.add(i + 1 < crossed.size() ? entryOf(crossed.get(i + 1)) : target);
        }
    }

    private static Anchor entryOf(Region finallyRegion) {
        Anchor entry = finallyRegion.finallyEntry;
        return entry != null ? entry : finallyRegion.leaveTo;
    }

    /** The finally regions entered after the first {@code depth} ones, innermost first. */
    private List<Region> finallyRegionsAbove(int depth) {
        List<Region> crossed = new ArrayList<>();
        for (int i = regions.size() - 1; i >= depth; i--) {
            if (!regions.get(i).region.hasExcept()) {
                crossed.add(regions.get(i));
            }
        }
        return crossed;
    }

    // ------------------------------------------------------------ statements

    private void statement(Statement s) {
        Optional<Statement> owner = Optional.of(s);
        switch (s) {
            case CompoundStatement block -> {
                List<Statement> items = block.items();
                for (int i = items.size() - 1; i >= 0; i--) {
                    Statement item = items.get(i);
                    work.push(() -> statement(item));
                }
            }
            case DeclarationStatement declaration -> declarators(declaration.declaration(), owner);
            case ExpressionStatement e -> e.expression().ifPresent(x -> element(x, owner));
            case IfStatement i -> ifStatement(i, owner);
            case WhileStatement w -> whileStatement(w, owner);
            case DoStatement d -> doStatement(d, owner);
            case ForStatement f -> forStatement(f, owner);
            case SwitchStatement sw -> switchStatement(sw, owner);
            case CaseStatement c -> {
                SwitchScope scope = switches.peek();
                if (scope != null) {
                    Anchor at = new Anchor();
                    at.jumpFrom(scope.selector, EdgeKind.CASE, Optional.of(c), sink);
                    arrive(at);
                }
            }
            case DefaultStatement d -> {
                SwitchScope scope = switches.peek();
                if (scope != null && !scope.hasDefault) {
                    scope.hasDefault = true;
                    Anchor at = new Anchor();
                    at.jumpFrom(scope.selector, EdgeKind.DEFAULT, Optional.of(d), sink);
                    arrive(at);
                }
            }
            case LabelStatement l -> {
                Label label = label(l.label().name());
                if (!label.defined) {
                    label.defined = true;
                    arrive(label.anchor);
                }
            }
            case GotoStatement g -> {
                Label label = label(g.label().name());
                route(finallyRegionsAbove(commonTryDepth(label.tries)), label.anchor, owner);
            }
            case BreakStatement b -> {
                JumpScope scope = jumpScopes.peek();
                if (scope != null) {
                    route(finallyRegionsAbove(scope.tryDepth()), scope.breakTo(), owner);
                }
            }
            case ContinueStatement c -> {
                for (JumpScope scope : jumpScopes) {
                    Anchor to = scope.continueTo();
                    if (to != null) {
                        route(finallyRegionsAbove(scope.tryDepth()), to, owner);
                        break;
                    }
                }
            }
            case ReturnStatement r -> {
                r.value().ifPresent(v -> newElement(v, owner));
                route(finallyRegionsAbove(0), exitAnchor, owner);
            }
            case TryStatement t -> tryStatement(t, owner);
            case LeaveStatement l -> {
                if (!regions.isEmpty()) {
                    goTo(regions.get(regions.size() - 1).leaveTo, owner);
                }
            }
            // the parser could not read it, or it is assembly: something unknown happens here
            case SkippedStatement skipped -> fallThrough(newNode(Kind.ELEMENT, Optional.of(skipped), owner));
            case AsmBlock asm -> fallThrough(newNode(Kind.ELEMENT, Optional.of(asm), owner));
            case PragmaDirective pragma -> {
                // no run-time effect
            }
            case StaticAssertion assertion -> {
                // checked at compile time
            }
        }
    }

    private void element(Expression e, Optional<Statement> owner) {
        newElement(e, owner);
    }

    private CfgNode newElement(Node e, Optional<Statement> owner) {
        CfgNode node = newNode(Kind.ELEMENT, Optional.of(e), owner);
        fallThrough(node);
        return node;
    }

    /** One node per declarator that initialises an automatic variable. */
    private void declarators(SimpleDeclaration declaration, Optional<Statement> owner) {
        for (var specifier : declaration.specifiers()) {
            // static and extern initialisers run before the program starts, typedefs never
            if (specifier instanceof KeywordSpecifier k
                    && (k.keyword().equals("static") || k.keyword().equals("extern") || k.keyword().equals("typedef"))) {
                return;
            }
        }
        for (Declarator d : declaration.declarators()) {
            if (d.initializer().isPresent()) {
                newElement(d, owner);
            }
        }
    }

    private void ifStatement(IfStatement s, Optional<Statement> owner) {
        Anchor onTrue = new Anchor();
        Anchor onFalse = new Anchor();
        Anchor end = new Anchor();
        then(() -> condition(s.condition(), onTrue, onFalse, owner),
                () -> arrive(onTrue),
                () -> statement(s.then()),
                () -> goTo(end, owner),
                () -> arrive(onFalse),
                () -> s.otherwise().ifPresent(this::statement),
                () -> arrive(end));
    }

    private void whileStatement(WhileStatement s, Optional<Statement> owner) {
        Anchor head = new Anchor();
        Anchor body = new Anchor();
        Anchor after = new Anchor();
        then(() -> arrive(head),
                () -> condition(s.condition(), body, after, owner),
                () -> arrive(body),
                () -> jumpScopes.push(new JumpScope(after, head, regions.size())),
                () -> statement(s.body()),
                jumpScopes::pop,
                () -> goTo(head, owner),
                () -> arrive(after));
    }

    private void doStatement(DoStatement s, Optional<Statement> owner) {
        Anchor body = new Anchor();
        Anchor next = new Anchor();
        Anchor after = new Anchor();
        then(() -> arrive(body),
                () -> jumpScopes.push(new JumpScope(after, next, regions.size())),
                () -> statement(s.body()),
                jumpScopes::pop,
                () -> arrive(next),
                () -> condition(s.condition(), body, after, owner),
                () -> arrive(after));
    }

    private void forStatement(ForStatement s, Optional<Statement> owner) {
        Anchor head = new Anchor();
        Anchor body = new Anchor();
        Anchor next = new Anchor();
        Anchor after = new Anchor();
        then(() -> s.init().ifPresent(init -> {
                    if (init instanceof Expression e) {
                        element(e, owner);
                    } else if (init instanceof SimpleDeclaration d) {
                        declarators(d, owner);
                    }
                }),
                () -> arrive(head),
                () -> s.condition().ifPresent(c -> condition(c, body, after, owner)),
                () -> arrive(body),
                () -> jumpScopes.push(new JumpScope(after, next, regions.size())),
                () -> statement(s.body()),
                jumpScopes::pop,
                () -> arrive(next),
                () -> s.step().ifPresent(step -> element(step, owner)),
                () -> goTo(head, owner),
                () -> arrive(after));
    }

    private void switchStatement(SwitchStatement s, Optional<Statement> owner) {
        CfgNode selector = newNode(Kind.ELEMENT, Optional.of(s.selector()), owner);
        Anchor after = new Anchor();
        SwitchScope scope = new SwitchScope(selector);
        then(() -> {
                    switches.push(scope);
                    jumpScopes.push(new JumpScope(after, null, regions.size()));
                },
                () -> statement(s.body()),
                () -> {
                    jumpScopes.pop();
                    switches.pop();
                    if (!scope.hasDefault) {
                        after.jumpFrom(selector, EdgeKind.DEFAULT, Optional.empty(), sink);
                    }
                },
                () -> arrive(after));
    }

    private void tryStatement(TryStatement s, Optional<Statement> owner) {
        Anchor after = new Anchor();
        Anchor finallyEntry = s.isFinally() ? new Anchor() : null;
        Region region = new Region(new TryRegion(s, !s.isFinally()), finallyEntry != null ? finallyEntry : after,
                finallyEntry, guards, innermostExcept);
        if (finallyEntry == null) {
            then(() -> enter(region), () -> statement(s.body()), () -> leave(region), () -> goTo(after, owner), () -> {
                CfgNode filter = newNode(Kind.EXCEPT_FILTER, s.filter().map(Node.class::cast), owner);
                for (CfgNode raiser : region.raisers) {
                    addEdge(raiser, filter, EdgeKind.EXCEPTION, Optional.empty());
                }
                fallThrough(filter);
            }, () -> statement(s.handler()), () -> arrive(after));
        } else {
            region.continuations.add(after);
            then(() -> enter(region), () -> statement(s.body()), () -> leave(region), () -> arrive(finallyEntry),
                    () -> statement(s.handler()), () -> {
                        if (region.continuations.size() > 1) {
                            // one shared copy of the finally block: its end goes to every place a path entered it for
                            CfgNode join = newNode(Kind.JOIN, Optional.empty(), owner);
                            for (Anchor to : region.continuations) {
                                to.jumpFrom(join, EdgeKind.NORMAL, Optional.empty(), sink);
                            }
                        }
                    }, () -> arrive(after));
        }
    }

    private void enter(Region region) {
        regions.add(region);
        guards = guards.enter(region.region);
        if (region.region.hasExcept()) {
            innermostExcept = region;
        }
    }

    private void leave(Region region) {
        regions.remove(regions.size() - 1);
        guards = region.outerGuards;
        innermostExcept = region.outerExcept;
    }

    // ------------------------------------------------------------ conditions

    /**
     * Builds the test of {@code e}: control goes to {@code onTrue} when it is nonzero, to
     * {@code onFalse} when it is zero, splitting it at &&, ||, !, ?: and the comma operator.
     */
    private void condition(Expression e, Anchor onTrue, Anchor onFalse, Optional<Statement> owner) {
        Expression x = e;
        while (x instanceof Parenthesized p) {
            x = p.inner();
        }
        switch (x) {
            case Binary b when b.operator() == BinaryOperator.LOGICAL_AND -> {
                Anchor right = new Anchor();
                then(() -> condition(b.left(), right, onFalse, owner), () -> arrive(right),
                        () -> condition(b.right(), onTrue, onFalse, owner));
            }
            case Binary b when b.operator() == BinaryOperator.LOGICAL_OR -> {
                Anchor right = new Anchor();
                then(() -> condition(b.left(), onTrue, right, owner), () -> arrive(right),
                        () -> condition(b.right(), onTrue, onFalse, owner));
            }
            case Unary u when u.operator() == UnaryOperator.LOGICAL_NOT ->
                then(() -> condition(u.operand(), onFalse, onTrue, owner));
            case Conditional c -> {
                Anchor otherwise = new Anchor();
                Optional<Expression> chosen = c.then();
                if (chosen.isPresent()) {
                    Anchor thenAt = new Anchor();
                    Expression thenValue = chosen.get();
                    then(() -> condition(c.condition(), thenAt, otherwise, owner), () -> arrive(thenAt),
                            () -> condition(thenValue, onTrue, onFalse, owner), () -> arrive(otherwise),
                            () -> condition(c.otherwise(), onTrue, onFalse, owner));
                } else {
                    // GNU a ?: b, whose value is a when a is nonzero
                    then(() -> condition(c.condition(), onTrue, otherwise, owner), () -> arrive(otherwise),
                            () -> condition(c.otherwise(), onTrue, onFalse, owner));
                }
            }
            case Comma c -> then(() -> element(c.left(), owner), () -> condition(c.right(), onTrue, onFalse, owner));
            default -> {
                CfgNode branch = newNode(Kind.BRANCH, Optional.of(x), owner);
                Optional<Boolean> constant = constantTruth(x);
                if (constant.orElse(true)) {
                    onTrue.jumpFrom(branch, EdgeKind.TRUE, Optional.empty(), sink);
                }
                if (!constant.orElse(false)) {
                    onFalse.jumpFrom(branch, EdgeKind.FALSE, Optional.empty(), sink);
                }
            }
        }
    }

    /** Whether a condition is an integer literal, and then whether it is nonzero. */
    private static Optional<Boolean> constantTruth(Expression e) {
        if (!(e instanceof Literal literal) || literal.kind() != Literal.Kind.NUMBER) {
            return Optional.empty();
        }
        String text = literal.text().toLowerCase(java.util.Locale.ROOT).replaceAll("(u|l|i64|i32|i16|i8)+$", "");
        try {
            if (text.startsWith("0x")) {
                return Optional.of(new java.math.BigInteger(text.substring(2), 16).signum() != 0);
            }
            if (text.startsWith("0b")) {
                return Optional.of(new java.math.BigInteger(text.substring(2), 2).signum() != 0);
            }
            return Optional.of(new java.math.BigInteger(text, text.length() > 1 && text.startsWith("0") ? 8 : 10)
                    .signum() != 0);
        } catch (NumberFormatException e2) {
            return Optional.empty(); // a floating literal or something unusual: not folded
        }
    }

    // ------------------------------------------------------------ labels

    private Label label(String name) {
        return labels.computeIfAbsent(name, n -> new Label());
    }

    /** How many of the current __try regions (outermost first) also enclose a label. */
    private int commonTryDepth(List<TryStatement> labelTries) {
        int k = 0;
        while (k < regions.size() && k < labelTries.size() && regions.get(k).region.statement() == labelTries.get(k)) {
            k++;
        }
        return k;
    }

    /** Records, before building, the __try bodies around each label, so a forward goto knows which finally blocks it leaves. */
    private void findLabels() {
        Map<Node, TryStatement> tryBodies = new IdentityHashMap<>();
        Deque<TryStatement> open = new ArrayDeque<>();
        function.body().accept(new AstVisitor() {
            @Override
            public Descend enter(Node node) {
                if (node instanceof Expression || node instanceof DeclarationStatement) {
                    return Descend.SKIP;
                }
                if (node instanceof TryStatement t) {
                    tryBodies.put(t.body(), t);
                }
                TryStatement opened = tryBodies.get(node);
                if (opened != null) {
                    open.addLast(opened);
                }
                if (node instanceof LabelStatement l) {
                    Label label = label(l.label().name());
                    if (!label.scanned) {
                        label.scanned = true;
                        label.tries = List.copyOf(open);
                    }
                }
                return Descend.CHILDREN;
            }

            @Override
            public void leave(Node node) {
                if (tryBodies.containsKey(node)) {
                    open.removeLast();
                }
            }
        });
    }
}
