package org.zwlint.core.semantics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.ast.Annotation;
import org.zwlint.core.ast.ArraySuffix;
import org.zwlint.core.ast.Declaration;
import org.zwlint.core.ast.Declarator;
import org.zwlint.core.ast.DeclaratorSuffix;
import org.zwlint.core.ast.EnumSpecifier;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.KeywordSpecifier;
import org.zwlint.core.ast.MacroInvocation;
import org.zwlint.core.ast.Parameter;
import org.zwlint.core.ast.ParameterList;
import org.zwlint.core.ast.PragmaDirective;
import org.zwlint.core.ast.SimpleDeclaration;
import org.zwlint.core.ast.Specifier;
import org.zwlint.core.ast.StructSpecifier;
import org.zwlint.core.ast.TranslationUnit;
import org.zwlint.core.ast.TypeName;
import org.zwlint.core.ast.TypedefName;
import org.zwlint.core.ast.TypeofSpecifier;

/**
 * The types of one translation unit on top of the bundled model's: typedefs, struct and union
 * definitions by tag, field lookup through anonymous members, and sizes and offsets for the unit's target (x64, or
 * x86 with 4-byte pointers; the other target's on request).
 * <p>
 * A unit's type system answers from its own declarations first, then from the model's (which is
 * frozen and shared by every thread). A tag declared but not defined (struct _IRP;) resolves to
 * the definition found anywhere in the unit or the model. Typedefs and struct tags are file-wide:
 * a typedef or tag declared inside a function is known from there on, not only in its block.
 * Everything is computed lazily and memoized; one instance is thread-confined unless frozen.
 */
public final class TypeSystem {
    private record TypedefEntry(List<Specifier> specifiers, Declarator declarator) {
    }

    private record Layout(List<Field> fields, Map<String, Field> byName, OptionalLong size, int align) {
    }

    private static final Layout UNKNOWN_LAYOUT = new Layout(List.of(), Map.of(), OptionalLong.empty(), 1);
    /** The pointer size of a 32-bit target, whose layouts are kept beside the x64 ones. */
    public static final int NARROW_POINTER = 4;

    private final @Nullable TypeSystem base;
    private boolean frozen;
    private final Map<String, TypedefEntry> typedefDeclarations = new HashMap<>();
    private final Map<String, CType> typedefs = new HashMap<>();
    private final Set<String> resolvingTypedefs = new HashSet<>();
    /** Definitions by "struct tag" / "union tag", the first one wins. */
    private final Map<String, StructSpecifier> tags = new HashMap<>();
    private final Map<StructSpecifier, RecordId> ids = new IdentityHashMap<>();
    private final Map<String, RecordId> opaque = new HashMap<>();
    private final Map<RecordId, Layout> layouts = new IdentityHashMap<>();
    private final Set<RecordId> layingOut = new HashSet<>();
    /** The same with 4-byte pointers, for a 32-bit (x86) target: only the replay of a finding asks for them. */
    private final Map<RecordId, Layout> narrowLayouts = new IdentityHashMap<>();
    private final Set<RecordId> narrowLayingOut = new HashSet<>();
    /** #pragma pack in force where a struct was defined (0: natural alignment). */
    private final Map<StructSpecifier, Integer> packing = new IdentityHashMap<>();
    private Function<Expression, OptionalLong> constants = e -> OptionalLong.empty();
    /** The target's pointer size: what sizeof, offsets and field lookups without one answer with. */
    private final int pointerSize;

    private TypeSystem(@Nullable TypeSystem base, int pointerSize) {
        this.base = base;
        this.pointerSize = pointerSize;
    }

    /** The type system of a unit (or of the model itself, with no base), laid out for x64. */
    static TypeSystem of(TranslationUnit unit, @Nullable TypeSystem base) {
        return of(unit, base, Pointer.SIZE);
    }

