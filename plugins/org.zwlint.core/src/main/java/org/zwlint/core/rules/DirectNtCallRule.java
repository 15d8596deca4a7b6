package org.zwlint.core.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.DispatcherVerdict;
import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.Severity;
import org.zwlint.core.Witness;
import org.zwlint.core.WitnessStep;
import org.zwlint.core.analysis.CallFact;
import org.zwlint.core.analysis.FunctionContext;
import org.zwlint.core.analysis.FunctionFacts;
import org.zwlint.core.analysis.Region;
import org.zwlint.core.analysis.RequestMode;
import org.zwlint.core.analysis.Value;
import org.zwlint.core.analysis.ValueKind;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.Node;
import org.zwlint.core.fix.NtToZwFix;
import org.zwlint.core.model.HandleParameter;
import org.zwlint.core.model.Parameter;
import org.zwlint.core.model.PointerParameter;
import org.zwlint.core.model.ServiceSpec;
import org.zwlint.core.semantics.SemanticModel;
import org.zwlint.core.source.TextRange;

/**
 * PM001: an Nt* system service called directly, by name or through a function pointer bound to one (a local, or a global of the file). Only
 * system services count (the kernel's list of Nt services; see {@link SystemServiceNames}): a project's own Nt*
 * functions do not. A call a macro produced is reported at the macro's use, without a fix. In a context known to be
 * KernelMode (DriverEntry, a system thread) the direct call works today: it is reported at note level, saying so.
 * Code that switches the thread's PreviousMode itself around the call is named for what it does. A call that passes
 * only the process's own handles (and no kernel pointer) is deliberate and not reported. The fix (Nt to Zw)
 * is offered only where the reference model documents the Zw routine; the witness is the dispatcher's replay.
 */
public final class DirectNtCallRule implements Rule {
    public static final String ID = "PM001";

    /** The verdicts replayed with the engine's replayer, kept while the engine hands in the same one. */
    private volatile @Nullable DirectNtCallReplay replays;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        RuleDescription description = input.catalog().get(ID);
        DirectNtCallReplay replay = replayFor(input);
        SemanticModel semantics = input.analysis().semantics();
        // A function analyzed in several contexts is judged by its last one.
        Map<FunctionDefinition, FunctionFacts> factsOf = new IdentityHashMap<>();
        for (FunctionFacts function : input.analysis().functions()) {
            factsOf.put(function.function(), function);
        }
        Map<FunctionFacts, Optional<PreviousModeSwitch>> switches = new IdentityHashMap<>();
        List<Finding> findings = new ArrayList<>();
        // Keyed on the function's identity, as every analysis keys nodes: a record's hashCode walks the whole tree.
        Map<Node, ServicePointers> pointersOf = new IdentityHashMap<>();
        // One pass over the unit, parents first as Node.walk goes; the analyzed function being walked encloses
        // the calls met. A function's subtree is done when the stack is back to its size below it.
        Deque<FunctionFacts> enclosingFunctions = new ArrayDeque<>();
        Deque<Integer> floors = new ArrayDeque<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(input.ast());
        while (!stack.isEmpty()) {
            for (Integer floor = floors.peek(); floor != null && floor == stack.size(); floor = floors.peek()) {
                floors.pop();
                enclosingFunctions.pop();
            }
            Node node = stack.pop();
            if (node instanceof FunctionDefinition definition && factsOf.containsKey(definition)) {
                enclosingFunctions.push(factsOf.get(definition));
                floors.push(stack.size());
            } else if (node instanceof Call call && call.callee() instanceof Identifier callee) {
                Optional<FunctionFacts> enclosing = Optional.ofNullable(enclosingFunctions.peek());
                check(input, description, replay, semantics, call, callee, enclosing, switches, pointersOf)
                        .ifPresent(findings::add);
            }
            List<Node> kids = node.children();
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return findings;
    }

