package org.zwlint.core.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zwlint.core.analysis.cfg.Cfg;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.TranslationUnit;
import org.zwlint.core.semantics.SemanticModel;
import org.zwlint.core.semantics.Symbol;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.TextRange;

/**
 * The engine over the translation units of one driver: entry points first, then bottom-up
 * summaries (which parameters each function probes), then top-down contexts from the entry points
 * (what each helper's parameters hold, whether its callers guard it, whether the requestor is
 * known to be KernelMode), and last each function's facts under its context. A function defined
 * in one file is called from another through its name. Every loop here has a budget that counts
 * work, so the result does not depend on the machine or the number of threads.
 */
public final class ProgramAnalysis {
    /**
     * A helper called with a user pointer from one place and a kernel buffer from another is
     * analyzed once for each situation, up to this many; more callers join the closest one.
     */
    private static final int MAX_CONTEXTS = 6;

    /**
     * One translation unit as the engine sees it; {@code spelledElsewhere}: IOCTL names its file spells
     * in text left out of this analysis (see {@link UnitContext}).
     */
    public record Unit(SourceFile file, TranslationUnit ast, SemanticModel semantics, CodeMode mode,
            List<IoctlSpelling> spelledElsewhere) {
        public Unit {
            spelledElsewhere = List.copyOf(spelledElsewhere);
        }

        public Unit(SourceFile file, TranslationUnit ast, SemanticModel semantics, CodeMode mode) {
            this(file, ast, semantics, mode, List.of());
        }
    }

    /** The budgets, in solver steps and analyses; {@link #defaults()} fits real drivers with room to spare. */
    public record Budgets(long stepsPerFunction, int summaryRounds, int analysesPerFunction, long stepsPerFile) {
        /** Solver steps one file may spend over all its functions, summaries and contexts. */
        public static final long STEPS_PER_FILE = 20_000_000L;

        public Budgets(long stepsPerFunction, int summaryRounds, int analysesPerFunction) {
            this(stepsPerFunction, summaryRounds, analysesPerFunction, STEPS_PER_FILE);
        }

        public static Budgets defaults() {
            return new Budgets(200_000, 6, 12, STEPS_PER_FILE);
        }
    }

    private final class Function {
        final Unit unit;
        final FunctionDefinition definition;
        final UnitContext context;
        private @org.eclipse.jdt.annotation.Nullable FunctionAnalysis analysis;

        Function(Unit unit, FunctionDefinition definition, UnitContext context) {
            this.unit = unit;
            this.definition = definition;
            this.context = context;
        }

        FunctionAnalysis analysis() {
            FunctionAnalysis built = analysis;
            if (built == null) {
                built = new FunctionAnalysis(context, definition, Cfg.build(definition));
                analysis = built;
            }
            return built;
        }
    }

    private final Budgets budgets;
    private final ApiFacts api;
    private final Map<Unit, List<Function>> functionsOf = new IdentityHashMap<>();
    private final Map<Unit, Map<String, Function>> byNameInUnit = new IdentityHashMap<>();
    private final Map<String, Function> byName = new HashMap<>();
    private final Map<Function, FunctionSummary> summaries = new IdentityHashMap<>();
    /** Up to {@link #MAX_CONTEXTS} distinct situations per function; callers alike share one. */
    private final Map<Function, List<FunctionContext>> contexts = new IdentityHashMap<>();
    private final Map<Function, List<FunctionFacts>> facts = new IdentityHashMap<>();
    private final Map<Unit, List<EntryPoint>> entryPoints = new IdentityHashMap<>();
    /** Each judged unit's one walk (entry points, IOCTL names, what each body calls), dropped after the summaries. */
    private final Map<Unit, UnitScan> scans = new IdentityHashMap<>();
    private final Map<Unit, List<String>> budgetNotes = new IdentityHashMap<>();
    /** The IOCTL names each judged unit's own text spells. */
    private final Map<Unit, List<IoctlSpelling>> spellings = new IdentityHashMap<>();
    /** Solver steps each file has spent, over all its functions: the file's budget. */
    private final Map<Unit, WorkBudget> fileWork = new IdentityHashMap<>();
    /** Where a file's budget ran out: the function being analyzed then. */
    private final Map<Unit, BudgetStop> stops = new IdentityHashMap<>();