    /** The same for a target with {@code pointerSize}-byte pointers (4: x86): sizeof and offsets are the target's. */
    static TypeSystem of(TranslationUnit unit, @Nullable TypeSystem base, int pointerSize) {
        TypeSystem types = new TypeSystem(base, pointerSize);
        types.collect(unit);
        return types;
    }

    /** An empty type system, for an empty model. */
    static TypeSystem empty() {
        TypeSystem types = new TypeSystem(null, Pointer.SIZE);
        types.frozen = true;
        return types;
    }

    /** How array lengths and bit-field widths are evaluated; the owner sets it once names resolve. */
    void constants(Function<Expression, OptionalLong> evaluator) {
        this.constants = evaluator;
    }

    // ------------------------------------------------------------ collection

    /** File-scope typedefs and struct tags, and the #pragma pack state, in one pass over the top level. */
    private void collect(TranslationUnit unit) {
        Deque<Integer> packStack = new ArrayDeque<>();
        int pack = 0;
        for (Declaration declaration : unit.declarations()) {
            switch (declaration) {
                case PragmaDirective pragma when pragma.name().equals("pack") -> {
                    pack = pragmaPack(pragma.text(), pack, packStack);
                }
                case SimpleDeclaration simple -> {
                    collectTags(simple.specifiers(), pack);
                    if (simple.isTypedef()) {
                        for (Declarator d : simple.declarators()) {
                            d.declaredName().ifPresent(
                                    name -> typedefDeclarations.putIfAbsent(name.name(), new TypedefEntry(simple.specifiers(), d)));
                        }
                    }
                }
                case FunctionDefinition function -> collectTags(function.specifiers(), pack);
                default -> {
                    // nothing declares a type
                }
            }
        }
    }

    private static int pragmaPack(String text, int current, Deque<Integer> stack) {
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        if (open < 0 || close < open) {
            return current;
        }
        int pack = current;
        String[] parts = text.substring(open + 1, close).split(",");
        boolean sawNumber = false;
        for (String raw : parts) {
            String part = raw.strip();
            if (part.equals("push")) {
                stack.push(current);
            } else if (part.equals("pop")) {
                pack = stack.isEmpty() ? 0 : stack.pop();
            } else if (!part.isEmpty() && Character.isDigit(part.charAt(0))) {
                try {
                    pack = Integer.parseInt(part);
                    sawNumber = true;
                } catch (NumberFormatException e) {
                    // an unusual spelling: keep the packing we had
                }
            }
        }
        if (parts.length == 1 && parts[0].isBlank() && !sawNumber) {
            return 0;
        }
        return pack;
    }

    /** Struct definitions in specifiers, nested members included (C gives nested tags file scope). */
    private void collectTags(List<Specifier> specifiers, int pack) {
        Deque<Specifier> work = new ArrayDeque<>(specifiers);
        while (!work.isEmpty()) {
            if (work.pop() instanceof StructSpecifier struct && struct.members().isPresent()) {
                declareTag(struct);
                if (pack > 0) {
                    packing.put(struct, pack);
                }
                for (Declaration member : struct.members().get()) {
                    if (member instanceof SimpleDeclaration simple) {
                        work.addAll(simple.specifiers());
                    }
                }
            }
        }
    }

    /** A struct defined where the pre-pass does not look (inside a function). */
    void declareTag(StructSpecifier struct) {
        if (struct.members().isPresent() && struct.tag().isPresent()) {
            tags.putIfAbsent(struct.kind() + " " + struct.tag().get().name(), struct);
        }
    }

    /** A typedef declared inside a function: known from here on, unless the file scope has one. */
    void declareTypedef(String name, List<Specifier> specifiers, Declarator declarator) {
        typedefDeclarations.putIfAbsent(name, new TypedefEntry(specifiers, declarator));
    }

