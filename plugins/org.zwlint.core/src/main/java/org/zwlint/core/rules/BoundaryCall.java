package org.zwlint.core.rules;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zwlint.core.analysis.CallFact;
import org.zwlint.core.analysis.FunctionFacts;
import org.zwlint.core.analysis.ObjectAttributesFact;
import org.zwlint.core.analysis.ObjectAttributesSupport;
import org.zwlint.core.analysis.Region;
import org.zwlint.core.analysis.Value;
import org.zwlint.core.analysis.ValueKind;
import org.zwlint.core.ast.Call;
import org.zwlint.core.dispatcher.ArgValue;
import org.zwlint.core.dispatcher.HandleArg;
import org.zwlint.core.dispatcher.HandleKind;
import org.zwlint.core.dispatcher.Location;
import org.zwlint.core.dispatcher.NullArg;
import org.zwlint.core.dispatcher.ObjectAttributesArg;
import org.zwlint.core.dispatcher.PointerArg;
import org.zwlint.core.dispatcher.ReplayCall;
import org.zwlint.core.dispatcher.ScalarArg;
import org.zwlint.core.model.Capture;
import org.zwlint.core.model.HandleParameter;
import org.zwlint.core.model.Parameter;
import org.zwlint.core.model.PointerParameter;
import org.zwlint.core.model.ServiceSpec;
import org.zwlint.core.model.ValueParameter;

/**
 * One call of a boundary rule, with what the engine derived for it: the call's facts, the object attributes it
 * passes, and the reference model's parameters. Turns the abstract values into the replayer's arguments.
 */
record BoundaryCall(FunctionFacts function, CallFact call, Optional<ObjectAttributesFact> attributes) {

    static List<BoundaryCall> of(FunctionFacts function) {
        // The attributes each call passes (its first such fact), found in one pass over the facts.
        Map<Call, ObjectAttributesFact> attributes = new IdentityHashMap<>();
        for (ObjectAttributesFact fact : function.facts(ObjectAttributesFact.class)) {
            attributes.putIfAbsent(fact.node(), fact);
        }
        return function.facts(CallFact.class).stream().map(call -> new BoundaryCall(function, call,
                Optional.ofNullable(attributes.get(call.node())))).toList();
    }

    Value argument(int index) {
        return index < call.arguments().size() ? call.arguments().get(index) : Value.UNKNOWN;
    }

    /** A kernel handle: one the driver opened with OBJ_KERNEL_HANDLE. */
    /** A handle value the requestor supplied: read from its request or memory, not one the driver opened. */
    static boolean requestorHandle(Value value) {
        return value.kind() != ValueKind.HANDLE && value.kind() != ValueKind.PROCESS_HANDLE && value.userInfluenced()
                && value.constant().isEmpty();
    }

    static boolean kernelHandle(Value value) {
        return value.kind() == ValueKind.HANDLE && value.region() == Region.KERNEL;
    }

    /** Whether the attributes' constant is known on every path and has the flag. */
    Optional<Boolean> attributesHave(long flag) {
        if (attributes.isEmpty() || !attributes.get().built() || attributes.get().attributesConstant().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((attributes.get().attributesConstant().getAsLong() & flag) != 0);
    }

    /**
     * The replay of this call: each argument as the analysis sees it; a handle the user supplied is replayed as the
     * value of a kernel handle (what a hostile requestor passes) when {@code hostileHandles}.
     */
    ReplayCall replay(String routine, ServiceSpec spec, boolean hostileHandles) {
        ReplayCall replay = ReplayCall.of(routine);
        for (int i = 0; i < spec.parameterCount() && i < call.arguments().size(); i++) {
            Parameter p = spec.parameters().get(i);
            Value value = call.arguments().get(i);
            Optional<ArgValue> arg = switch (p) {
                case PointerParameter pointer when pointer.capture().equals(Optional.of(Capture.OBJECT_ATTRIBUTES)) ->
                        Optional.of(objectAttributes(value));
                case PointerParameter pointer -> pointer(pointer, value);
                case HandleParameter handle -> handle(value, hostileHandles);
                case ValueParameter scalar -> value.constant().isPresent()
                        ? Optional.of(new ScalarArg(value.constant().getAsLong())) : Optional.empty();
                default -> Optional.empty();
            };
            if (arg.isPresent()) {
                replay = replay.with(p.name(), arg.get());
            }
        }
        return replay;
    }

    private static Optional<ArgValue> pointer(PointerParameter p, Value value) {
        if (value.constant().isPresent() && value.constant().getAsLong() == 0 && p.optional()) {
            return Optional.of(NullArg.INSTANCE);
        }
        return switch (value.region()) {
            case USER -> Optional.of(new PointerArg(Location.USER));
            case KERNEL -> Optional.of(new PointerArg(Location.KERNEL));
            default -> Optional.empty();
        };
    }

    private static Optional<ArgValue> handle(Value value, boolean hostile) {
        if (value.constant().isPresent() && value.constant().getAsLong() == -1) {
            return Optional.of(new HandleArg(HandleKind.CURRENT_PROCESS));
        }
        if (value.kind() == ValueKind.HANDLE || value.kind() == ValueKind.PROCESS_HANDLE) {
            return Optional.of(new HandleArg(value.region() == Region.KERNEL ? HandleKind.KERNEL : HandleKind.USER));
        }
        if (value.userInfluenced()) {
            return Optional.of(new HandleArg(hostile ? HandleKind.KERNEL : HandleKind.USER));
        }
        return Optional.empty();
    }

    private ArgValue objectAttributes(Value structure) {
        Location where = structure.region() == Region.USER ? Location.USER : Location.KERNEL;
        ObjectAttributesArg arg = ObjectAttributesArg.at(where);
        if (attributes.isPresent()) {
            ObjectAttributesFact fact = attributes.get();
            if (fact.nameBuffer().region() == Region.USER || fact.name().region() == Region.USER) {
                arg = arg.withName(Location.USER);
            }
            if (fact.attributesConstant().isPresent()) {
                long flags = fact.attributesConstant().getAsLong();
                arg = arg.withAttributes((int) (flags & (ObjectAttributesSupport.OBJ_KERNEL_HANDLE
                        | ObjectAttributesSupport.OBJ_FORCE_ACCESS_CHECK)));
            }
        }
        return arg;
    }
}