    /** A file's step budget ran out while the engine analyzed {@code function}, which starts at {@code at}. */
    public record BudgetStop(String function, TextRange at, long limit) {
        public String message() {
            return "the analysis engine spent this file's budget of " + limit + " solver steps in " + function
                    + "; the file's remaining functions and contexts were not analyzed, findings so far are reported";
        }
    }

    private ProgramAnalysis(Budgets budgets, ApiFacts api) {
        this.budgets = budgets;
        this.api = api;
    }

    public static ProgramAnalysis run(List<Unit> units, ApiFacts api, Budgets budgets) {
        ProgramAnalysis program = new ProgramAnalysis(budgets, api);
        program.index(units);
        program.summarize();
        program.propagateContexts(units);
        program.finish();
        return program;
    }

    private void index(List<Unit> units) {
        for (Unit unit : units) {
            List<Function> functions = new ArrayList<>();
            Map<String, Function> local = new HashMap<>();
            if (unit.mode().judgedAsKernel()) {
                UnitScan scan = UnitScan.of(unit.ast());
                scans.put(unit, scan);
                UnitContext context = new UnitContext(unit.file(), scan, unit.semantics(), api,
                        call -> summaryFor(unit, call), unit.spelledElsewhere());
                spellings.put(unit, context.spellings());
                for (FunctionDefinition definition : unit.semantics().functions()) {
                    Function function = new Function(unit, definition, context);
                    functions.add(function);
                    local.putIfAbsent(definition.name(), function);
                    if (!unit.semantics().functionSymbol(definition).isStatic()) {
                        byName.putIfAbsent(definition.name(), function);
                    }
                }
                entryPoints.put(unit, EntryPointFinder.find(scan, unit.semantics()));
            } else {
                entryPoints.put(unit, List.of());
            }
            functionsOf.put(unit, functions);
            byNameInUnit.put(unit, local);
        }
    }

    /** A call's callee among the analyzed functions: the caller's own unit first (statics, inline helpers). */
    private Optional<Function> resolve(Unit caller, String name) {
        Function local = byNameInUnit.getOrDefault(caller, Map.of()).get(name);
        return Optional.ofNullable(local != null ? local : byName.get(name));
    }

    private Optional<FunctionSummary> summaryFor(Unit caller, Call call) {
        return call.calleeName().flatMap(name -> resolve(caller, name)).map(summaries::get);
    }