    /** Resolves every typedef and lays out every record, then refuses to cache more: safe to share. */
    void freeze() {
        for (String name : List.copyOf(typedefDeclarations.keySet())) {
            typedef(name);
        }
        for (StructSpecifier struct : List.copyOf(tags.values())) {
            layout(recordId(struct));
            layout(recordId(struct), NARROW_POINTER);
        }
        // Anonymous records reached from the named ones.
        for (int round = 0; round < 8; round++) {
            List<RecordId> all = new ArrayList<>(ids.values());
            int before = layouts.size() + narrowLayouts.size();
            for (RecordId id : all) {
                layout(id);
                layout(id, NARROW_POINTER);
            }
            if (layouts.size() + narrowLayouts.size() == before) {
                break;
            }
        }
        // The evaluator's memo would grow if used from several threads: a frozen model evaluates nothing new.
        constants = e -> OptionalLong.empty();
        frozen = true;
    }

    // ------------------------------------------------------------ typedefs and resolution

    /** The type a typedef name stands for, in the unit or the model. */
    public Optional<CType> typedef(String name) {
        @Nullable CType known = Maps.find(typedefs, name);
        if (known != null) {
            return Optional.of(known);
        }
        @Nullable TypedefEntry entry = Maps.find(typedefDeclarations, name);
        if (entry == null) {
            TypeSystem model = base;
            return model == null ? Optional.empty() : model.typedef(name);
        }
        if (frozen || !resolvingTypedefs.add(name)) {
            // A frozen model resolved all of its typedefs when it froze; this one is circular.
            return Optional.of(new UnknownType(name));
        }
        try {
            CType type = resolve(entry.specifiers(), entry.declarator());
            if (!frozen) {
                typedefs.put(name, type);
            }
            return Optional.of(type);
        } finally {
            resolvingTypedefs.remove(name);
        }
    }

    /** The typedef name a declaration was written with (PIRP in "PIRP Irp"), if any. */
    public static Optional<String> typedefName(List<Specifier> specifiers) {
        for (Specifier s : specifiers) {
            if (s instanceof TypedefName t) {
                return Optional.of(t.name());
            }
        }
        return Optional.empty();
    }

    /** The type a declarator declares with these specifiers: pointers, arrays, functions, (*nested). */
    public CType resolve(List<Specifier> specifiers, Declarator declarator) {
        return apply(resolveSpecifiers(specifiers), declarator);
    }

    public CType resolve(TypeName name) {
        CType base = resolveSpecifiers(name.specifiers());
        return name.declarator().isPresent() ? apply(base, name.declarator().get()) : base;
    }

    /** The type of a parameter as the callee sees it: arrays and functions decay to pointers. */
    public CType parameterType(Parameter parameter) {
        CType base = resolveSpecifiers(parameter.specifiers());
        CType type = parameter.declarator().isPresent() ? apply(base, parameter.declarator().get()) : base;
        return decay(type);
    }

    static CType decay(CType type) {
        return switch (type) {
            case Array a -> new Pointer(a.element());
            case FunctionType f -> new Pointer(f);
            default -> type;
        };
    }

    private CType apply(CType base, Declarator declarator) {
        CType type = base;
        Declarator at = declarator;
        while (true) {
            for (int i = 0; i < at.pointerDepth(); i++) {
                type = new Pointer(type);
            }
            List<DeclaratorSuffix> suffixes = at.suffixes();
            for (int i = suffixes.size() - 1; i >= 0; i--) {
                type = switch (suffixes.get(i)) {
                    case ArraySuffix array -> new Array(type,
                            array.size().isPresent() ? constants.apply(array.size().get()) : OptionalLong.empty());
                    case ParameterList list -> function(type, list);
                };
            }
            if (at.nested().isEmpty()) {
                return type;
            }
            at = at.nested().get();
        }
    }

    private FunctionType function(CType result, ParameterList list) {
        List<CType> parameters = new ArrayList<>();
        for (Parameter p : list.parameters()) {
            CType type = parameterType(p);
            if (type instanceof VoidType && list.parameters().size() == 1 && p.declarator().isEmpty()) {
                break;
            }
            parameters.add(type);
        }
        return new FunctionType(result, parameters, list.variadic());
    }

