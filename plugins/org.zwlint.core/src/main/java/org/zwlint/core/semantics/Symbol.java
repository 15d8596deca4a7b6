package org.zwlint.core.semantics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.ast.Annotation;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.Node;

/**
 * One declared entity: a parameter, a local, a global, a function, an enumeration constant or a
 * typedef. Identity semantics: every use of a name resolves to the same Symbol object. A function
 * or global declared several times in a unit (prototypes, then the definition) is one Symbol.
 * <p>
 * Symbols are completed while their {@link SemanticModel} (or {@link WdkDeclarations}) is built and
 * never change afterwards.
 */
public final class Symbol {
    private final String name;
    private final SymbolKind kind;
    private CType type;
    private Node declaration;
    private final List<Node> declarations = new ArrayList<>();
    private final List<Annotation> annotations = new ArrayList<>();
    private final List<String> typedefNames = new ArrayList<>();
    private final int parameterIndex;
    private boolean isStatic;
    private @Nullable FunctionDefinition definition;
    private boolean fromModel;
    private OptionalLong enumValue = OptionalLong.empty();

    Symbol(String name, SymbolKind kind, CType type, Node declaration, int parameterIndex, boolean fromModel) {
        this.name = name;
        this.kind = kind;
        this.type = type;
        this.declaration = declaration;
        this.parameterIndex = parameterIndex;
        this.fromModel = fromModel;
        this.declarations.add(declaration);
    }

    public String name() {
        return name;
    }

    public SymbolKind kind() {
        return kind;
    }

    public CType type() {
        return type;
    }

    /** The node that declares it: a Declarator, a Parameter or an Enumerator (the definition's declarator for a defined function). */
    public Node declaration() {
        return declaration;
    }

    /** Every declaring node in the unit (or the model), in order: prototypes and the definition. */
    public List<Node> declarations() {
        return Collections.unmodifiableList(declarations);
    }

    /**
     * The annotations written on it: for a parameter, those on the parameter (and on the same
     * parameter of the function's prototypes, where _Use_decl_annotations_ puts them); for a
     * function, those on every declaration of it; for a variable, those on its declaration.
     */
    public List<Annotation> annotations() {
        return Collections.unmodifiableList(annotations);
    }

    /**
     * The typedef names its declarations were written with: PIRP for "PIRP Irp"; for a function only
     * a typedef of the function type itself, its role: DRIVER_DISPATCH for "DRIVER_DISPATCH MyDispatch;".
     */
    public List<String> typedefNames() {
        return Collections.unmodifiableList(typedefNames);
    }

    /** The position among its function's parameters; -1 if it is not a parameter. */
    public int parameterIndex() {
        return parameterIndex;
    }

    /** static storage (file-local function or global, or a static local). */
    public boolean isStatic() {
        return isStatic;
    }

    /** The function's body, when the unit defines it. */
    public Optional<FunctionDefinition> definition() {
        FunctionDefinition known = definition;
        return known == null ? Optional.empty() : Optional.of(known);
    }

    /**
     * Declared by the bundled WDK model (ProbeForRead, ZwCreateFile, KernelMode, PIRP), and not
     * defined by the unit. A unit's own prototype of a model routine keeps it from the model.
     */
    public boolean fromModel() {
        return fromModel;
    }

    /** The value of an enumeration constant, when it is a constant expression. */
    public OptionalLong enumValue() {
        return enumValue;
    }

    @Override
    public String toString() {
        return kind + " " + name + ": " + type.display() + (fromModel ? " (model)" : "");
    }

    // ------------------------------------------------------------ building (package-private)

    void addDeclaration(Node node) {
        declarations.add(node);
    }

    void addAnnotations(List<Annotation> more) {
        for (Annotation a : more) {
            boolean seen = false;
            for (Annotation b : annotations) {
                if (b.name().equals(a.name()) && b.arguments().equals(a.arguments())) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                annotations.add(a);
            }
        }
    }

    void addTypedefName(String typedefName) {
        if (!typedefNames.contains(typedefName)) {
            typedefNames.add(typedefName);
        }
    }

    void markStatic() {
        isStatic = true;
    }

    void define(FunctionDefinition function, CType functionType, boolean modelDefinition) {
        this.definition = function;
        this.declaration = function.declarator();
        this.type = functionType;
        this.fromModel = modelDefinition;
    }

    void refineType(CType better) {
        this.type = better;
    }

    void enumValue(OptionalLong value) {
        this.enumValue = value;
    }
}
