package org.zwlint.core.semantics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.ast.Annotation;
import org.zwlint.core.ast.ArraySuffix;
import org.zwlint.core.ast.Cast;
import org.zwlint.core.ast.CompoundLiteral;
import org.zwlint.core.ast.CompoundStatement;
import org.zwlint.core.ast.Declaration;
import org.zwlint.core.ast.Declarator;
import org.zwlint.core.ast.DeclaratorSuffix;
import org.zwlint.core.ast.Designator;
import org.zwlint.core.ast.EnumSpecifier;
import org.zwlint.core.ast.Enumerator;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.ForStatement;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.GenericAssociation;
import org.zwlint.core.ast.GotoStatement;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.KeywordSpecifier;
import org.zwlint.core.ast.LabelStatement;
import org.zwlint.core.ast.MacroInvocation;
import org.zwlint.core.ast.MemberAccess;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.Parameter;
import org.zwlint.core.ast.ParameterList;
import org.zwlint.core.ast.SimpleDeclaration;
import org.zwlint.core.ast.SizeofType;
import org.zwlint.core.ast.Specifier;
import org.zwlint.core.ast.StructSpecifier;
import org.zwlint.core.ast.TranslationUnit;
import org.zwlint.core.ast.TypeName;
import org.zwlint.core.ast.TypeofSpecifier;

/**
 * One pass over a translation unit that opens file, function and block scopes, declares what
 * each declaration declares, and resolves every identifier use to its symbol. Iterative (an
 * explicit stack of nodes to visit and actions to run), so 10,000 nested blocks do not overflow.
 * <p>
 * A name's scope begins after its declarator, as in C: in "int len = len;" the initializer sees
 * the new len. Functions and globals declared several times at file scope are one symbol.
 */
final class Binder {
    /** A block, function or file scope: names to symbols, with a lazily made table. */
    private static final class Scope {
        final @Nullable Scope parent;
        @Nullable
        Map<String, Symbol> names;

        Scope(@Nullable Scope parent) {
            this.parent = parent;
        }

        void bind(String name, Symbol symbol) {
            Map<String, Symbol> table = names;
            if (table == null) {
                table = new HashMap<>();
                names = table;
            }
            table.put(name, symbol);
        }
    }

    private final TypeSystem types;
    private final Map<String, Symbol> model;
    private final boolean modelMode;
    private final Scope fileScope = new Scope(null);
    private Scope scope = fileScope;
    final ExpressionTyper typer;
    final ConstantFolder folder;

    final Map<Identifier, Symbol> uses = new IdentityHashMap<>();
    final Map<Node, Symbol> declared = new IdentityHashMap<>();
    final Map<FunctionDefinition, Symbol> functionSymbols = new IdentityHashMap<>();
    final Map<FunctionDefinition, List<Symbol>> parameters = new IdentityHashMap<>();
    final Map<String, Symbol> functions = new HashMap<>();
    final Map<String, Symbol> globals = new HashMap<>();
    final Map<String, Symbol> enumConstants = new HashMap<>();
    final List<FunctionDefinition> definitions = new ArrayList<>();

    /**
     * @param model the model's file-scope symbols, seen behind the unit's file scope
     * @param modelMode binding the model itself: its symbols are fromModel and bodies are skipped
     */
    Binder(TypeSystem types, Map<String, Symbol> model, boolean modelMode) {
        this.types = types;
        this.model = model;
        this.modelMode = modelMode;
        this.typer = new ExpressionTyper(types, this::symbol);
        this.folder = new ConstantFolder(new Environment(), new IdentityHashMap<>());
        types.constants(folder::value);
    }

    /** Names in constant expressions: the resolved use, or (for one the walk did not reach) the enumerator by name. */
    private final class Environment implements ConstantEnvironment {
        @Override
        public OptionalLong enumConstant(Identifier name) {
            @Nullable Symbol symbol = Maps.find(uses, name);
            if (symbol == null) {
                symbol = Maps.find(enumConstants, name.name());
            }
            if (symbol == null) {
                symbol = Maps.find(model, name.name());
            }
            return symbol != null && symbol.kind() == SymbolKind.ENUM_CONSTANT ? symbol.enumValue()
                    : OptionalLong.empty();
        }

        @Override
        public CType type(TypeName name) {
            return types.resolve(name);
        }

        @Override
        public CType typeOf(Expression expression) {
            return typer.typeOf(expression);
        }

        @Override
        public OptionalLong sizeOf(CType type) {
            return types.sizeOf(type);
        }

        @Override
        public OptionalLong alignOf(CType type) {
            return types.alignOf(type);
        }

        @Override
        public OptionalLong offsetOf(CType recordOrPointer, String field) {
            return types.field(recordOrPointer, field).map(Field::offset).orElse(OptionalLong.empty());
        }
    }