    /** The type the specifiers name, before any declarator: keywords, a typedef, a tag. */
    CType resolveSpecifiers(List<Specifier> specifiers) {
        int longs = 0;
        boolean unsigned = false;
        boolean signed = false;
        String base = "";
        boolean sawKeyword = false;
        CType named = null;
        for (Specifier s : specifiers) {
            switch (s) {
                case KeywordSpecifier k -> {
                    switch (k.keyword()) {
                        case "long" -> longs++;
                        case "unsigned" -> unsigned = true;
                        case "signed", "__signed", "__signed__" -> signed = true;
                        case "void", "char", "short", "int", "float", "double", "_Bool", "__int8", "__int16",
                                "__int32", "__int64", "wchar_t", "__wchar_t" -> base = k.keyword();
                        default -> {
                            // storage classes, qualifiers, calling conventions: no effect on the type
                            continue;
                        }
                    }
                    sawKeyword = true;
                }
                case TypedefName t -> named = typedef(t.name()).orElse(new UnknownType(t.name()));
                case StructSpecifier struct -> named = record(struct);
                case EnumSpecifier e -> named = new EnumType(e.tag().map(Identifier::name).orElse(""));
                case TypeofSpecifier t when t.operand() instanceof TypeName operand && !t.keyword().contains("lignas") -> named = resolve(operand);
                case TypeofSpecifier t when !t.keyword().contains("lignas") -> named = new UnknownType(t.keyword());
                default -> {
                    // annotations, _Alignas
                }
            }
        }
        if (named != null && (!sawKeyword || base.isEmpty() && longs == 0 && !unsigned && !signed)) {
            return named;
        }
        return keywordType(base, longs, unsigned, signed);
    }

    private static CType keywordType(String base, int longs, boolean unsigned, boolean signed) {
        return switch (base) {
            case "void" -> VoidType.VOID;
            case "_Bool" -> Scalar.BOOL;
            case "char", "__int8" -> unsigned ? Scalar.UNSIGNED_CHAR : signed ? Scalar.SIGNED_CHAR : Scalar.CHAR;
            case "short", "__int16" -> unsigned ? Scalar.UNSIGNED_SHORT : Scalar.SHORT;
            case "wchar_t", "__wchar_t" -> Scalar.UNSIGNED_SHORT;
            case "float" -> Scalar.FLOAT;
            case "double" -> longs > 0 ? Scalar.LONG_DOUBLE : Scalar.DOUBLE;
            case "__int32" -> unsigned ? Scalar.UNSIGNED_INT : Scalar.INT;
            case "__int64" -> unsigned ? Scalar.UNSIGNED_LONG_LONG : Scalar.LONG_LONG;
            default -> switch (longs) {
                case 0 -> unsigned ? Scalar.UNSIGNED_INT : Scalar.INT;
                case 1 -> unsigned ? Scalar.UNSIGNED_LONG : Scalar.LONG;
                default -> unsigned ? Scalar.UNSIGNED_LONG_LONG : Scalar.LONG_LONG;
            };
        };
    }

    // ------------------------------------------------------------ records

    /** The record type a struct or union specifier names: its own definition, or the tag's. */
    RecordType record(StructSpecifier struct) {
        String tag = struct.tag().map(Identifier::name).orElse("");
        if (struct.members().isPresent()) {
            return new RecordType(struct.kind(), tag, recordId(struct));
        }
        return new RecordType(struct.kind(), tag, recordForTag(struct.kind(), tag));
    }

    private RecordId recordId(StructSpecifier definition) {
        @Nullable RecordId id = Maps.find(ids, definition);
        if (id == null) {
            id = new RecordId(definition, definition.kind(), definition.tag().map(Identifier::name).orElse(""));
            if (!frozen) {
                ids.put(definition, id);
            }
        }
        return id;
    }