    /** The finding for one call by name, if it calls a system service directly or through a bound pointer. */
    private static Optional<Finding> check(RuleInput input, RuleDescription description, DirectNtCallReplay replay,
            SemanticModel semantics, Call call, Identifier callee, Optional<FunctionFacts> enclosing,
            Map<FunctionFacts, Optional<PreviousModeSwitch>> switches, Map<Node, ServicePointers> pointersOf) {
        Optional<String> bound = Optional.empty();
        String name = callee.name();
        if (!SystemServiceNames.isService(name, input.model(), semantics, input.file())) {
            if (enclosing.isEmpty()) {
                return Optional.empty();
            }
            FunctionFacts function = enclosing.get();
            if (!ServicePointers.mayBind(callee, semantics)) {
                return Optional.empty(); // a function's own name: no local pointer, so no need to find the bound ones
            }
            ServicePointers globals = pointersOf.computeIfAbsent(input.ast(), unit -> ServicePointers.globals(input));
            bound = pointersOf.computeIfAbsent(function.function(),
                    f -> ServicePointers.of(function, input, globals)).serviceOf(callee, semantics);
            if (bound.isEmpty()) {
                return Optional.empty();
            }
            name = bound.get();
        }
        if (bound.isEmpty() && enclosing.isPresent() && passesOnlyRequestorHandles(input, name, call, enclosing.get())) {
            return Optional.empty();
        }
        Optional<String> zwName = replay.documentedZwName(name).filter(zw -> zw.startsWith("Zw"));
        // A name written in this file (a macro argument included) is reported and fixed where it is written.
        boolean writtenHere = callee.range().file().equals(input.file().path())
                && callee.range().endOffset() <= input.file().text().length() && input.file().text()
                        .substring(callee.range().startOffset(), callee.range().endOffset()).equals(callee.name())
                && !org.zwlint.core.fix.AttributesFlagFix.insideDefine(input.file().text(), callee.range());
        Optional<TextRange> site = writtenHere ? Optional.empty() : callee.expansionSite();
        TextRange range = site.orElse(callee.range());
        Optional<PreviousModeSwitch> modeSwitch = enclosing.flatMap(
                f -> switches.computeIfAbsent(f, g -> PreviousModeSwitch.in(g.function())));
        FunctionContext context = enclosing.map(FunctionFacts::context).orElse(FunctionContext.unknown());
        boolean kernelContext = context.threadMode() == RequestMode.KERNEL_ONLY;
        String message = message(name, zwName, bound.map(b -> callee.name()), modeSwitch, kernelContext, context)
                + (site.isPresent() ? " (inside the expansion of the macro used here)" : "");
        List<Fix> fixes = site.isEmpty() && bound.isEmpty() && zwName.isPresent()
                ? List.of(NtToZwFix.create(range, name)) : List.of();
        Severity severity = kernelContext ? Severity.NOTE : description.severity();
        return Optional.of(new Finding(ID, severity, range, message, witness(replay, range, name, kernelContext),
                fixes));
    }

    /**
     * Whether the call passes only what the process itself could pass: handles in its own table (opened without
     * OBJ_KERNEL_HANDLE, or supplied by the requestor), at least one of them, and no kernel pointer. The service then
     * checks them under the thread's own PreviousMode, which is what such code wants: the Zw routine would use the
     * process's handle with KernelMode, skipping its access check, and a value the process has closed or replaced in
     * the meantime would be taken for a kernel handle. Opening the handle without OBJ_KERNEL_HANDLE is PM005's
     * business, at the open.
     */
    private static boolean passesOnlyRequestorHandles(RuleInput input, String service, Call call,
            FunctionFacts function) {
        Optional<ServiceSpec> spec = input.model().find(service).filter(s -> s.ntName().equals(service));
        Optional<CallFact> fact = function.facts(CallFact.class).stream().filter(f -> f.node() == call).findFirst();
        if (spec.isEmpty() || fact.isEmpty() || fact.get().arguments().size() != spec.get().parameterCount()) {
            return false;
        }
        boolean handle = false;
        for (int i = 0; i < spec.get().parameterCount(); i++) {
            Parameter parameter = spec.get().parameters().get(i);
            Value value = fact.get().arguments().get(i);
            if (parameter instanceof HandleParameter) {
                if (value.kind() == ValueKind.PROCESS_HANDLE || BoundaryCall.requestorHandle(value)) {
                    handle = true;
                } else if (!value.constant().equals(OptionalLong.of(-1))) { // NtCurrentProcess(): any mode may use it
                    return false;
                }
            } else if (parameter instanceof PointerParameter && value.region() != Region.USER
                    && !value.constant().equals(OptionalLong.of(0))) {
                return false;
            }
        }
        return handle;
    }

    private DirectNtCallReplay replayFor(RuleInput input) {
        DirectNtCallReplay current = replays;
        if (current != null && current.replaysWith(input.replayer())) {
            return current;
        }
        DirectNtCallReplay fresh = new DirectNtCallReplay(input.model(), input.replayer());
        replays = fresh;
        return fresh;
    }

    private static String message(String name, Optional<String> zwName, Optional<String> pointer,
            Optional<PreviousModeSwitch> modeSwitch, boolean kernelContext, FunctionContext context) {
        String call = pointer.map(p -> "call through `" + p + "`, a function pointer bound to " + name + ",")
                .orElse("direct call to " + name);
        String zw = zwName.map(z -> "call " + z + " instead").orElse("no Zw routine is documented for drivers, so "
                + "pass only what a UserMode caller could pass, or restructure the call");
        if (modeSwitch.isPresent()) {
            return call + ": the code sets the thread's PreviousMode itself (" + modeSwitch.get().describe()
                    + ") so that the service trusts its arguments; that depends on undocumented KTHREAD layout and "
                    + "leaves the thread in KernelMode if anything raises; " + zw;
        }
        if (kernelContext) {
            return call + " works here only because " + context.describe() + " runs with PreviousMode KernelMode; "
                    + "it breaks as soon as the code is called from a user thread; " + zw;
        }
        return call + " keeps the caller's PreviousMode; " + zwName.map(z -> "call " + z
                + " so the dispatcher sets PreviousMode to KernelMode").orElse(zw);
    }

    private static Witness witness(DirectNtCallReplay replay, TextRange call, String name, boolean kernelContext) {
        Optional<DispatcherVerdict> verdict = kernelContext ? Optional.empty() : replay.verdict(name);
        String step = "called directly: no trap frame is built, so the thread's PreviousMode stays what it was"
                + verdict.map(v -> "; replayed under UserMode it returns " + v.statusName()).orElse("");
        return new Witness(List.of(new WitnessStep(call, step)), verdict);
    }
}
