package org.zwlint.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.KeywordSpecifier;
import org.zwlint.core.ast.Literal;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.PragmaDirective;
import org.zwlint.core.ast.TranslationUnit;
import org.zwlint.core.ast.TypedefName;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceReader;

/**
 * The round-trip property over a real corpus, when one is given:
 * {@code ./mvnw install -Dtest=CorpusRoundTripTest -Dzwlint.corpus=/tmp/wds}. Every node not
 * produced by a macro spells exactly the text in its range and holds its children.
 */
class CorpusRoundTripTest {

    @Test
    void everyNodeOfTheCorpusSpansItsOwnSpelling() throws IOException {
        String corpus = System.getProperty("zwlint.corpus", "");
        assumeTrue(!corpus.isEmpty(), "set -Dzwlint.corpus=DIR to run");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(corpus))) {
            files = walk.filter(p -> p.toString().endsWith(".c")).sorted().toList();
        }
        FrontEnd frontEnd = new FrontEnd(ZwLintConfig.defaults());
        List<String> problems = new ArrayList<>();
        for (Path path : files) {
            if (SourceReader.read(path) instanceof SourceReader.Loaded loaded) {
                String text = loaded.file().text();
                frontEnd.parse(loaded.file()).ast().walk(node -> check(node, path, text, problems));
            }
        }
        assertEquals(List.of(), problems.stream().limit(20).toList());
    }

    private static void check(Node node, Path path, String text, List<String> problems) {
        if (node instanceof TranslationUnit || node.expansionSite().isPresent() || !node.range().file().equals(path)) {
            return;
        }
        String written = text.substring(node.range().startOffset(), node.range().endOffset());
        String spelling = switch (node) {
            case Identifier id -> id.name();
            case Literal literal -> literal.text();
            case KeywordSpecifier keyword -> keyword.keyword();
            case TypedefName name -> name.name();
            case PragmaDirective pragma -> pragma.text();
            default -> null;
        };
        boolean bad = spelling != null ? !written.equals(spelling) : written.isEmpty() || !written.equals(written.strip());
        for (Node child : spelling == null ? node.children() : List.<Node>of()) {
            if (child.expansionSite().isEmpty() && child.range().file().equals(path)
                    && (child.range().startOffset() < node.range().startOffset()
                            || child.range().endOffset() > node.range().endOffset())) {
                bad = true;
            }
        }
        if (bad) {
            problems.add(path + ":" + node.range().startLine() + " " + node.getClass().getSimpleName() + " '"
                    + written + "'");
        }
    }
}