    private RecordId recordForTag(String kind, String tag) {
        String key = kind + " " + tag;
        @Nullable StructSpecifier definition = Maps.find(tags, key);
        if (definition != null) {
            return recordId(definition);
        }
        TypeSystem model = base;
        if (model != null) {
            Optional<RecordId> known = model.knownRecordForTag(key);
            if (known.isPresent()) {
                return known.get();
            }
        }
        @Nullable RecordId id = Maps.find(opaque, key);
        if (id == null) {
            id = new RecordId(null, kind, tag);
            if (!frozen) {
                opaque.put(key, id);
            }
        }
        return id;
    }

    /** A frozen model's id for a tag, defined or opaque, without creating one. */
    private Optional<RecordId> knownRecordForTag(String key) {
        @Nullable StructSpecifier definition = Maps.find(tags, key);
        if (definition != null) {
            return Optional.ofNullable(ids.get(definition));
        }
        return Optional.ofNullable(opaque.get(key));
    }

    /**
     * A field by name, looking through anonymous members, at its offset on this unit's target; the type may be a
     * record or a pointer to one.
     */
    public Optional<Field> field(CType recordOrPointer, String name) {
        return field(recordOrPointer, name, pointerSize);
    }

    /**
     * The same for a target whose pointers are {@code pointerSize} bytes: 4 on x86, where every pointer field and
     * everything after it moves; the field's type is the same, its offset is the target's.
     */
    public Optional<Field> field(CType recordOrPointer, String name, int pointerSize) {
        CType type = recordOrPointer;
        if (type instanceof Pointer || type instanceof Array) {
            type = type.pointee().orElseThrow();
        }
        if (!(type instanceof RecordType record)) {
            return Optional.empty();
        }
        return Optional.ofNullable(layout(record.id(), pointerSize).byName().get(name));
    }

    /** The named fields of a record, anonymous members' fields in their place, offsets from its start (target's). */
    public List<Field> fields(CType record) {
        return record instanceof RecordType r ? layout(r.id(), pointerSize).fields() : List.of();
    }

    /** The target's pointer size in bytes: 8 on x64, 4 on x86. */
    public int pointerSize() {
        return pointerSize;
    }

    /** sizeof on this unit's target, honouring alignment, #pragma pack and __declspec(align); empty if unknown. */
    public OptionalLong sizeOf(CType type) {
        return sizeOf(type, pointerSize);
    }

    /**
     * sizeof on a target with {@code pointerSize}-byte pointers (4: x86, 8: x64). The integer types keep their
     * sizes: the model's typedefs (ULONG_PTR, SIZE_T) already follow the target through _X86_/_WIN64.
     */
    public OptionalLong sizeOf(CType type, int pointerSize) {
        return switch (type) {
            case Scalar s -> OptionalLong.of(s.size());
            case Pointer p -> OptionalLong.of(pointerSize);
            case EnumType e -> OptionalLong.of(4);
            case Array a -> {
                OptionalLong element = sizeOf(a.element(), pointerSize);
                yield element.isPresent() && a.length().isPresent()
                        ? OptionalLong.of(element.getAsLong() * a.length().getAsLong())
                        : OptionalLong.empty();
            }
            case RecordType r -> layout(r.id(), pointerSize).size();
            default -> OptionalLong.empty();
        };
    }

    /** _Alignof on this unit's target; empty if unknown. */
    public OptionalLong alignOf(CType type) {
        return alignOf(type, pointerSize);
    }

    private OptionalLong alignOf(CType type, int pointerSize) {
        return switch (type) {
            case Scalar s -> OptionalLong.of(s.size());
            case Pointer p -> OptionalLong.of(pointerSize);
            case EnumType e -> OptionalLong.of(4);
            case Array a -> alignOf(a.element(), pointerSize);
            case RecordType r -> {
                Layout layout = layout(r.id(), pointerSize);
                yield layout.size().isPresent() ? OptionalLong.of(layout.align()) : OptionalLong.empty();
            }
            default -> OptionalLong.empty();
        };
    }

