package org.zwlint.core.dispatcher;

import java.util.Optional;
import org.zwlint.core.model.Capture;
import org.zwlint.core.model.HandleParameter;
import org.zwlint.core.model.Parameter;
import org.zwlint.core.model.PointerParameter;

/**
 * The command-line spelling of abstract argument values, read according to the parameter's role.
 *
 * <ul>
 * <li>pointers: user-ptr, kernel-ptr, readonly-user-ptr, misaligned-user-ptr, unmapped-user-ptr, null, or an
 * address 0x...;</li>
 * <li>OBJECT_ATTRIBUTES: a pointer kind followed by comma-separated extras: name=POINTER-KIND (where ObjectName and its
 * characters lie), object=NAME, OBJ_KERNEL_HANDLE, OBJ_FORCE_ACCESS_CHECK;</li>
 * <li>handles: user-handle, kernel-handle, invalid-handle, current-process, null;</li>
 * <li>values: a number (decimal or 0x...), or OBJ_KERNEL_HANDLE.</li>
 * </ul>
 */
final class ArgumentSyntax {
    static final String POINTER_KINDS = "user-ptr, kernel-ptr, readonly-user-ptr, misaligned-user-ptr, "
            + "unmapped-user-ptr, null or 0x<address>";
    static final String HANDLE_KINDS = "user-handle, kernel-handle, invalid-handle, current-process or null";

    private ArgumentSyntax() {
    }

    /** The value, or a message saying what was expected. */
    static Result parse(Parameter parameter, String text) {
        String t = text.trim();
        return switch (parameter) {
            case HandleParameter h -> t.equalsIgnoreCase("null") ? ok(NullArg.INSTANCE)
                    : HandleKind.parse(t).<Result>map(k -> ok(new HandleArg(k)))
                            .orElse(bad(parameter, t, HANDLE_KINDS));
            case PointerParameter p when p.capture().equals(Optional.of(Capture.OBJECT_ATTRIBUTES)) ->
                objectAttributes(parameter, t);
            case PointerParameter p -> pointer(t).<Result>map(ArgumentSyntax::ok)
                    .orElse(bad(parameter, t, POINTER_KINDS));
            default -> number(t).<Result>map(v -> ok(new ScalarArg(v)))
                    .orElse(t.equalsIgnoreCase("null") ? ok(new ScalarArg(0))
                            : bad(parameter, t, "a number (decimal or 0x...)"));
        };
    }

    private static Optional<ArgValue> pointer(String t) {
        if (t.equalsIgnoreCase("null")) {
            return Optional.of(NullArg.INSTANCE);
        }
        Optional<Location> location = Location.parse(t);
        if (location.isPresent()) {
            return Optional.of(new PointerArg(location.get()));
        }
        if (t.toLowerCase(java.util.Locale.ROOT).startsWith("0x")) {
            return number(t).map(AddressArg::new);
        }
        return Optional.empty();
    }

    private static Result objectAttributes(Parameter parameter, String t) {
        String[] parts = t.split(",");
        String head = parts[0].trim();
        if (head.equalsIgnoreCase("null")) {
            return parts.length == 1 ? ok(NullArg.INSTANCE) : bad(parameter, t, "no extras after null");
        }
        Optional<Location> structure = Location.parse(head);
        if (structure.isEmpty()) {
            return bad(parameter, t, "a pointer kind (user-ptr, kernel-ptr, ...) optionally followed by "
                    + ",name=KIND ,object=NAME ,OBJ_KERNEL_HANDLE ,OBJ_FORCE_ACCESS_CHECK");
        }
        ObjectAttributesArg oa = ObjectAttributesArg.at(structure.get());
        for (int i = 1; i < parts.length; i++) {
            String extra = parts[i].trim();
            if (extra.equalsIgnoreCase("OBJ_KERNEL_HANDLE")) {
                oa = oa.withAttributes(ObjectAttributesArg.OBJ_KERNEL_HANDLE);
            } else if (extra.equalsIgnoreCase("OBJ_FORCE_ACCESS_CHECK")) {
                oa = oa.withAttributes(ObjectAttributesArg.OBJ_FORCE_ACCESS_CHECK);
            } else if (extra.toLowerCase(java.util.Locale.ROOT).startsWith("name=")) {
                Optional<Location> name = Location.parse(extra.substring(5));
                if (name.isEmpty()) {
                    return bad(parameter, extra, "name=" + POINTER_KINDS.replace(", null or 0x<address>", ""));
                }
                oa = oa.withName(name.get());
            } else if (extra.toLowerCase(java.util.Locale.ROOT).startsWith("object=")) {
                oa = new ObjectAttributesArg(oa.structure(), oa.name(), oa.attributes(),
                        Optional.of(extra.substring(7)));
            } else {
                return bad(parameter, extra,
                        "name=KIND, object=NAME, OBJ_KERNEL_HANDLE or OBJ_FORCE_ACCESS_CHECK");
            }
        }
        return ok(oa);
    }

    private static Optional<Long> number(String t) {
        try {
            if (t.equalsIgnoreCase("OBJ_KERNEL_HANDLE")) {
                return Optional.of((long) ObjectAttributesArg.OBJ_KERNEL_HANDLE);
            }
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            return Optional.of(lower.startsWith("0x") ? Long.parseUnsignedLong(t.substring(2), 16)
                    : Long.parseLong(t));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Result ok(ArgValue value) {
        return new Result(Optional.of(value), "");
    }

    private static Result bad(Parameter parameter, String text, String expected) {
        return new Result(Optional.empty(), "bad value '" + text + "' for " + parameter.role() + " parameter "
                + parameter.name() + ": expected " + expected);
    }

    /** A parsed value, or the error message. */
    record Result(Optional<ArgValue> value, String error) {
    }
}
