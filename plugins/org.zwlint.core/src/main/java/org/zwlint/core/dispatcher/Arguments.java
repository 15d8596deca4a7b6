package org.zwlint.core.dispatcher;

import java.util.HashMap;
import java.util.Map;
import org.zwlint.core.model.Capture;
import org.zwlint.core.model.HandleParameter;
import org.zwlint.core.model.Parameter;
import org.zwlint.core.model.PointerParameter;
import org.zwlint.core.model.ServiceSpec;
import org.zwlint.core.model.ValueParameter;

/** Checks given arguments against a service's parameters and fills in the ones left out. */
final class Arguments {
    private Arguments() {
    }

    /**
     * @throws IllegalArgumentException naming the parameter, when it does not exist or the value does not fit its
     *             role
     */
    static Map<String, ArgValue> complete(ServiceSpec spec, Map<String, ArgValue> given, CallPath via) {
        Map<String, ArgValue> result = new HashMap<>();
        for (Map.Entry<String, ArgValue> e : given.entrySet()) {
            Parameter p = spec.parameter(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    spec.ntName() + " has no parameter " + e.getKey()));
            check(spec, p, e.getValue());
            result.put(p.name(), e.getValue());
        }
        Location pointers = via == CallPath.SYSCALL ? Location.USER : Location.KERNEL;
        HandleKind handles = via == CallPath.SYSCALL ? HandleKind.USER : HandleKind.KERNEL;
        for (Parameter p : spec.parameters()) {
            if (result.containsKey(p.name())) {
                continue;
            }
            if (p instanceof PointerParameter ptr) {
                result.put(p.name(), p.optional() ? NullArg.INSTANCE
                        : ptr.capture().equals(java.util.Optional.of(Capture.OBJECT_ATTRIBUTES))
                                ? ObjectAttributesArg.at(pointers) : new PointerArg(pointers));
            } else if (p instanceof HandleParameter) {
                result.put(p.name(), p.optional() ? NullArg.INSTANCE : new HandleArg(handles));
            }
        }
        return result;
    }

    private static void check(ServiceSpec spec, Parameter p, ArgValue value) {
        boolean fits = switch (p) {
            case PointerParameter ptr -> value instanceof NullArg || value instanceof AddressArg
                    || (value instanceof PointerArg
                            && !ptr.capture().equals(java.util.Optional.of(Capture.OBJECT_ATTRIBUTES)))
                    || (value instanceof ObjectAttributesArg
                            && ptr.capture().equals(java.util.Optional.of(Capture.OBJECT_ATTRIBUTES)));
            case HandleParameter h -> value instanceof HandleArg || value instanceof NullArg;
            case ValueParameter v -> value instanceof ScalarArg;
            default -> value instanceof ScalarArg || value instanceof NullArg || value instanceof AddressArg;
        };
        if (!fits) {
            throw new IllegalArgumentException(spec.ntName() + "." + p.name() + " is a " + p.role()
                    + " parameter; " + value.describe() + " does not fit");
        }
    }
}
