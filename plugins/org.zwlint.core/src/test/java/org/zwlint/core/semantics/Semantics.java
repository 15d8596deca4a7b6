package org.zwlint.core.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.zwlint.core.Diagnostic;
import org.zwlint.core.Severity;
import org.zwlint.core.ast.Declarator;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.TranslationUnit;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.parse.CParserDriver;
import org.zwlint.core.parse.FrontEnd;
import org.zwlint.core.parse.ParsedUnit;
import org.zwlint.core.parse.TypeNames;
import org.zwlint.core.preprocess.Preprocessor;
import org.zwlint.core.source.SourceFile;

/** Test helpers: the bundled model bound once, and snippets parsed and bound against it. */
final class Semantics {
    static final Preprocessor PREPROCESSOR = new Preprocessor(ZwLintConfig.defaults());
    static final FrontEnd FRONT_END = new FrontEnd(PREPROCESSOR, FrontEnd.DEFAULT_BUDGET);
    static final TranslationUnit MODEL_AST = new CParserDriver(new TypeNames(Set.of()),
            FrontEnd.DEFAULT_BUDGET.toNanos()).parse(PREPROCESSOR.modelUnit()).ast();
    static final WdkDeclarations MODEL = WdkDeclarations.of(MODEL_AST);

    private Semantics() {
    }

    static final Path SNIPPET = Path.of("snippet.c");

    static ParsedUnit parse(String code) {
        return FRONT_END.parse(SourceFile.of(SNIPPET, code));
    }

    /** Parses a snippet that must have no syntax errors, and binds it. */
    static SemanticModel bind(String code) {
        ParsedUnit unit = parse(code);
        List<String> errors = unit.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(Diagnostic::format).toList();
        assertEquals(List.of(), errors, "errors in:\n" + code);
        return SemanticModel.build(unit.ast(), MODEL);
    }

    static FunctionDefinition function(SemanticModel model, String name) {
        return model.functions().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no function " + name));
    }

    /** The first expression of the snippet written exactly as text. */
    static Expression expression(SemanticModel model, String code, String text) {
        return nodes(model, Expression.class).stream()
                .filter(e -> e.range().file().equals(SNIPPET) && text(e, code).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no expression " + text));
    }

    /** The initializer of the (first) variable declared with this name. */
    static Expression initializer(SemanticModel model, String name) {
        return nodes(model, Declarator.class).stream()
                .filter(d -> d.declaredName().map(n -> n.name().equals(name)).orElse(false) && d.initializer().isPresent())
                .findFirst().flatMap(Declarator::initializer)
                .orElseThrow(() -> new AssertionError("no initialized variable " + name));
    }

    static <T extends Node> List<T> nodes(SemanticModel model, Class<T> kind) {
        return model.unit().descendants().filter(kind::isInstance).map(kind::cast).toList();
    }

    static String text(Node node, String code) {
        int start = node.range().startOffset();
        int end = node.range().endOffset();
        return start >= 0 && end <= code.length() && start <= end ? code.substring(start, end) : "";
    }
}
