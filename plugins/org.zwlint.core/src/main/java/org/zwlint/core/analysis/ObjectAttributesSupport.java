package org.zwlint.core.analysis;

import java.util.List;
import java.util.Set;

import org.zwlint.core.WitnessStep;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.Literal;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.StringSequence;
import org.zwlint.core.semantics.RecordType;

/**
 * Facts about OBJECT_ATTRIBUTES, UNICODE_STRING and the routines that open handles, which the
 * evaluator needs to follow names, attribute flags and handles into the calls that use them.
 */
public final class ObjectAttributesSupport {
    public static final long OBJ_KERNEL_HANDLE = 0x200;
    public static final long OBJ_FORCE_ACCESS_CHECK = 0x400;

    /** Routines that point a counted string at a buffer without copying it. */
    private static final Set<String> POINTING = Set.of("RtlInitUnicodeString", "RtlInitString", "RtlInitAnsiString",
            "RtlInitUnicodeStringEx");

    private ObjectAttributesSupport() {
    }

    public static boolean isObjectAttributes(RecordType record) {
        return record.tag().equals("_OBJECT_ATTRIBUTES");
    }

    public static boolean isString(RecordType record) {
        return record.tag().equals("_UNICODE_STRING") || record.tag().equals("_STRING");
    }

    static boolean pointsStringAt(String routine) {
        return POINTING.contains(routine);
    }

    /** Whether this Zw/Nt service creates, opens or duplicates a handle (where it writes it: {@link HandleOpener}). */
    public static boolean createsHandles(String routine) {
        return (routine.startsWith("Zw") || routine.startsWith("Nt"))
                && (routine.contains("Create") || routine.contains("Open") || routine.contains("Duplicate"));
    }

    /** The Attributes value, remembering the expression that set it (where a fix adds a flag). */
    static Value attributesSetAt(Value value, Expression setBy, Origin origin) {
        return new Value(value.kind(), value.region(), value.userContents(), value.userScalar(), value.requestMode(),
                List.of(origin), List.of(new WitnessStep(Places.of(setBy), "the Attributes of the object attributes are"
                        + " set here")), value.constant());
    }

    /** The characters of a string literal (or adjacent literals), without prefix and quotes, escapes undone for \\. */
    static String stringText(Node literal) {
        StringBuilder text = new StringBuilder();
        if (literal instanceof StringSequence sequence) {
            for (Expression part : sequence.parts()) {
                text.append(stringText(part));
            }
            return text.toString();
        }
        if (literal instanceof Literal l) {
            String raw = l.text();
            int open = raw.indexOf('"');
            int close = raw.lastIndexOf('"');
            if (open >= 0 && close > open) {
                return raw.substring(open + 1, close).replace("\\\\", "\\");
            }
        }
        return "";
    }
}
