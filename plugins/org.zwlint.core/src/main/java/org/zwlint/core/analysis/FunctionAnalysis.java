package org.zwlint.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.zwlint.core.analysis.cfg.Cfg;
import org.zwlint.core.analysis.cfg.CfgNode;
import org.zwlint.core.analysis.cfg.Edge;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.semantics.CType;
import org.zwlint.core.semantics.Symbol;

/**
 * Runs the engine over one function: the solver to a fixpoint of {@link State}s, then one
 * reporting pass that hands each node's facts to a sink. Also derives the function's summary
 * for its callers.
 */
public final class FunctionAnalysis {
    private final UnitContext unit;
    private final FunctionDefinition function;
    private final Cfg cfg;

    public FunctionAnalysis(UnitContext unit, FunctionDefinition function, Cfg cfg) {
        this.unit = unit;
        this.function = function;
        this.cfg = cfg;
    }

    public FunctionDefinition function() {
        return function;
    }

    public Cfg cfg() {
        return cfg;
    }

    /** The facts of the function under a context, within a budget of solver steps. */
    public FunctionFacts run(FunctionContext context, long budget) {
        Evaluator evaluator = new Evaluator(unit, context);
        // The solver visits a node again whenever the state before it changes, so once it settles, each node's
        // latest visit saw the node's final state: the facts of that visit are the node's facts.
        List<@org.eclipse.jdt.annotation.Nullable List<AnalysisFact>> byNode = new ArrayList<>(
                java.util.Collections.nCopies(cfg.nodes().size(), (List<AnalysisFact>) null));
        Solution<State> solution = solve(evaluator, initialState(context), new WorkBudget(budget), byNode);
        List<AnalysisFact> facts = new ArrayList<>();
        for (CfgNode node : cfg.reversePostOrder()) {
            Optional<State> before = solution.before(node);
            if (before.isEmpty()) {
                continue;
            }
            List<AnalysisFact> seen = byNode.get(node.id());
            if (solution.complete() && seen != null) {
                facts.addAll(seen);
            } else { // the budget stopped the solver: report what the node's state is now
                evaluator.through(node, before.get(), facts::add);
            }
        }
        return new FunctionFacts(function, context, facts, solution.complete(), solution.steps());
    }

    /**
     * Which parameters the function probes on some path to a normal return, with the routine that
     * does it: a helper that probes is recognised from its body, not from its name.
     */
    public FunctionSummary summarize(long budget) {
        return summarize(new WorkBudget(budget));
    }