    /**
     * Bottom-up: summarize every function some analyzed function calls, then again only the callers
     * of a function whose summary changed, until none does, so a wrapper of a wrapper of
     * ProbeForRead is known too.
     */
    private void summarize() {
        List<Function> all = allFunctions();
        Map<Function, java.util.Set<String>> callees = new IdentityHashMap<>();
        java.util.Set<Function> dereferencing = new java.util.HashSet<>();
        for (Function function : all) {
            @org.eclipse.jdt.annotation.Nullable UnitScan scan = scans.get(function.unit);
            UnitScan.Body body = (scan != null ? scan.body(function.definition) : Optional.<UnitScan.Body>empty())
                    .orElseGet(() -> UnitScan.Body.of(function.definition.body()));
            callees.put(function, body.callees());
            if (body.dereferences() && function.unit.semantics().parameters(function.definition).stream()
                    .anyMatch(p -> p.type().isPointer())) {
                dereferencing.add(function); // its summary lists what it reads through its pointers
            }
        }
        scans.clear();
        // Only a caller reads a summary: a function no analyzed function calls by name (a dispatch routine, a
        // callback) is not summarized, and its callers' summaries never wait for it.
        java.util.Set<Function> called = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Function function : all) {
            for (String name : callees.get(function)) {
                resolve(function.unit, name).ifPresent(called::add);
            }
        }
        // A summary depends only on the summaries of the names its body calls: a caller summarized after
        // the last change of each of them would come out the same again, so it is not solved again.
        // Each summary computed gets the next tick; a name's summary changed at the tick it was computed.
        Map<Function, Integer> summarizedAt = new IdentityHashMap<>();
        Map<String, Integer> changedAt = new HashMap<>();
        int tick = 0;
        List<Function> pending = all.stream().filter(called::contains).toList();
        for (int round = 0; round < budgets.summaryRounds(); round++) {
            java.util.Set<String> changed = new java.util.HashSet<>();
            for (Function function : pending) {
                if (spent(function.unit)) {
                    continue;
                }
                int at = summarizedAt.getOrDefault(function, 0); // ticks start at 1: 0 is never
                if (at > 0 && callees.get(function).stream().allMatch(name -> changedAt.getOrDefault(name, 0) < at)) {
                    continue; // its callees' summaries are those it was summarized with
                }
                summarizedAt.put(function, ++tick);
                FunctionSummary summary;
                if (dereferencing.contains(function) || mayProbe(function, callees.get(function))
                        || mayReturnHandles(function, callees.get(function))) {
                    WorkBudget allowance = allowance(function);
                    summary = function.analysis().summarize(allowance);
                    charge(function, allowance.spent());
                } else {
                    summary = FunctionSummary.none(function.definition.name());
                }
                FunctionSummary old = summaries.put(function, summary);
                if (old == null ? !summary.isEmpty() : !old.equals(summary)) {
                    changed.add(function.definition.name());
                    changedAt.put(function.definition.name(), tick);
                }
            }
            if (changed.isEmpty()) {
                return;
            }
            pending = all.stream().filter(f -> called.contains(f) && callees.get(f).stream().anyMatch(changed::contains))
                    .toList();
        }
        for (Function function : pending) {
            note(function, "summaries did not settle in " + budgets.summaryRounds() + " rounds (recursive helpers)");
            return;
        }
    }

    /**
     * Whether the function calls something that probes: a probing routine, or a function whose
     * summary (as known now) probes a parameter. Only such a call adds a probe to the state, so a
     * function without one, and without a dereference where a pointer parameter could be read, has
     * an empty summary, and solving it to find that out is skipped.
     */
    private boolean mayProbe(Function function, java.util.Set<String> calleeNames) {
        for (String name : calleeNames) {
            Optional<ApiRoutine> routine = api.routine(name);
            if (routine.isPresent() && (routine.get().role() == ApiRoutine.Role.PROBE
                    || routine.get().role() == ApiRoutine.Role.PROBE_AND_LOCK)) {
                return true;
            }
            Optional<FunctionSummary> summary = calleeSummary(function, name);
            if (summary.isPresent() && (!summary.get().probedParameters().isEmpty()
                    || !summary.get().probedMembers().isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the function can hand a handle it opened back through a pointer parameter: it has one, and it calls a
     * routine that opens a handle, or a function whose summary (as known now) returns one.
     */
    private boolean mayReturnHandles(Function function, java.util.Set<String> calleeNames) {
        if (function.unit.semantics().parameters(function.definition).stream().noneMatch(p -> p.type().isPointer())) {
            return false;
        }
        for (String name : calleeNames) {
            if (HandleOpener.of(name).isPresent()) {
                return true;
            }
            Optional<FunctionSummary> summary = calleeSummary(function, name);
            if (summary.isPresent() && !summary.get().handlesOut().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The summary, as known now, of the function of the project a call of {@code name} in {@code caller} reaches; none
     * for a routine the API facts describe, which is never taken for a summarized function (see Evaluator.call).
     */
    private Optional<FunctionSummary> calleeSummary(Function caller, String name) {
        return api.routine(name).isPresent() ? Optional.empty() : resolve(caller.unit, name).map(summaries::get);
    }

    private List<Function> allFunctions() {
        List<Function> all = new ArrayList<>();
        functionsOf.values().forEach(all::addAll);
        return all;
    }

    /** A piece of work: analyze a function under its context number {@code index}. */
    private record Task(Function function, int index) {
        /** Written out: the queue is searched for a task at every offer, and the generated equals goes through method handles. */
        @Override
        public boolean equals(@org.eclipse.jdt.annotation.Nullable Object other) {
            return other instanceof Task task && task.function == function && task.index == index;
        }

        @Override
        public int hashCode() {
            return 31 * function.hashCode() + index;
        }
    }

    /**
     * Top-down: entry points get their role's context, callees the situations of their callers:
     * callers in the same situation (see {@link FunctionContext#situation()}) share one context,
     * joined; a new situation gets a context of its own, up to {@link #MAX_CONTEXTS}.
     */
    private void propagateContexts(List<Unit> units) {
        Deque<Task> work = new ArrayDeque<>();
        // DRIVER_DISPATCH F; says only "a dispatch routine": where F is also registered for a major function (in
        // any file), that registration says which, and the declaration adds no context of its own.
        Map<Function, EntryRole> registered = new IdentityHashMap<>();
        for (Unit unit : units) {
            for (EntryPoint entry : entryPoints.get(unit)) {
                if (!EntryPointFinder.isRoleType(entry.detail())) {
                    resolve(unit, entry.function()).ifPresent(f -> registered.merge(f, entry.role(),
                            (a, b) -> a == b ? a : EntryRole.UNKNOWN));
                }
            }
        }
        for (Unit unit : units) {
            for (EntryPoint entry : entryPoints.get(unit)) {
                Optional<Function> function = resolve(unit, entry.function());
                if (function.isPresent() && !(EntryPointFinder.isRoleType(entry.detail())
                        && registered.get(function.get()) == entry.role())) {
                    offer(function.get(), entryContext(function.get(), entry), work);
                }
            }
        }
        Map<Function, Integer> analyses = new IdentityHashMap<>();
        int limit = budgets.analysesPerFunction() * MAX_CONTEXTS;
        while (!work.isEmpty()) {
            Task task = work.poll();
            Function function = task.function();
            int count = analyses.merge(function, 1, Integer::sum);
            if (count > limit) {
                note(function, function.definition.name() + ": its callers' contexts did not settle within "
                        + limit + " analyses; the last ones are reported");
                continue;
            }
            if (spent(function.unit)) {
                continue;
            }
            FunctionContext context = contexts.get(function).get(task.index());
            FunctionFacts result = function.analysis().run(context, allowance(function).limit());
            charge(function, result.steps());
            List<FunctionFacts> results = facts.computeIfAbsent(function, f -> new ArrayList<>());
            while (results.size() <= task.index()) {
                results.add(result);
            }
            results.set(task.index(), result);
            for (CallFact call : result.facts(CallFact.class)) {
                Optional<Function> callee = resolve(function.unit, call.callee());
                if (callee.isPresent() && callee.get() != function) {
                    offer(callee.get(), calleeContext(function, context, call, callee.get()), work);
                }
            }
        }
    }

    /** Adds a situation to a function's contexts; queues the context that changed. */
    private void offer(Function function, FunctionContext context, Deque<Task> work) {
        List<FunctionContext> known = contexts.computeIfAbsent(function, f -> new ArrayList<>());
        int index = -1;
        for (int i = 0; i < known.size(); i++) {
            if (known.get(i).situation().equals(context.situation())) {
                index = i;
                break;
            }
        }
        if (index < 0 && known.size() < MAX_CONTEXTS) {
            known.add(context);
            work.add(new Task(function, known.size() - 1));
            return;
        }
        if (index < 0) {
            index = known.size() - 1; // past the limit: the last context takes every other situation
        }
        FunctionContext merged = known.get(index).join(context);
        if (!merged.equals(known.get(index))) {
            known.set(index, merged);
            Task task = new Task(function, index);
            if (!work.contains(task)) {
                work.add(task);
            }
        }
    }

    private FunctionContext entryContext(Function function, EntryPoint entry) {
        List<Symbol> parameters = function.unit.semantics().parameters(function.definition);
        Map<Integer, Value> values = new HashMap<>();
        Map<Origin, Probe> probes = new HashMap<>();
        for (Map.Entry<Integer, EntryPoint.Holds> held : entry.parameters().entrySet()) {
            int index = held.getKey();
            if (index >= parameters.size()) {
                continue;
            }
            Symbol parameter = parameters.get(index);
            String name = parameter.name();
            Origin origin = new Origin(parameter.declaration().range(), switch (held.getValue()) {
                case USER_POINTER -> name + ", the requestor's raw buffer address passed to " + entry.role().description()
                        + " (a user pointer)";
                case PROBED_USER_POINTER -> name + ", the requestor's raw buffer address passed to "
                        + entry.role().description() + " (a user pointer " + prober(entry) + " probed)";
                case USER_NUMBER -> name + ", a length chosen by the requestor";
                case IOCTL_CODE -> name + ", the IOCTL code";
                case USER_DATA_BUFFER -> name + ", kernel memory holding the requestor's data";
            }, switch (held.getValue()) {
                case USER_POINTER, PROBED_USER_POINTER -> Region.USER;
                case USER_DATA_BUFFER -> Region.KERNEL;
                default -> Region.UNKNOWN;
            }, rawBuffer(entry, index), Optional.empty());
            if (held.getValue() == EntryPoint.Holds.PROBED_USER_POINTER) {
                // NtWriteFile probes the buffer a FastIoWrite routine reads for read; the others probe for write.
                probes.put(origin, new Probe(!entry.detail().contains("FastIoWrite"), Optional.empty(),
                        java.util.OptionalLong.empty(), parameter.declaration().range(), prober(entry)));
            }
            values.put(index, switch (held.getValue()) {
                case USER_POINTER, PROBED_USER_POINTER -> Value.pointer(Region.USER, true, origin);
                case USER_NUMBER -> Value.userNumber(origin);
                case IOCTL_CODE -> Value.UNKNOWN.withKind(ValueKind.IOCTL_CODE);
                case USER_DATA_BUFFER -> Value.pointer(Region.KERNEL, true, origin);
            });
        }
        return FunctionContext.of(entry.role(), entry.detail()).withParameters(values).withProbes(probes);
    }

    /**
     * Who probed a buffer before the routine got it: NtReadFile or NtWriteFile before a fast read or write (the I/O
     * manager probes a user-mode caller's Buffer before it tries the fast I/O path), else the filter manager.
     */
    private static String prober(EntryPoint entry) {
        if (entry.role() == EntryRole.FAST_IO) {
            return entry.detail().contains("FastIoWrite") ? "NtWriteFile" : "NtReadFile";
        }
        return "the filter manager";
    }

    /**
     * Which of the requestor's raw buffers a fast I/O routine's parameter is, for the I/O-manager replay:
     * FastIoDeviceControl's InputBuffer (2) and OutputBuffer (4), FastIoRead's Buffer (5, read into) and
     * FastIoWrite's (5, written from).
     */
    private static BufferSource rawBuffer(EntryPoint entry, int index) {
        if (entry.role() != EntryRole.FAST_IO) {
            return BufferSource.OTHER;
        }
        if (entry.detail().contains("Read")) {
            return index == 5 ? BufferSource.RAW_OUTPUT : BufferSource.OTHER;
        }
        if (entry.detail().contains("Write")) {
            return index == 5 ? BufferSource.RAW_INPUT : BufferSource.OTHER;
        }
        return index == 2 ? BufferSource.RAW_INPUT : index == 4 ? BufferSource.RAW_OUTPUT : BufferSource.OTHER;
    }

    private FunctionContext calleeContext(Function caller, FunctionContext callerContext, CallFact call,
            Function callee) {
        List<Symbol> parameters = callee.unit.semantics().parameters(callee.definition);
        Map<Integer, Value> values = new HashMap<>();
        for (int i = 0; i < Math.min(parameters.size(), call.arguments().size()); i++) {
            Value argument = call.arguments().get(i);
            if (argument.equals(Value.UNKNOWN)) {
                continue;
            }
            values.put(i, argument.step(call.range(), "passed to " + callee.definition.name() + " as "
                    + parameters.get(i).name()));
        }
        Map<Integer, Map<String, Value>> members = new HashMap<>();
        call.argumentMembers().forEach((index, held) -> {
            if (index < parameters.size() && parameters.get(index).type().isPointer()) {
                Map<String, Value> passed = new HashMap<>();
                held.forEach((name, value) -> passed.put(name, value.step(call.range(), "passed to "
                        + callee.definition.name() + " in the structure " + parameters.get(index).name()
                        + " points to")));
                members.put(index, passed);
            }
        });
        // A dispatch routine's major function stays with its helpers: the IRP they are handed is the one it names.
        String major = callerContext.role() == EntryRole.DISPATCH || callerContext.role() == EntryRole.HELPER
                ? callerContext.detail() : "";
        return new FunctionContext(EntryRole.HELPER, major, callerContext.threadMode(), callerContext.systemProcess(),
                call.guarded(), call.trusted(), call.ioctl(), values, call.argumentProbes(),
                List.of(caller.definition.name()), members);
    }

    /** Functions no entry point reaches are analyzed on their own, with what their parameter types say. */
    private void finish() {
        for (Function function : allFunctions()) {
            if (!facts.containsKey(function) && !spent(function.unit)) {
                FunctionContext context = FunctionContext.unknown();
                contexts.put(function, new ArrayList<>(List.of(context)));
                FunctionFacts result = function.analysis().run(context, allowance(function).limit());
                charge(function, result.steps());
                facts.put(function, new ArrayList<>(List.of(result)));
            }
            for (FunctionFacts result : facts.getOrDefault(function, List.of())) {
                if (!result.complete() && !stops.containsKey(function.unit)) {
                    note(function, function.definition.name() + ": the solver stopped after "
                            + budgets.stepsPerFunction() + " steps; facts found so far are reported");
                }
            }
        }
    }

    /**
     * The facts of every function the unit defines (headers' functions included), in source order;
     * a function analyzed in several situations has one entry for each.
     */
    public List<FunctionFacts> facts(Unit unit) {
        List<FunctionFacts> out = new ArrayList<>();
        for (Function function : functionsOf.getOrDefault(unit, List.of())) {
            out.addAll(facts.getOrDefault(function, List.of()));
        }
        return out;
    }

    public List<EntryPoint> entryPoints(Unit unit) {
        return entryPoints.getOrDefault(unit, List.of());
    }

    /** The summary of a function the unit can call by that name; none for a function no analyzed function calls. */
    public Optional<FunctionSummary> summary(Unit unit, String function) {
        return resolve(unit, function).map(summaries::get);
    }

    /**
     * What {@code function} may spend now: its own budget, or what is left of its file's if less,
     * so a file of many functions costs no more than one file's budget, however many it has.
     */
    private WorkBudget allowance(Function function) {
        WorkBudget file = fileWork.computeIfAbsent(function.unit, u -> new WorkBudget(budgets.stepsPerFile()));
        return new WorkBudget(Math.max(0, Math.min(budgets.stepsPerFunction(), file.limit() - file.spent())));
    }

    private boolean spent(Unit unit) {
        return stops.containsKey(unit);
    }

    private void charge(Function function, long steps) {
        WorkBudget file = fileWork.computeIfAbsent(function.unit, u -> new WorkBudget(budgets.stepsPerFile()));
        file.charge(steps);
        if (file.spent() >= file.limit() && !stops.containsKey(function.unit)) {
            stops.put(function.unit, new BudgetStop(function.definition.name(), function.definition.range(),
                    file.limit()));
        }
    }

    /** The IOCTL names the unit's own text spells (none for a unit not judged as kernel code). */
    public List<IoctlSpelling> ioctlSpellings(Unit unit) {
        return spellings.getOrDefault(unit, List.of());
    }

    /** Where the file's step budget ran out, if it did. */
    public Optional<BudgetStop> budgetStop(Unit unit) {
        return Optional.ofNullable(stops.get(unit));
    }

    private void note(Function function, String message) {
        List<String> notes = budgetNotes.computeIfAbsent(function.unit, u -> new ArrayList<>());
        if (!notes.contains(message)) {
            notes.add(message);
        }
    }

    /** The unit's functions that hit a budget, named, with what happened. */
    public List<String> budgetNotes(Unit unit) {
        return List.copyOf(budgetNotes.getOrDefault(unit, List.of()));
    }
}
