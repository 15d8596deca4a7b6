package org.zwlint.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.zwlint.core.Diagnostic;
import org.zwlint.core.Severity;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.Node;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceFile;

/** Test helpers: parse a snippet as a driver source file. */
final class Parsing {
    static final FrontEnd FRONT_END = new FrontEnd(ZwLintConfig.defaults());

    private Parsing() {
    }

    static ParsedUnit parse(String code) {
        return FRONT_END.parse(SourceFile.of(Path.of("snippet.c"), code));
    }

    static List<Diagnostic> errors(ParsedUnit unit) {
        return unit.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    /** Parses a snippet that must have no syntax errors. */
    static ParsedUnit clean(String code) {
        ParsedUnit unit = parse(code);
        assertEquals(List.of(), errors(unit).stream().map(Diagnostic::format).toList(), "errors in:\n" + code);
        return unit;
    }

    static <T extends Node> List<T> all(ParsedUnit unit, Class<T> kind) {
        return unit.ast().descendants().filter(kind::isInstance).map(kind::cast).toList();
    }

    static <T extends Node> T only(ParsedUnit unit, Class<T> kind) {
        List<T> found = all(unit, kind);
        assertEquals(1, found.size(), "number of " + kind.getSimpleName());
        return found.get(0);
    }

    static FunctionDefinition function(ParsedUnit unit, String name) {
        return all(unit, FunctionDefinition.class).stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no function " + name));
    }

    static String text(Node node, String code) {
        return code.substring(node.range().startOffset(), node.range().endOffset());
    }
}