    private Layout layout(RecordId id, int pointerSize) {
        return pointerSize == Pointer.SIZE ? layout(id) : narrowLayout(id, pointerSize);
    }

    /** As {@link #layout(RecordId)}, with 4-byte pointers; cached apart, laid out at freeze time as well. */
    private Layout narrowLayout(RecordId id, int pointerSize) {
        @Nullable Layout known = Maps.find(narrowLayouts, id);
        if (known != null) {
            return known;
        }
        Optional<StructSpecifier> definition = id.definition();
        if (definition.isEmpty()) {
            RecordId defined = definedRecord(id);
            return defined == id ? UNKNOWN_LAYOUT : narrowLayout(defined, pointerSize);
        }
        TypeSystem model = base;
        if (!ids.containsKey(definition.get()) && model != null && model.ids.containsKey(definition.get())) {
            return model.narrowLayout(id, pointerSize);
        }
        if (frozen || !narrowLayingOut.add(id)) {
            return UNKNOWN_LAYOUT;
        }
        try {
            Layout layout = computeLayout(definition.get(), pointerSize);
            if (!frozen) {
                narrowLayouts.put(id, layout);
            }
            return layout;
        } finally {
            narrowLayingOut.remove(id);
        }
    }

    private Layout layout(RecordId id) {
        @Nullable Layout known = Maps.find(layouts, id);
        if (known != null) {
            return known;
        }
        Optional<StructSpecifier> definition = id.definition();
        if (definition.isEmpty()) {
            // An opaque tag in the model may be defined by the unit (or the other way round).
            RecordId defined = definedRecord(id);
            return defined == id ? UNKNOWN_LAYOUT : layout(defined);
        }
        TypeSystem model = base;
        if (!ids.containsKey(definition.get()) && model != null && model.ids.containsKey(definition.get())) {
            return model.layout(id);
        }
        if (frozen || !layingOut.add(id)) {
            // A frozen model laid out all of its records when it froze; this one contains itself.
            return UNKNOWN_LAYOUT;
        }
        try {
            Layout layout = computeLayout(definition.get(), Pointer.SIZE);
            if (!frozen) {
                layouts.put(id, layout);
            }
            return layout;
        } finally {
            layingOut.remove(id);
        }
    }

    private RecordId definedRecord(RecordId opaqueId) {
        String key = opaqueId.kind() + " " + opaqueId.tag();
        @Nullable StructSpecifier definition = Maps.find(tags, key);
        if (definition != null) {
            return recordId(definition);
        }
        TypeSystem model = base;
        if (model != null) {
            @Nullable StructSpecifier inModel = Maps.find(model.tags, key);
            if (inModel != null) {
                return model.recordId(inModel);
            }
        }
        return opaqueId;
    }

