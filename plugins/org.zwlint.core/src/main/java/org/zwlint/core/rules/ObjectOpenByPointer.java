package org.zwlint.core.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.zwlint.core.Finding;
import org.zwlint.core.analysis.CallFact;
import org.zwlint.core.analysis.FunctionFacts;
import org.zwlint.core.analysis.ObjectAttributesSupport;
import org.zwlint.core.analysis.Value;
import org.zwlint.core.analysis.ValueKind;
import org.zwlint.core.dispatcher.BoundaryIssue;
import org.zwlint.core.dispatcher.CallerContext;
import org.zwlint.core.dispatcher.Location;
import org.zwlint.core.dispatcher.ObjectAttributesArg;
import org.zwlint.core.dispatcher.PointerArg;
import org.zwlint.core.dispatcher.ReplayCall;
import org.zwlint.core.dispatcher.ReplayOutcome;
import org.zwlint.core.dispatcher.ScalarArg;
import org.zwlint.core.model.ServiceSpec;

/**
 * PM004's other form: ObOpenObjectByPointer (or its WithTag form) under KernelMode, without OBJ_FORCE_ACCESS_CHECK,
 * of a process or thread the requestor chose by its id (PsLookupProcessByProcessId / PsLookupThreadByThreadId of
 * an id from the request). The object manager grants the access asked for without checking the requestor's
 * rights, which is what ZwOpenProcess/ZwOpenThread do with the same attributes and client id: the call is replayed
 * as that open.
 */
final class ObjectOpenByPointer {
    /** The lookups that turn an id into an object, and the Zw open that opens the same object by that id. */
    private static final Map<String, String> LOOKUPS = Map.of("PsLookupProcessByProcessId", "ZwOpenProcess",
            "PsLookupThreadByThreadId", "ZwOpenThread");
    private static final int HANDLE_ATTRIBUTES = 1;
    private static final int DESIRED_ACCESS = 3;
    private static final int ACCESS_MODE = 5;

    private ObjectOpenByPointer() {
    }

    static boolean isOpenByPointer(String routine) {
        return routine.equals("ObOpenObjectByPointer") || routine.equals("ObOpenObjectByPointerWithTag");
    }

    static Optional<Finding> check(RuleInput input, RuleDescription description, FunctionFacts function,
            BoundaryCall call) {
        String routine = call.call().callee();
        OptionalLong attributes = call.argument(HANDLE_ATTRIBUTES).constant();
        Value mode = call.argument(ACCESS_MODE);
        if (call.call().arguments().size() <= ACCESS_MODE || attributes.isEmpty()
                || (attributes.getAsLong() & ObjectAttributesSupport.OBJ_FORCE_ACCESS_CHECK) != 0
                || mode.kind() == ValueKind.MODE || !mode.constant().equals(OptionalLong.of(0))) {
            return Optional.empty();
        }
        Optional<CallFact> lookup = lookupOf(function, call.argument(0));
        if (lookup.isEmpty()) {
            return Optional.empty();
        }
        String lookedUp = lookup.get().callee();
        String what = lookedUp.contains("Process") ? "process" : "thread";
        String message = routine + " opens a " + what + " the requestor chose (" + lookedUp + " of an id from the "
                + "request) under KernelMode and without OBJ_FORCE_ACCESS_CHECK " + Situations.in(function.context())
                + ": the object manager grants the access asked for without checking the requestor's rights, so the "
                + "driver opens for the user what the user may not open (confused deputy); pass the requestor's mode "
                + "(Irp->RequestorMode) as AccessMode, or add OBJ_FORCE_ACCESS_CHECK to the handle attributes";
        String equivalent = LOOKUPS.get(lookedUp);
        Optional<ServiceSpec> spec = input.model().find(equivalent);
        Optional<ReplayOutcome> outcome = spec.map(s -> input.replayer().replay(replay(equivalent, call,
                attributes.getAsLong()), CallerContext.USER_MODE_POSSIBLE));
        return Optional.of(Confirmation.finding(ConfusedDeputyOpenRule.ID, description.severity(), call.call().range(),
                message,
                List.of(lookup.get().arguments().get(0), call.argument(0)), routine + " opens the " + what
                        + " under KernelMode, replayed as the " + equivalent + " of the same id",
                outcome, BoundaryIssue.ACCESS_CHECK_SKIPPED, "the reference model has no parameter data for "
                        + equivalent + ", so the dispatcher cannot replay it", List.of()));
    }

    /** The lookup of an id the requestor supplied that produced the object this value points to. */
    private static Optional<CallFact> lookupOf(FunctionFacts function, Value object) {
        for (CallFact fact : function.facts(CallFact.class)) {
            if (LOOKUPS.containsKey(fact.callee()) && !fact.arguments().isEmpty()
                    && fact.arguments().get(0).userInfluenced() && !fact.trusted() && object.bornAt(fact.range())) {
                return Optional.of(fact);
            }
        }
        return Optional.empty();
    }

    /** The open by id that does what this open by pointer does: the same access, attributes and a kernel client id. */
    private static ReplayCall replay(String routine, BoundaryCall call, long attributes) {
        long kept = attributes & (ObjectAttributesSupport.OBJ_KERNEL_HANDLE
                | ObjectAttributesSupport.OBJ_FORCE_ACCESS_CHECK);
        ReplayCall replay = ReplayCall.of(routine)
                .with("ObjectAttributes", ObjectAttributesArg.at(Location.KERNEL).withAttributes((int) kept))
                .with("ClientId", new PointerArg(Location.KERNEL));
        OptionalLong access = call.argument(DESIRED_ACCESS).constant();
        return access.isPresent() ? replay.with("DesiredAccess", new ScalarArg(access.getAsLong())) : replay;
    }
}
