package org.zwlint.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.TranslationUnit;
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
        Optional<String> spelling = NodeSpelling.of(node);
        boolean bad = spelling.isPresent() ? !written.equals(spelling.get())
                : written.isEmpty() || !written.equals(written.strip());
        for (Node child : spelling.isEmpty() ? node.children() : List.<Node>of()) {
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
