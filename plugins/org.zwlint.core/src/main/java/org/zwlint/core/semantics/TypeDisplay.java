package org.zwlint.core.semantics;

import java.util.stream.Collectors;

/** C spelling of a type, declarators written inside out: "long (*)(struct _DEVICE_OBJECT *, struct _IRP *)". */
final class TypeDisplay {
    private TypeDisplay() {
    }

    static String of(CType type) {
        return declare(type, "");
    }

    private static String declare(CType type, String inner) {
        return switch (type) {
            case Pointer p -> p.target() instanceof FunctionType || p.target() instanceof Array
                    ? declare(p.target(), "(*" + inner + ")")
                    : declare(p.target(), "*" + inner);
            case Array a -> declare(a.element(),
                    inner + "[" + (a.length().isPresent() ? Long.toString(a.length().getAsLong()) : "") + "]");
            case FunctionType f -> declare(f.result(), inner + "(" + parameters(f) + ")");
            case Scalar s -> join(s.name(), inner);
            case RecordType r -> join(r.kind() + " " + (r.tag().isEmpty() ? "<anonymous>" : r.tag()), inner);
            case EnumType e -> join("enum " + (e.tag().isEmpty() ? "<anonymous>" : e.tag()), inner);
            case VoidType v -> join("void", inner);
            case UnknownType u -> join("?" + u.spelling(), inner);
        };
    }

    private static String parameters(FunctionType f) {
        if (f.parameters().isEmpty()) {
            return f.variadic() ? "..." : "void";
        }
        String list = f.parameters().stream().map(TypeDisplay::of).collect(Collectors.joining(", "));
        return f.variadic() ? list + ", ..." : list;
    }

    private static String join(String base, String inner) {
        return inner.isEmpty() ? base : base + " " + inner;
    }
}
