package org.zwlint.core.semantics;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.Parents;
import org.zwlint.core.ast.TranslationUnit;

/**
 * What the names and expressions of one translation unit mean: each identifier use resolved to
 * its declaration (file, function and block scopes, shadowing, the WDK model behind the file
 * scope), the type of each expression, and the value of constant expressions.
 * <p>
 * Built in one pass over the unit; types and constants are computed on demand and memoized per
 * node identity. Use it from one thread at a time (the model it rests on is shared safely).
 */
public final class SemanticModel {
    private final TranslationUnit unit;
    private final WdkDeclarations model;
    private final TypeSystem types;
    private final Binder binder;
    private final Map<Symbol, List<Symbol>> prototypeParameters = new IdentityHashMap<>();
    private @Nullable Parents parents;

    private SemanticModel(TranslationUnit unit, WdkDeclarations model, TypeSystem types, Binder binder) {
        this.unit = unit;
        this.model = model;
        this.types = types;
        this.binder = binder;
    }

    /** The unit's meaning on x64. */
    public static SemanticModel build(TranslationUnit unit, WdkDeclarations model) {
        return build(unit, model, Pointer.SIZE);
    }

    /**
     * The unit's meaning on a target with {@code pointerSize}-byte pointers (4: x86): sizeof, offsetof and every
     * layout the engine and the rules read are the target's, as the target's compiler folds them.
     */
    public static SemanticModel build(TranslationUnit unit, WdkDeclarations model, int pointerSize) {
        TypeSystem types = TypeSystem.of(unit, model.types(), pointerSize);
        Binder binder = new Binder(types, model.symbols(), false);
        binder.bind(unit);
        return new SemanticModel(unit, model, types, binder);
    }

    public TranslationUnit unit() {
        return unit;
    }

    /** The declaration an identifier use names; empty for an undeclared name or a non-use (a member name, a label). */
    public Optional<Symbol> symbol(Identifier use) {
        return binder.symbol(use);
    }

    /** The symbol a declaring node declares: a Declarator, a Parameter of a definition, an Enumerator. */
    public Optional<Symbol> declaredBy(Node declaration) {
        return Optional.ofNullable(binder.declared.get(declaration));
    }

    /** The C type of an expression; {@link UnknownType} when it cannot be told. */
    public CType typeOf(Expression expression) {
        return binder.typer.typeOf(expression);
    }

    /**
     * Whether a number can be negative where an ordering comparison bounds it: the side is of a signed integer type
     * and the comparison is made in one (after the usual arithmetic conversions). {@code len > 64} with a LONG len
     * lets -1 through; {@code len > sizeof(buffer)} compares as size_t, where -1 is the largest value.
     */
    public boolean mayBeNegative(Expression side, Expression other) {
        CType own = ExpressionTyper.promote(typeOf(side));
        CType common = ExpressionTyper.usual(typeOf(side), typeOf(other));
        return own instanceof Scalar s && !s.isUnsigned() && !s.isFloating()
                && common instanceof Scalar c && !c.isUnsigned() && !c.isFloating();
    }

    /** A function by name: defined or declared in the unit, or declared by the model. */
    public Optional<Symbol> function(String name) {
        @Nullable Symbol own = Maps.find(binder.functions, name);
        if (own != null) {
            return Optional.of(own);
        }
        return model.symbol(name).filter(s -> s.kind() == SymbolKind.FUNCTION);
    }

    /** Every function definition in the unit, those from its headers included, in source order. */
    public List<FunctionDefinition> functions() {
        return List.copyOf(binder.definitions);
    }

    public Symbol functionSymbol(FunctionDefinition function) {
        @Nullable Symbol symbol = Maps.find(binder.functionSymbols, function);
        if (symbol == null) {
            throw new IllegalArgumentException("not a function of this unit: " + function.name());
        }
        return symbol;
    }

    /** A definition's parameters in order ("" for an unnamed one; none for (void)). */
    public List<Symbol> parameters(FunctionDefinition function) {
        return binder.parameters.getOrDefault(function, List.of());
    }

    /** A function's parameters: its definition's, or those of its first prototype, or the model's. */
    public List<Symbol> parameters(Symbol function) {
        if (function.kind() != SymbolKind.FUNCTION) {
            return List.of();
        }
        Optional<FunctionDefinition> definition = function.definition();
        if (definition.isPresent() && binder.parameters.containsKey(definition.get())) {
            return parameters(definition.get());
        }
        if (model.declares(function)) {
            return model.parameters(function);
        }
        return prototypeParameters.computeIfAbsent(function, binder::prototypeParameters);
    }

    /**
     * The value of an integer constant expression (literals with suffixes, enumeration constants,
     * sizeof, casts, arithmetic, shifts, comparisons, ?:); empty when it is not one. A 64-bit
     * unsigned value above Long.MAX_VALUE keeps its bits.
     */
    public OptionalLong constantValue(Expression expression) {
        return binder.folder.value(expression);
    }

    public TypeSystem types() {
        return types;
    }

    public WdkDeclarations model() {
        return model;
    }

    /** Parent links of the unit, made on first use. */
    public Parents parents() {
        Parents made = parents;
        if (made == null) {
            made = Parents.of(unit);
            parents = made;
        }
        return made;
    }
}
