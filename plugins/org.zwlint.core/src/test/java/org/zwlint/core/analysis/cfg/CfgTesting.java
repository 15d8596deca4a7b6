package org.zwlint.core.analysis.cfg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.zwlint.core.Diagnostic;
import org.zwlint.core.Severity;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.parse.FrontEnd;
import org.zwlint.core.parse.ParsedUnit;
import org.zwlint.core.source.SourceFile;

/** Test helpers: parse a snippet, build the CFG of its last function, print it as text. */
final class CfgTesting {
    static final FrontEnd FRONT_END = new FrontEnd(ZwLintConfig.defaults());

    private CfgTesting() {
    }

    /** The snippet's last function definition; the snippet must parse without errors. */
    static FunctionDefinition function(String code) {
        ParsedUnit unit = FRONT_END.parse(SourceFile.of(Path.of("t.c"), code));
        List<String> errors = unit.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(Diagnostic::format).toList();
        assertEquals(List.of(), errors, "errors in:\n" + code);
        List<FunctionDefinition> functions = unit.ast().descendants(FunctionDefinition.class);
        return functions.get(functions.size() - 1);
    }

    static Cfg cfg(String code) {
        return Cfg.build(function(code));
    }

    /** Compares the CFG's text dump line by line, so a failure shows the whole graph. */
    static void assertCfg(String code, String... expectedLines) {
        Cfg cfg = cfg(code);
        assertEquals(String.join("\n", expectedLines) + "\n", cfg.toText(), "CFG of:\n" + code);
    }

    /** The only node whose dump text (id stripped) is {@code text}, e.g. "BRANCH(n > 0)". */
    static CfgNode node(Cfg cfg, String text) {
        List<CfgNode> found = cfg.nodes().stream().filter(n -> n.toString().endsWith(":" + text)).toList();
        assertEquals(1, found.size(), () -> "nodes " + text + " in\n" + cfg.toText());
        return found.get(0);
    }
}