    private Layout computeLayout(StructSpecifier struct, int pointerSize) {
        boolean union = struct.kind().equals("union");
        int pack = packing.getOrDefault(struct, 0);
        List<Field> fields = new ArrayList<>();
        Map<String, Field> byName = new HashMap<>();
        long offset = 0;
        long unionSize = 0;
        int align = Math.max(1, declaredAlignment(struct.annotations()));
        boolean known = true;
        // MSVC packs adjacent bit-fields of one type size into one storage unit.
        int unitSize = 0;
        long unitBitsLeft = 0;
        for (Declaration member : struct.members().orElse(List.of())) {
            if (member instanceof MacroInvocation) {
                known = false;
                continue;
            }
            if (!(member instanceof SimpleDeclaration simple)) {
                continue;
            }
            CType baseType = resolveSpecifiers(simple.specifiers());
            int memberAlignment = declaredAlignment(simple.specifiers());
            if (simple.declarators().isEmpty()) {
                if (!(baseType instanceof RecordType anonymous)) {
                    continue;
                }
                unitBitsLeft = 0;
                Layout inner = layout(anonymous.id(), pointerSize);
                long at = union ? 0 : offset;
                OptionalLong size = inner.size();
                int innerAlign = effectiveAlign(inner.align(), pack, memberAlignment);
                if (known && !union) {
                    at = roundUp(offset, innerAlign);
                }
                for (Field f : inner.fields()) {
                    Field moved = new Field(f.name(), f.type(), known && f.offset().isPresent()
                            ? OptionalLong.of(at + f.offset().getAsLong()) : OptionalLong.empty());
                    fields.add(moved);
                    byName.putIfAbsent(moved.name(), moved);
                }
                align = Math.max(align, innerAlign);
                if (size.isEmpty()) {
                    known = false;
                } else if (union) {
                    unionSize = Math.max(unionSize, size.getAsLong());
                } else {
                    offset = at + size.getAsLong();
                }
                continue;
            }
            for (Declarator d : simple.declarators()) {
                CType type = apply(baseType, d);
                OptionalLong size = sizeOf(type, pointerSize);
                OptionalLong natural = alignOf(type, pointerSize);
                int fieldAlign = effectiveAlign((int) natural.orElse(1), pack, memberAlignment);
                if (size.isEmpty() && !(type instanceof Array a && a.length().isEmpty())) {
                    known = false;
                }
                long at;
                if (d.bitWidth().isPresent()) {
                    OptionalLong width = constants.apply(d.bitWidth().get());
                    int storage = (int) size.orElse(4);
                    long bits = width.orElse(1);
                    if (union) {
                        at = 0;
                    } else if (bits == 0) {
                        unitBitsLeft = 0;
                        continue;
                    } else if (unitBitsLeft >= bits && unitSize == storage) {
                        at = offset - storage;
                        unitBitsLeft -= bits;
                    } else {
                        at = roundUp(offset, fieldAlign);
                        offset = at + storage;
                        unitSize = storage;
                        unitBitsLeft = storage * 8L - bits;
                    }
                } else {
                    unitBitsLeft = 0;
                    at = union ? 0 : roundUp(offset, fieldAlign);
                    if (!union) {
                        offset = at + size.orElse(0);
                    }
                }
                if (union) {
                    unionSize = Math.max(unionSize, size.orElse(0));
                }
                align = Math.max(align, fieldAlign);
                Optional<Identifier> name = d.declaredName();
                if (name.isPresent()) {
                    Field field = new Field(name.get().name(), type, known ? OptionalLong.of(at) : OptionalLong.empty());
                    fields.add(field);
                    byName.putIfAbsent(field.name(), field);
                }
            }
        }
        long end = union ? unionSize : offset;
        OptionalLong size = known ? OptionalLong.of(roundUp(end, align)) : OptionalLong.empty();
        return new Layout(List.copyOf(fields), Map.copyOf(byName), size, align);
    }

    private static int effectiveAlign(int natural, int pack, int declared) {
        int align = pack > 0 ? Math.min(natural, pack) : natural;
        return Math.max(Math.max(align, declared), 1);
    }

    /** __declspec(align(n)) among specifiers or annotations; 0 when absent. */
    private static int declaredAlignment(List<? extends Specifier> specifiers) {
        int align = 0;
        for (Specifier s : specifiers) {
            if (s instanceof Annotation a && a.kind() == Annotation.Kind.DECLSPEC && a.arguments().isPresent()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("align\\s*\\(\\s*(\\d+)\\s*\\)")
                        .matcher(a.arguments().get());
                if (m.find()) {
                    align = Math.max(align, Integer.parseInt(m.group(1)));
                }
            }
        }
        return align;
    }

    private static long roundUp(long value, long align) {
        return align <= 1 ? value : (value + align - 1) / align * align;
    }
}