    /** {@link #summarize(long)} charging {@code budget}, so the caller sees what it spent. */
    public FunctionSummary summarize(WorkBudget budget) {
        List<Symbol> parameters = unit.semantics().parameters(function);
        Map<Origin, Integer> parameterOf = new HashMap<>();
        Map<Integer, Value> values = new HashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            Origin origin = new Origin(function.range(), "parameter " + parameters.get(i).name(), Region.UNKNOWN);
            parameterOf.put(origin, i);
            // As the user's: reads through it are then fetches, which the summary hands to callers.
            values.put(i, Value.pointer(Region.USER, false, origin));
        }
        FunctionContext context = FunctionContext.of(EntryRole.HELPER, "").withParameters(values);
        Evaluator evaluator = new Evaluator(unit, context);
        Solution<State> solution = solve(evaluator, initialState(context), budget, null);
        Map<Integer, FunctionSummary.ParameterProbe> probed = new HashMap<>();
        Map<Integer, java.util.Set<String>> read = new HashMap<>();
        Map<Integer, FunctionSummary.HandleOut> handles = new HashMap<>();
        Map<Integer, Map<String, FunctionSummary.MemberOut>> members = null;
        Map<Integer, Map<String, FunctionSummary.ParameterProbe>> probedMembers = new HashMap<>();
        for (Edge edge : cfg.predecessors(cfg.exit())) {
            Optional<State> before = solution.before(edge.from());
            if (before.isEmpty()) {
                continue;
            }
            State after = evaluator.through(edge.from(), before.get(), FactSink.NONE);
            for (Map.Entry<FetchKey, List<org.zwlint.core.ast.Node>> fetch : after.fetches().entrySet()) {
                FetchKey key = fetch.getKey();
                Integer index = parameterOf.get(key.base());
                // only the function's own reads: a callee's, handed up again, would nest without end in recursion
                if (index != null && !key.member().equals(FetchKey.WHOLE_BUFFER)
                        && !(fetch.getValue().get(0) instanceof org.zwlint.core.ast.Call)) {
                    read.computeIfAbsent(index, i -> new java.util.TreeSet<>()).add(key.member());
                }
            }
            handlesWritten(after, parameters, handles);
            Map<Integer, Map<String, FunctionSummary.MemberOut>> here = membersWritten(after, parameters, parameterOf);
            members = members == null ? here : commonMembers(members, here);
            for (Map.Entry<Origin, Probe> entry : after.probes().entrySet()) {
                Integer index = parameterOf.get(entry.getKey());
                Optional<String> member = evaluator.embeddedMember(entry.getKey());
                Optional<Integer> holder = entry.getKey().within()
                        .flatMap(o -> Optional.ofNullable(parameterOf.get(o)));
                if (!parameterOf.containsKey(entry.getKey()) && holder.isPresent() && member.isPresent()) {
                    Probe probe = entry.getValue();
                    Map<String, FunctionSummary.ParameterProbe> ofHolder = probedMembers.computeIfAbsent(holder.get(),
                            h -> new HashMap<>());
                    FunctionSummary.ParameterProbe old = ofHolder.get(member.get());
                    if (old == null || (!old.forWrite() && probe.forWrite())) {
                        ofHolder.put(member.get(), new FunctionSummary.ParameterProbe(probe.forWrite(),
                                OptionalInt.empty(), leafRoutine(probe.routine())));
                    }
                }
                if (index != null) {
                    Probe probe = entry.getValue();
                    FunctionSummary.ParameterProbe old = probed.get(index);
                    if (old == null || (!old.forWrite() && probe.forWrite())) {
                        probed.put(index, new FunctionSummary.ParameterProbe(probe.forWrite(),
                                lengthParameter(probe, parameters), leafRoutine(probe.routine())));
                    }
                }
            }
        }
        return new FunctionSummary(function.name(), probed, read, handles, members == null ? Map.of() : members,
                probedMembers);
    }

    /**
     * What a path to the exit leaves in the members of the OBJECT_ATTRIBUTES and UNICODE_STRINGs pointer
     * parameters point to ({@code Oa->Attributes = OBJ_KERNEL_HANDLE}, {@code Oa->ObjectName = Name}): the values
     * the function made that say the same for every caller (constants, kernel addresses), and its parameters'
     * values passed through. A value read through a parameter is neither: here parameters stand for user pointers,
     * which a caller's need not be.
     */
    private static Map<Integer, Map<String, FunctionSummary.MemberOut>> membersWritten(State exit,
            List<Symbol> parameters, Map<Origin, Integer> parameterOf) {
        Map<Integer, Map<String, FunctionSummary.MemberOut>> out = new HashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            // only the structures the boundary rules read at a call: what a helper leaves elsewhere changes no
            // finding, and every non-empty summary makes its callers be summarized again
            if (!(parameters.get(i).type() instanceof org.zwlint.core.semantics.Pointer pointer)
                    || !(pointer.target() instanceof org.zwlint.core.semantics.RecordType record)
                    || !(ObjectAttributesSupport.isObjectAttributes(record)
                            || ObjectAttributesSupport.isString(record))) {
                continue;
            }
            int index = i;
            exit.forEachPathUnder(AccessPath.of(parameters.get(i)), (path, value) -> {
                if (path.selectors().size() != 1 || !path.selectors().get(0).startsWith("->")) {
                    return;
                }
                Optional<FunctionSummary.MemberOut> member;
                if (value.origins().size() == 1 && parameterOf.containsKey(value.origins().get(0))
                        && value.constant().isEmpty() && value.region() == Region.USER && !value.userContents()) {
                    member = Optional.of(new FunctionSummary.PassedParameter(parameterOf.get(value.origins().get(0))));
                } else if (madeHere(value, parameterOf)) {
                    member = Optional.of(new FunctionSummary.MadeValue(value));
                } else {
                    member = Optional.empty();
                }
                String name = path.selectors().get(0).substring(2);
                member.ifPresent(m -> out.computeIfAbsent(index, k -> new HashMap<>()).put(name, m));
            });
        }
        return out;
    }

    private static boolean madeHere(Value value, Map<Origin, Integer> parameterOf) {
        return value.origins().stream().noneMatch(parameterOf::containsKey) && !value.userInfluenced()
                && (value.constant().isPresent() || value.region() == Region.KERNEL);
    }

    /** The members every path leaves the same; two made values join while they still say the same to callers. */
    private static Map<Integer, Map<String, FunctionSummary.MemberOut>> commonMembers(
            Map<Integer, Map<String, FunctionSummary.MemberOut>> left,
            Map<Integer, Map<String, FunctionSummary.MemberOut>> right) {
        Map<Integer, Map<String, FunctionSummary.MemberOut>> out = new HashMap<>();
        left.forEach((index, members) -> {
            Map<String, FunctionSummary.MemberOut> other = right.getOrDefault(index, Map.of());
            members.forEach((name, member) -> {
                FunctionSummary.MemberOut that = other.get(name);
                Optional<FunctionSummary.MemberOut> both = that == null ? Optional.empty()
                        : member.equals(that) ? Optional.of(member)
                        : member instanceof FunctionSummary.MadeValue a && that instanceof FunctionSummary.MadeValue b
                                ? Optional.of(a.value().join(b.value())).filter(v -> madeHere(v, Map.of()))
                                        .map(FunctionSummary.MadeValue::new)
                        : Optional.empty();
                both.ifPresent(m -> out.computeIfAbsent(index, k -> new HashMap<>()).put(name, m));
            });
        });
        return out;
    }

    /** The handles a path to the exit leaves in the memory a pointer parameter points to ({@code *Handle = h}). */
    private static void handlesWritten(State exit, List<Symbol> parameters,
            Map<Integer, FunctionSummary.HandleOut> handles) {
        for (int i = 0; i < parameters.size(); i++) {
            if (!parameters.get(i).type().isPointer()) {
                continue;
            }
            Optional<Value> written = exit.get(AccessPath.of(parameters.get(i)).with("*"));
            if (written.isEmpty() || written.get().kind() != ValueKind.HANDLE
                    && written.get().kind() != ValueKind.PROCESS_HANDLE || written.get().origins().isEmpty()) {
                continue;
            }
            Value handle = written.get();
            handles.merge(i, new FunctionSummary.HandleOut(handle.kind(), handle.region(),
                    handle.origins().get(0).description()), FunctionSummary.HandleOut::join);
        }
    }

    /** Solves; with {@code factsByNode}, also keeps the facts of each node's latest visit, by node id. */
    private Solution<State> solve(Evaluator evaluator, State initial, WorkBudget budget,
            @org.eclipse.jdt.annotation.Nullable List<@org.eclipse.jdt.annotation.Nullable List<AnalysisFact>> factsByNode) {
        return ForwardSolver.solve(cfg, initial, new Lattice<State>() {
            @Override
            public State join(State left, State right) {
                return left.join(right);
            }

            @Override
            public boolean same(State left, State right) {
                return left.sameAs(right);
            }
        }, new Transfer<State>() {
            @Override
            public State through(CfgNode node, State before) {
                if (factsByNode == null) {
                    return evaluator.through(node, before, FactSink.NONE);
                }
                List<AnalysisFact> facts = new ArrayList<>();
                State after = evaluator.through(node, before, facts::add);
                factsByNode.set(node.id(), facts);
                return after;
            }

            @Override
            public State along(Edge edge, State after) {
                return evaluator.along(edge, after);
            }
        }, budget);
    }

    /**
     * The routine that really probes: "Check (which calls ProbeForRead)" is ProbeForRead. A summary
     * names only that, so recursive helpers settle instead of nesting their names without end.
     */
    private static String leafRoutine(String routine) {
        String marker = "(which calls ";
        int at = routine.lastIndexOf(marker);
        if (at < 0) {
            return routine;
        }
        String rest = routine.substring(at + marker.length());
        int end = rest.indexOf(')');
        return end < 0 ? rest : rest.substring(0, end);
    }

    private static OptionalInt lengthParameter(Probe probe, List<Symbol> parameters) {
        if (probe.length().isPresent() && probe.length().get() instanceof Identifier id) {
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i).name().equals(id.name())) {
                    return OptionalInt.of(i);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** Parameters hold what the context says, or what their type tells: a request parameter is a request. */
    private State initialState(FunctionContext context) {
        List<Symbol> parameters = unit.semantics().parameters(function);
        Map<AccessPath, Value> store = new HashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            Symbol parameter = parameters.get(i);
            Value given = context.parameters().get(i);
            Value value = given != null ? given.step(parameter.declaration().range(),
                    "parameter " + parameter.name() + " of " + function.name())
                    : KernelObjects.isObjectPointer(parameter.type()) ? Value.pointer(Region.KERNEL, false,
                            new Origin(parameter.declaration().range(), parameter.name() + ", a pointer to a kernel "
                                    + KernelObjects.name(parameter.type()), Region.KERNEL, KernelAddress.OBJECT, false))
                    : byType(parameter, context);
            store.put(AccessPath.of(parameter), value);
            Map<String, Value> members = context.parameterMembers().getOrDefault(i, Map.of());
            for (Map.Entry<String, Value> member : members.entrySet()) {
                store.put(AccessPath.of(parameter).with("->".concat(member.getKey())), member.getValue());
            }
        }
        return State.initial(store, context.probes(), context.trusted(), context.ioctl());
    }

    private static Value byType(Symbol parameter, FunctionContext context) {
        CType type = parameter.type();
        if (!RequestTypes.isRequest(type)) {
            return Value.UNKNOWN;
        }
        RequestMode mode = switch (context.role()) {
            case DISPATCH, KMDF_IO_CALLBACK, KMDF_IN_CALLER_CONTEXT, KMDF_FILE_CREATE, MINIFILTER_CALLBACK, FAST_IO ->
                RequestMode.USER_POSSIBLE;
            case KERNEL_DISPATCH, DRIVER_ENTRY, DRIVER_UNLOAD, SYSTEM_THREAD, WORK_ITEM -> RequestMode.KERNEL_ONLY;
            default -> RequestMode.UNKNOWN;
        };
        if (RequestTypes.isCallbackData(type)) {
            // Its own identity: the buffer FltLockUserBuffer(Data) locks is this request's, not another's.
            return Value.request(mode, List.of(new Origin(parameter.declaration().range(), parameter.name()
                    + ", the callback data of the operation", Region.KERNEL)));
        }
        return Value.request(mode);
    }

}
