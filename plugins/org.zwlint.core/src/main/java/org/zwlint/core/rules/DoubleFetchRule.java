package org.zwlint.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.zwlint.core.Finding;
import org.zwlint.core.WitnessStep;
import org.zwlint.core.analysis.FetchFact;
import org.zwlint.core.analysis.FunctionFacts;
import org.zwlint.core.analysis.Places;
import org.zwlint.core.ast.Assignment;
import org.zwlint.core.ast.AssignmentOperator;
import org.zwlint.core.ast.Binary;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.Cast;
import org.zwlint.core.ast.ConditionalStatementParts;
import org.zwlint.core.ast.Declarator;
import org.zwlint.core.ast.DoStatement;
import org.zwlint.core.ast.Expressions;
import org.zwlint.core.ast.ForStatement;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.MemberAccess;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.Parenthesized;
import org.zwlint.core.ast.Parents;
import org.zwlint.core.ast.Statement;
import org.zwlint.core.ast.Unary;
import org.zwlint.core.ast.UnaryOperator;
import org.zwlint.core.ast.WhileStatement;
import org.zwlint.core.dispatcher.DriverReplay;
import org.zwlint.core.semantics.SemanticModel;
import org.zwlint.core.semantics.Symbol;
import org.zwlint.core.semantics.SymbolKind;
import org.zwlint.core.dispatcher.DriverReplayOutcome;
import org.zwlint.core.source.TextRange;

/**
 * PB004: one location of memory the user can change (a user buffer, MDL-mapped pages) read twice,
 * where the first value was checked or used as a size and the second is used again: between the
 * reads the user can change it, so the check no longer holds (a TOCTOU). Capture the value once
 * into a local, then check and use the local.
 */
