package org.zwlint.core.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwlint.core.ast.Annotation;
import org.zwlint.core.ast.FunctionDefinition;

/**
 * Facts stated by SAL annotations on a driver's own declarations: buffer sizes, optional
 * pointers, and _When_ conditions. Reads {@link Symbol#annotations()}, so a definition written
 * with _Use_decl_annotations_ gets the facts of its prototype.
 */
public final class SalFacts {
    /** _In_reads_bytes_opt_, _Out_writes_to_, _Inout_updates_bytes_all_, ... */
    private static final Pattern MODERN = Pattern
            .compile("_(In|Out|Inout)_(reads|writes|updates)(_bytes)?(_to|_all|_z)?(_opt)?_");
    /** The older __in_bcount(n), __out_ecount_part(n, m), __inout_bcount_opt(n), ... */
    private static final Pattern LEGACY = Pattern.compile("__(in|out|inout)_(b|e)count(_part|_full|_z)?(_opt)?");

    private SalFacts() {
    }

    /** The buffer fact of a parameter's unconditional annotations, if it has one. */
    public static Optional<SalBuffer> buffer(Symbol parameter) {
        for (Annotation a : parameter.annotations()) {
            Optional<SalBuffer> fact = buffer(a);
            if (fact.isPresent()) {
                return fact;
            }
        }
        return Optional.empty();
    }

    /** The buffer fact one annotation states (_In_reads_bytes_(Length) -> reads "Length" bytes). */
    public static Optional<SalBuffer> buffer(Annotation a) {
        if (a.kind() != Annotation.Kind.SAL) {
            return Optional.empty();
        }
        List<String> arguments = a.argumentList();
        if (arguments.isEmpty() || arguments.get(0).isEmpty()) {
            return Optional.empty();
        }
        Matcher modern = MODERN.matcher(a.name());
        if (modern.matches()) {
            String direction = modern.group(1);
            return Optional.of(new SalBuffer(arguments.get(0), modern.group(3) != null,
                    !direction.equals("Out"), !direction.equals("In"), modern.group(5) != null, a));
        }
        Matcher legacy = LEGACY.matcher(a.name());
        if (legacy.matches()) {
            String direction = legacy.group(1);
            return Optional.of(new SalBuffer(arguments.get(0), legacy.group(2).equals("b"),
                    !direction.equals("out"), !direction.equals("in"), legacy.group(4) != null, a));
        }
        return Optional.empty();
    }

    /** The readable size in bytes as C text: "Length", or "(Count) * 4" for an element count of ULONGs. */
    public static Optional<String> readableBytes(Symbol parameter) {
        return buffer(parameter).filter(SalBuffer::readable).map(b -> byteText(b, parameter));
    }

    /** The writable size in bytes as C text (the capacity, n of _Out_writes_bytes_to_(n, m)). */
    public static Optional<String> writableBytes(Symbol parameter) {
        return buffer(parameter).filter(SalBuffer::writable).map(b -> byteText(b, parameter));
    }

    private static String byteText(SalBuffer buffer, Symbol parameter) {
        if (buffer.bytes()) {
            return buffer.size();
        }
        Optional<CType> element = parameter.type().pointee();
        OptionalLong size = element.isPresent() ? elementSize(element.get()) : OptionalLong.empty();
        if (size.isPresent() && size.getAsLong() == 1) {
            return buffer.size();
        }
        String unit = size.isPresent() ? Long.toString(size.getAsLong())
                : "sizeof(" + element.map(CType::display).orElse("?") + ")";
        return "(" + buffer.size() + ") * " + unit;
    }

    /** Sizes that need no record layout; records report sizeof(type) as text instead. */
    private static OptionalLong elementSize(CType type) {
        return switch (type) {
            case Scalar s -> OptionalLong.of(s.size());
            case Pointer p -> OptionalLong.of(Pointer.SIZE);
            case EnumType e -> OptionalLong.of(4);
            case VoidType v -> OptionalLong.of(1);
            default -> OptionalLong.empty();
        };
    }

    /** Whether the pointer may be NULL: _In_opt_, _Out_writes_bytes_opt_(n), __in_opt, ... */
    public static boolean optional(Symbol parameter) {
        for (Annotation a : parameter.annotations()) {
            if (a.kind() == Annotation.Kind.SAL && isOptional(a.name())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOptional(String name) {
        return name.contains("_opt_") || name.endsWith("_opt");
    }

    /** The _When_ pairs on a symbol (a parameter, or a function across all its declarations). */
    public static List<WhenCondition> when(Symbol symbol) {
        return when(symbol.annotations());
    }

    /** The _When_ pairs written on a function definition itself. */
    public static List<WhenCondition> when(FunctionDefinition function) {
        return when(function.annotations());
    }

    private static List<WhenCondition> when(List<Annotation> annotations) {
        List<WhenCondition> out = new ArrayList<>();
        for (Annotation a : annotations) {
            if (a.kind() != Annotation.Kind.SAL || !a.name().equals("_When_")) {
                continue;
            }
            List<String> arguments = a.argumentList();
            if (arguments.size() < 2) {
                continue;
            }
            String inner = String.join(", ", arguments.subList(1, arguments.size()));
            out.add(new WhenCondition(arguments.get(0), annotationsIn(inner, a)));
        }
        return List.copyOf(out);
    }

    /** "_Out_writes_bytes_(*Length) _Post_valid_" -> two annotations, spans of the enclosing _When_. */
    static List<Annotation> annotationsIn(String text, Annotation enclosing) {
        List<Annotation> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!(Character.isLetter(c) || c == '_')) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                i++;
            }
            String name = text.substring(start, i);
            int j = i;
            while (j < n && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            Optional<String> arguments = Optional.empty();
            if (j < n && text.charAt(j) == '(') {
                int depth = 0;
                int k = j;
                for (; k < n; k++) {
                    if (text.charAt(k) == '(') {
                        depth++;
                    } else if (text.charAt(k) == ')' && --depth == 0) {
                        break;
                    }
                }
                arguments = Optional.of(text.substring(j + 1, Math.min(k, n)));
                i = Math.min(k + 1, n);
            }
            out.add(new Annotation(enclosing.span(), Annotation.Kind.SAL, name, arguments));
        }
        return out;
    }
}
