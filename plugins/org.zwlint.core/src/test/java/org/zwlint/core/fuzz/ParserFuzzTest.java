package org.zwlint.core.fuzz;

import java.nio.file.Path;

import org.zwlint.core.ast.Node;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.parse.FrontEnd;
import org.zwlint.core.parse.ParsedUnit;
import org.zwlint.core.source.SourceFile;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The parser (behind the preprocessor, which it needs for its tokens). Oracles: no front-end
 * crash, every node of the tree lies inside the file, parsed functions never outnumber functions,
 * and parsing twice gives the same tree and diagnostics.
 */
class ParserFuzzTest {
    private static final FrontEnd FRONT_END = new FrontEnd(ZwLintConfig.defaults());
    private static final Path PATH = Path.of("fuzz", FuzzFiles.MAIN);

    @FuzzTest
    void parse(byte[] input) {
        SourceFile file = SourceFile.decode(PATH, input);
        ParsedUnit first = FRONT_END.parse(file);
        Oracles.check(first.diagnostics().stream().noneMatch(d -> d.message().startsWith("internal error")),
                "internal error: " + first.diagnostics());
        Oracles.check(first.parsedFunctionCount() <= first.functionCount(), "more parsed functions than functions");
        first.ast().walk((Node node) -> {
            if (node.range().file().equals(PATH)) {
                Oracles.inside(node.range(), file, node.getClass().getSimpleName());
            }
            node.expansionSite().ifPresent(site -> Oracles.inside(site, file, "expansion site"));
        });
        if (Oracles.checkTwice(input)) {
            ParsedUnit second = FRONT_END.parse(SourceFile.decode(PATH, input));
            Oracles.check(first.ast().equals(second.ast()), "two parses give different trees");
            Oracles.check(first.diagnostics().equals(second.diagnostics()), "two parses give different diagnostics");
        }
    }
}