public final class DoubleFetchRule implements Rule {
    public static final String ID = "PB004";
    /** Routines with a size argument, by its index: a value read for it is "used as a size". */
    private static final Map<String, Integer> SIZE_ARGUMENT = Map.ofEntries(Map.entry("ExAllocatePool", 1),
            Map.entry("ExAllocatePoolWithTag", 1), Map.entry("ExAllocatePool2", 1), Map.entry("ExAllocatePool3", 1),
            Map.entry("ExAllocatePoolZero", 1), Map.entry("ExAllocatePoolWithQuotaTag", 1), Map.entry("memcpy", 2),
            Map.entry("memmove", 2), Map.entry("memset", 2), Map.entry("ProbeForRead", 1),
            Map.entry("ProbeForWrite", 1), Map.entry("IoAllocateMdl", 1), Map.entry("RtlCopyMemory", 2),
            Map.entry("RtlMoveMemory", 2));
    /** Routines that copy through their pointer arguments: a value read for one of those is "used as the pointer". */
    private static final Set<String> COPIES = Set.of("memcpy", "memmove", "memset", "RtlCopyMemory", "RtlMoveMemory",
            "strcpy", "wcscpy", "strncpy", "wcsncpy", "RtlInitUnicodeString", "RtlCopyUnicodeString");
    private static final String PROBED = "probed";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        RuleDescription description = input.catalog().get(ID);
        List<Finding> findings = new ArrayList<>();
        for (FunctionFacts function : input.analysis().functions()) {
            for (FetchFact fetch : function.facts(FetchFact.class)) {
                if (fetch.trusted() || fetch.earlier().isEmpty()) {
                    continue;
                }
                Parents parents = input.analysis().semantics().parents(); // built on first use: most units need none
                // The first earlier read that was checked or used as a size (one printed before it checked nothing).
                Node first = null;
                Optional<String> use = Optional.empty();
                for (Node read : fetch.earlier()) {
                    use = read == fetch.node() ? Optional.empty() : checkedOrSized(read, parents);
                    if (use.isPresent()) {
                        first = read;
                        break;
                    }
                }
                if (first == null) {
                    continue;
                }
                Node firstRead = first;
                Optional<String> reuse = use.isPresent() && use.get().equals(PROBED)
                        ? usedAsPointer(fetch.node(), parents)
                        : sizeOrIndex(fetch.node(), parents).or(() -> chosenAfterTest(firstRead, fetch.node(), parents))
                                .or(() -> throughLocal(fetch.node(), parents, input.analysis().semantics()));
                if (use.isEmpty() || reuse.isEmpty()) {
                    continue; // a second read that only feeds another test or a print does no harm
                }
                TextRange firstAt = Places.of(first);
                String message = "`" + fetch.locationText() + "` is read again from memory the user can change and "
                        + reuse.get() + "; " + (first instanceof Call helper ? "it was read by "
                                + helper.calleeName().orElse("a helper") + " at line " + firstAt.startLine()
                                + ", whose result was " : "the value read at line " + firstAt.startLine() + " was ")
                        + use.get()
                        + ", and the requestor can change it in between: read it once into a local and use the local";
                IoReplays.Case replay = IoReplays.of(input, function.context(), fetch.ioctl(),
                        Optional.of(fetch.location().base()), fetch.locationText(), fetch.node(), false, false,
                        OptionalLong.empty(), false, false);
                DriverReplay driver = input.replayer().driver();
                // a probed pointer is swapped: a user address passes the probe, a kernel address is used
                HostileValues values = use.get().equals(PROBED)
                        ? new HostileValues(driver.userAddress(), driver.kernelAddress(), "the probe")
                        : HostileValues.of(first, parents, input.analysis().semantics());
                DriverReplayOutcome outcome = driver.changedBetweenReads(replay.request(),
                        replay.access(), values.checked(), values.used(), values.check(), reuse.get());
                findings.add(new Finding(ID, description.severity(), fetch.range(), message, IoReplays.witness(List.of(
                        new WitnessStep(firstAt, "first read: " + use.get()),
                        new WitnessStep(fetch.range(), "second read, " + reuse.get())), outcome), List.of()));
            }
        }
        return findings;
    }

    /** How the second read's value is used, if as a size, an index or an offset: where a changed value does harm. */
    private static Optional<String> sizeOrIndex(Node read, Parents parents) {
        Node child = read;
        for (Node at : parents.ancestors(read)) {
            if (at instanceof Call call && isSizeArgument(call, child)) {
                return Optional.of("used as a size by " + call.calleeName().get());
            }
            if (at instanceof org.zwlint.core.ast.Index index && index.index() == child) {
                return Optional.of("used as an index");
            }
            if (at instanceof Binary bound && bound.operator().isComparison() && loopCondition(bound, parents)) {
                return Optional.of("used as a loop bound");
            }
            if (at instanceof Binary binary && (binary.operator() == org.zwlint.core.ast.BinaryOperator.ADD
                    || binary.operator() == org.zwlint.core.ast.BinaryOperator.SUBTRACT)) {
                return Optional.of("used in an offset");
            }
            if (at instanceof Statement) {
                return Optional.empty();
            }
            child = at;
        }
        return Optional.empty();
    }

    /**
     * The second read stored in a local ({@code idx = p->Index;} or {@code ULONG idx = p->Index;}) that a later use
     * takes as a size, an index, an offset or a loop bound, before the local is checked again or assigned again
     * on the way there (by the function's control flow, see {@link LocalUseFlow}): the value used is the one nobody
     * checked.
     */
    private static Optional<String> throughLocal(Node read, Parents parents, SemanticModel semantics) {
        Node child = read;
        Optional<Symbol> local = Optional.empty();
        for (Node at : parents.ancestors(read)) {
            if (at instanceof Parenthesized || at instanceof Cast) {
                child = at;
                continue;
            }
            if (at instanceof Assignment a && a.operator() == AssignmentOperator.ASSIGN && a.value() == child
                    && Expressions.stripped(a.target()) instanceof Identifier target) {
                local = semantics.symbol(target);
            } else if (at instanceof Declarator d && d.initializer().isPresent() && d.initializer().get() == child) {
                local = semantics.declaredBy(d);
            }
            break;
        }
        Optional<FunctionDefinition> function = parents.enclosing(read, FunctionDefinition.class);
        if (local.isEmpty() || local.get().kind() != SymbolKind.LOCAL || function.isEmpty()) {
            return Optional.empty();
        }
        Symbol variable = local.get();
        int after = read.range().endOffset();
        List<Identifier> all = new ArrayList<>();
        function.get().walk(node -> {
            if (node instanceof Identifier id && semantics.symbol(id).filter(variable::equals).isPresent()) {
                all.add(id);
            }
        });
        Optional<Optional<Identifier>> byFlow = LocalUseFlow.firstHarm(function.get(), read, all, parents,
                use -> sizeOrIndex(use, parents).isPresent(),
                use -> assigned(use, parents) || checkedOrSized(use, parents).isPresent());
        if (byFlow.isPresent()) {
            return byFlow.get().map(use -> "stored in `" + variable.name() + "`, which is then "
                    + sizeOrIndex(use, parents).orElseThrow());
        }
        // no flow graph node for the store or a use: the order of the text
        List<Identifier> uses = new ArrayList<>(all.stream().filter(id -> id.range().startOffset() > after).toList());
        uses.sort(java.util.Comparator.comparingInt(id -> id.range().startOffset()));
        for (Identifier use : uses) {
            Optional<String> harm = sizeOrIndex(use, parents);
            if (harm.isPresent()) {
                return Optional.of("stored in `" + variable.name() + "`, which is then " + harm.get());
            }
            if (assigned(use, parents) || checkedOrSized(use, parents).isPresent()) {
                return Optional.empty(); // the local is checked again, or holds something else from here
            }
        }
        return Optional.empty();
    }

    /** Whether an identifier is the target of an assignment (or of ++/--): the variable gets a new value there. */
    private static boolean assigned(Identifier use, Parents parents) {
        Optional<Node> parent = parents.parent(use);
        return parent.isPresent() && (parent.get() instanceof Assignment a && a.target() == use
                || parent.get() instanceof Unary u
                        && (u.operator() == UnaryOperator.ADDRESS_OF || u.operator().writesOperand()));
    }

    /**
     * The second read as the result of a ?: whose test made the first: {@code min(p->Len, MAX)} expands to
     * {@code p->Len < MAX ? p->Len : MAX}, so the bound is checked on one value and the other comes out.
     */
    private static Optional<String> chosenAfterTest(Node first, Node read, Parents parents) {
        Node child = read;
        for (Node at : parents.ancestors(read)) {
            if (at instanceof org.zwlint.core.ast.Conditional choice && child != choice.condition()
                    && (first == choice.condition() || parents.ancestors(first).contains(choice.condition()))) {
                return Optional.of("comes out of the ?: (a min or max) whose test read the first value");
            }
            if (!(at instanceof Parenthesized || at instanceof Cast || at instanceof org.zwlint.core.ast.Conditional)) {
                return Optional.empty();
            }
            child = at;
        }
        return Optional.empty();
    }

    /** How the first read's value was used, if it was checked or used as a size. */
    private static Optional<String> checkedOrSized(Node read, Parents parents) {
        Node child = read;
        for (Node at : parents.ancestors(read)) {
            if (at instanceof Binary binary && binary.operator().isComparison()) {
                return Optional.of("compared");
            }
            if (at instanceof Call call && call.calleeName().filter(n -> n.startsWith("ProbeFor")).isPresent()
                    && call.arguments().indexOf(child) == 0) {
                return Optional.of(PROBED);
            }
            if (at instanceof Call call && isSizeArgument(call, child)) {
                return Optional.of("used as a size by " + call.calleeName().get());
            }
            if (ConditionalStatementParts.isCondition(at, child)) {
                return Optional.of("tested");
            }
            if (at instanceof Statement) {
                return Optional.empty();
            }
            child = at;
        }
        return Optional.empty();
    }

    private static boolean isSizeArgument(Call call, Node argument) {
        int at = call.arguments().indexOf(argument);
        return call.calleeName().map(name -> SIZE_ARGUMENT.getOrDefault(name, -1) == at).orElse(false);
    }

    /** A comparison that is, or is a part of, the condition of a loop: its value bounds the iterations. */
    private static boolean loopCondition(Binary comparison, Parents parents) {
        Node child = comparison;
        for (Node at : parents.ancestors(comparison)) {
            if ((at instanceof ForStatement || at instanceof WhileStatement || at instanceof DoStatement)
                    && ConditionalStatementParts.isCondition(at, child)) {
                return true;
            }
            if (at instanceof Statement) {
                return false;
            }
            child = at;
        }
        return false;
    }

    /**
     * Whether the second read of a pointer that was probed at the first is the one the driver goes
     * through: dereferenced, or handed to a copy routine. The probe checked the first value only.
     */
    private static Optional<String> usedAsPointer(Node read, Parents parents) {
        Node child = read;
        for (Node at : parents.ancestors(read)) {
            if (at instanceof Parenthesized || at instanceof Cast) {
                child = at;
                continue;
            }
            boolean dereferenced = at instanceof MemberAccess member && member.arrow() && member.base() == child
                    || at instanceof Unary unary && unary.operator() == UnaryOperator.DEREFERENCE
                    || at instanceof org.zwlint.core.ast.Index index && index.base() == child;
            if (dereferenced) {
                return Optional.of("dereferenced, though only the first value was probed");
            }
            if (at instanceof Call call && call.calleeName().filter(COPIES::contains).isPresent()
                    && !isSizeArgument(call, child)) {
                return Optional.of("used as the pointer of " + call.calleeName().get()
                        + ", though only the first value was probed");
            }
            return Optional.empty();
        }
        return Optional.empty();
    }
}
