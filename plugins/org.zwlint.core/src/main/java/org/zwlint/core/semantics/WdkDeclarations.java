package org.zwlint.core.semantics;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zwlint.core.ast.TranslationUnit;

/**
 * The bundled WDK model's declarations (typedefs, structs and unions, enumerations, prototypes,
 * globals), bound once and shared read-only by every unit's {@link SemanticModel} on every
 * thread: everything is computed during construction and nothing is cached afterwards.
 */
public final class WdkDeclarations {
    private static final WdkDeclarations EMPTY = new WdkDeclarations(TypeSystem.empty(), Map.of(), Map.of());

    private final TypeSystem types;
    private final Map<String, Symbol> symbols;
    private final Map<Symbol, List<Symbol>> parameters;

    private WdkDeclarations(TypeSystem types, Map<String, Symbol> symbols, Map<Symbol, List<Symbol>> parameters) {
        this.types = types;
        this.symbols = symbols;
        this.parameters = parameters;
    }

    /** Binds the model's AST (see FrontEnd: the model unit parsed with CParserDriver). */
    public static WdkDeclarations of(TranslationUnit modelAst) {
        TypeSystem types = TypeSystem.of(modelAst, null);
        Binder binder = new Binder(types, Map.of(), true);
        binder.bind(modelAst);
        Map<String, Symbol> symbols = new HashMap<>(binder.fileScopeNames());
        Map<Symbol, List<Symbol>> parameters = new IdentityHashMap<>();
        for (Symbol function : binder.functions.values()) {
            parameters.put(function, binder.prototypeParameters(function));
        }
        types.freeze();
        return new WdkDeclarations(types, Map.copyOf(symbols), parameters);
    }

    public static WdkDeclarations empty() {
        return EMPTY;
    }

    /** The model's file-scope name: a routine, a global, an enumeration constant or a typedef. */
    public Optional<Symbol> symbol(String name) {
        return Optional.ofNullable(symbols.get(name));
    }

    /** The model's types, frozen. */
    public TypeSystem types() {
        return types;
    }

    Map<String, Symbol> symbols() {
        return symbols;
    }

    /** A model routine's parameters (unnamed ones have the name ""). */
    public List<Symbol> parameters(Symbol function) {
        return parameters.getOrDefault(function, List.of());
    }

    boolean declares(Symbol symbol) {
        return symbols.get(symbol.name()) == symbol || parameters.containsKey(symbol);
    }
}