    Optional<Symbol> symbol(Identifier use) {
        return Optional.ofNullable(uses.get(use));
    }

    /** The file scope's names after binding (the model's symbol table when binding the model). */
    Map<String, Symbol> fileScopeNames() {
        Map<String, Symbol> names = fileScope.names;
        return names == null ? Map.of() : names;
    }

    Optional<Symbol> lookupFileScope(String name) {
        Map<String, Symbol> names = fileScope.names;
        @Nullable
        Symbol own = names == null ? null : Maps.find(names, name);
        return Optional.ofNullable(own != null ? own : model.get(name));
    }

    // ------------------------------------------------------------ the walk

    void bind(TranslationUnit unit) {
        Deque<Object> work = new ArrayDeque<>();
        pushAll(work, unit.declarations());
        while (!work.isEmpty()) {
            Object next = work.pop();
            if (next instanceof Runnable action) {
                action.run();
            } else {
                visit((Node) next, work);
            }
        }
        mergePrototypeParameterAnnotations();
    }

    private static void pushAll(Deque<Object> work, List<? extends Node> nodes) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            work.push(nodes.get(i));
        }
    }

    private void visit(Node node, Deque<Object> work) {
        switch (node) {
            case FunctionDefinition function -> function(function, work);
            case SimpleDeclaration declaration -> declaration(declaration, work);
            case CompoundStatement block -> {
                openScope(work);
                pushAll(work, block.items());
            }
            case ForStatement loop -> {
                openScope(work);
                pushAll(work, loop.children());
            }
            case StructSpecifier struct -> members(struct, work);
            case EnumSpecifier enumeration -> enumerators(enumeration, work);
            case MemberAccess access -> work.push(access.base());
            case Designator designator -> {
                designator.high().ifPresent(work::push);
                designator.index().ifPresent(work::push);
            }
            case Identifier id -> resolve(id);
            case Cast cast -> work.push(cast.operand());
            case CompoundLiteral literal -> work.push(literal.initializer());
            case GenericAssociation association -> work.push(association.value());
            case TypeofSpecifier typeof -> {
                if (typeof.operand() instanceof Expression e) {
                    work.push(e);
                }
            }
            case GotoStatement g -> {
                // labels are not ordinary identifiers
            }
            case LabelStatement l -> {
                // labels are not ordinary identifiers
            }
            case SizeofType s -> {
                // a type only
            }
            case TypeName t -> {
                // a type only
            }
            case Parameter p -> {
                // handled with its function
            }
            case Declarator d -> {
                // handled with its declaration
            }
            case MacroInvocation m -> {
                // opaque
            }
            default -> pushAll(work, node.children());
        }
    }

    private void openScope(Deque<Object> work) {
        Scope inner = new Scope(scope);
        scope = inner;
        work.push((Runnable) () -> scope = inner.parent == null ? fileScope : inner.parent);
    }

    private void resolve(Identifier id) {
        String name = id.name();
        for (Scope at = scope; at != null; at = at.parent) {
            Map<String, Symbol> names = at.names;
            if (names != null) {
                @Nullable Symbol symbol = Maps.find(names, name);
                if (symbol != null) {
                    uses.put(id, symbol);
                    return;
                }
            }
        }
        @Nullable Symbol fromModel = Maps.find(model, name);
        if (fromModel != null) {
            uses.put(id, fromModel);
        }
    }

    // ------------------------------------------------------------ declarations

    private void function(FunctionDefinition function, Deque<Object> work) {
        definitions.add(function);
        CType type = types.resolve(function.specifiers(), function.declarator());
        String name = function.name();
        Symbol symbol = functionSymbol(name, type, function.declarator(), function.annotations(),
                isStatic(function.specifiers()));
        symbol.define(function, type, modelMode);
        functionSymbols.put(function, symbol);
        declared.put(function.declarator(), symbol);
        openScope(work);
        List<Symbol> list = new ArrayList<>();
        List<Parameter> written = function.parameters();
        for (int i = 0; i < written.size(); i++) {
            Parameter p = written.get(i);
            CType pt = types.parameterType(p);
            if (pt instanceof VoidType && written.size() == 1 && p.declarator().isEmpty()) {
                break;
            }
            Symbol ps = new Symbol(p.name().map(Identifier::name).orElse(""), SymbolKind.PARAMETER, pt, p, i,
                    modelMode);
            ps.addAnnotations(p.annotations());
            TypeSystem.typedefName(p.specifiers()).ifPresent(ps::addTypedefName);
            declared.put(p, ps);
            list.add(ps);
            if (!ps.name().isEmpty()) {
                scope.bind(ps.name(), ps);
            }
        }
        parameters.put(function, List.copyOf(list));
        if (!modelMode) {
            work.push(function.body());
        }
    }

    private void declaration(SimpleDeclaration declaration, Deque<Object> work) {
        // Run order: specifiers (enum constants, nested structs), then per declarator its array
        // sizes, the declaration itself, and its initializer.
        List<Object> steps = new ArrayList<>();
        for (Specifier s : declaration.specifiers()) {
            if (s instanceof StructSpecifier || s instanceof EnumSpecifier || s instanceof TypeofSpecifier) {
                steps.add(s);
            }
        }
        for (Declarator d : declaration.declarators()) {
            steps.addAll(arraySizes(d));
            steps.add((Runnable) () -> declare(declaration, d));
            d.initializer().ifPresent(steps::add);
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            work.push(steps.get(i));
        }
    }

    private static List<Expression> arraySizes(Declarator declarator) {
        List<Expression> sizes = new ArrayList<>();
        for (Optional<Declarator> at = Optional.of(declarator); at.isPresent(); at = at.get().nested()) {
            for (DeclaratorSuffix suffix : at.get().suffixes()) {
                if (suffix instanceof ArraySuffix array) {
                    array.size().ifPresent(sizes::add);
                }
            }
        }
        return sizes;
    }

    private void declare(SimpleDeclaration declaration, Declarator d) {
        Optional<Identifier> id = d.declaredName();
        if (id.isEmpty()) {
            return;
        }
        String name = id.get().name();
        List<Specifier> specifiers = declaration.specifiers();
        CType type = types.resolve(specifiers, d);
        List<Annotation> annotations = new ArrayList<>();
        for (Specifier s : specifiers) {
            if (s instanceof Annotation a) {
                annotations.add(a);
            }
        }
        annotations.addAll(d.annotations());
        boolean atFileScope = scope == fileScope;
        @Nullable
        Symbol symbol;
        if (declaration.isTypedef()) {
            if (!atFileScope) {
                types.declareTypedef(name, specifiers, d);
            }
            symbol = new Symbol(name, SymbolKind.TYPEDEF, type, d, -1, modelMode);
            symbol.addAnnotations(annotations);
            scope.bind(name, symbol);
        } else if (type instanceof FunctionType) {
            symbol = functionSymbol(name, type, d, annotations, isStatic(specifiers));
            if (!atFileScope) {
                scope.bind(name, symbol);
            }
        } else if (atFileScope || has(specifiers, "extern")) {
            symbol = Maps.find(globals, name);
            if (symbol == null) {
                @Nullable Symbol inModel = Maps.find(model, name);
                symbol = new Symbol(name, SymbolKind.GLOBAL, type, d, -1,
                        modelMode || inModel != null && inModel.kind() == SymbolKind.GLOBAL);
                globals.put(name, symbol);
                if (atFileScope) {
                    fileScope.bind(name, symbol);
                }
            } else {
                symbol.addDeclaration(d);
                if (symbol.type() instanceof Array a && a.length().isEmpty() && type instanceof Array) {
                    symbol.refineType(type);
                }
            }
            symbol.addAnnotations(annotations);
            if (isStatic(specifiers)) {
                symbol.markStatic();
            }
            scope.bind(name, symbol);
        } else {
            symbol = new Symbol(name, SymbolKind.LOCAL, type, d, -1, modelMode);
            symbol.addAnnotations(annotations);
            if (isStatic(specifiers)) {
                symbol.markStatic();
            }
            scope.bind(name, symbol);
        }
        Optional<String> typedefName = TypeSystem.typedefName(specifiers);
        if (typedefName.isPresent() && (symbol.kind() != SymbolKind.FUNCTION
                || types.typedef(typedefName.get()).orElse(VoidType.VOID) instanceof FunctionType)) {
            // A function's typedef name is its role (DRIVER_DISPATCH), not its return type.
            symbol.addTypedefName(typedefName.get());
        }
        declared.put(d, symbol);
    }

    /** The one symbol of a function however often it is declared; a unit prototype of a model routine stays fromModel. */
    private Symbol functionSymbol(String name, CType type, Node declaration, List<Annotation> annotations,
            boolean isStatic) {
        @Nullable Symbol symbol = Maps.find(functions, name);
        if (symbol == null) {
            @Nullable Symbol inModel = Maps.find(model, name);
            symbol = new Symbol(name, SymbolKind.FUNCTION, type, declaration, -1,
                    modelMode || inModel != null && inModel.kind() == SymbolKind.FUNCTION);
            functions.put(name, symbol);
            fileScope.bind(name, symbol);
        } else {
            symbol.addDeclaration(declaration);
            if (!symbol.type().isKnown() && type.isKnown()) {
                symbol.refineType(type);
            }
        }
        symbol.addAnnotations(annotations);
        if (isStatic) {
            symbol.markStatic();
        }
        return symbol;
    }

    private void members(StructSpecifier struct, Deque<Object> work) {
        types.declareTag(struct);
        List<Node> steps = new ArrayList<>();
        for (Declaration member : struct.members().orElse(List.of())) {
            if (member instanceof SimpleDeclaration simple) {
                for (Specifier s : simple.specifiers()) {
                    if (s instanceof StructSpecifier || s instanceof EnumSpecifier) {
                        steps.add(s);
                    }
                }
                for (Declarator d : simple.declarators()) {
                    steps.addAll(arraySizes(d));
                    d.bitWidth().ifPresent(steps::add);
                }
            }
        }
        pushAll(work, steps);
    }

    private void enumerators(EnumSpecifier enumeration, Deque<Object> work) {
        List<Enumerator> list = enumeration.enumerators().orElse(List.of());
        EnumType type = new EnumType(enumeration.tag().map(Identifier::name).orElse(""));
        OptionalLong[] next = { OptionalLong.of(0) };
        List<Object> steps = new ArrayList<>();
        for (Enumerator e : list) {
            e.value().ifPresent(steps::add);
            steps.add((Runnable) () -> {
                OptionalLong value = e.value().isPresent() ? folder.value(e.value().get()) : next[0];
                next[0] = value.isPresent() ? OptionalLong.of((int) (value.getAsLong() + 1)) : OptionalLong.empty();
                Symbol symbol = new Symbol(e.name().name(), SymbolKind.ENUM_CONSTANT, type, e, -1, modelMode);
                symbol.enumValue(value);
                scope.bind(symbol.name(), symbol);
                enumConstants.putIfAbsent(symbol.name(), symbol);
                declared.put(e, symbol);
            });
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            work.push(steps.get(i));
        }
    }

    // ------------------------------------------------------------ after the walk

    /** _Use_decl_annotations_: a definition's parameters carry the SAL of the same parameter in its prototypes. */
    private void mergePrototypeParameterAnnotations() {
        for (Map.Entry<FunctionDefinition, Symbol> entry : functionSymbols.entrySet()) {
            @Nullable List<Symbol> own = Maps.find(parameters, entry.getKey());
            if (own == null || own.isEmpty()) {
                continue;
            }
            for (Node declaration : entry.getValue().declarations()) {
                if (declaration == entry.getKey().declarator() || !(declaration instanceof Declarator d)) {
                    continue;
                }
                Optional<ParameterList> list = d.parameters();
                if (list.isEmpty()) {
                    continue;
                }
                List<Parameter> written = list.get().parameters();
                for (int i = 0; i < written.size() && i < own.size(); i++) {
                    own.get(i).addAnnotations(written.get(i).annotations());
                }
            }
        }
    }

    /** Parameter symbols of a function known only by its prototypes (or by a function typedef). */
    List<Symbol> prototypeParameters(Symbol function) {
        Optional<FunctionDefinition> definition = function.definition();
        if (definition.isPresent()) {
            @Nullable List<Symbol> own = Maps.find(parameters, definition.get());
            if (own != null) {
                return own;
            }
        }
        for (Node declaration : function.declarations()) {
            if (declaration instanceof Declarator d && d.parameters().isPresent()) {
                List<Parameter> written = d.parameters().get().parameters();
                List<Symbol> out = new ArrayList<>();
                for (int i = 0; i < written.size(); i++) {
                    Parameter p = written.get(i);
                    CType pt = types.parameterType(p);
                    if (pt instanceof VoidType && written.size() == 1 && p.declarator().isEmpty()) {
                        break;
                    }
                    Symbol ps = new Symbol(p.name().map(Identifier::name).orElse(""), SymbolKind.PARAMETER, pt, p, i,
                            function.fromModel());
                    ps.addAnnotations(p.annotations());
                    TypeSystem.typedefName(p.specifiers()).ifPresent(ps::addTypedefName);
                    out.add(ps);
                }
                return List.copyOf(out);
            }
        }
        if (function.type() instanceof FunctionType f) {
            List<Symbol> out = new ArrayList<>();
            for (int i = 0; i < f.parameters().size(); i++) {
                out.add(new Symbol("", SymbolKind.PARAMETER, f.parameters().get(i), function.declaration(), i,
                        function.fromModel()));
            }
            return List.copyOf(out);
        }
        return List.of();
    }

    private static boolean isStatic(List<Specifier> specifiers) {
        return has(specifiers, "static");
    }

    private static boolean has(List<Specifier> specifiers, String keyword) {
        for (Specifier s : specifiers) {
            if (s instanceof KeywordSpecifier k && k.keyword().equals(keyword)) {
                return true;
            }
        }
        return false;
    }
}
