package org.zwlint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import java.net.URL;

import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.zwlint.core.rules.RuleCatalog;
import org.zwlint.core.rules.RuleDescription;

/**
 * The rules are in Eclipse Help: a "ZwLint Rules" book with one page per rule of the catalog that
 * `zwlint rules` prints, each page with the rule's summary and its bad and good examples.
 */
@ExtendWith({NoErrorInWorkbenchLog.class, UiStallWatchdog.class})
class RuleHelpWorkbenchTest {
    @Test
    void everyRuleOfTheCatalogHasItsPageInTheHelpContents() throws IOException {
        Optional<IToc> book = Arrays.stream(HelpSystem.getTocs()).filter(t -> "ZwLint Rules".equals(t.getLabel()))
                .findFirst();
        assertTrue(book.isPresent(), "a ZwLint Rules book in Help > Help Contents");
        List<RuleDescription> rules = RuleCatalog.load().all();
        ITopic[] topics = book.get().getTopics();
        assertEquals(rules.size(), topics.length, "one page per rule");
        for (int i = 0; i < rules.size(); i++) {
            RuleDescription rule = rules.get(i);
            assertEquals(rule.id() + " " + rule.name(), topics[i].getLabel());
            String page = read(topics[i].getHref());
            assertTrue(page.contains("<h1>" + rule.id() + " " + rule.name() + "</h1>"), page);
            assertTrue(page.contains(escape(rule.summary())), page);
            assertTrue(page.contains("<h2>Bad</h2>") && page.contains("<h2>Good</h2>"), "examples on " + rule.id());
        }
        String index = read(book.get().getTopic(null).getHref());
        for (RuleDescription rule : rules) {
            assertTrue(index.contains("rules/" + rule.id() + ".html"), "the index links " + rule.id());
        }
    }

    /**
     * The page a topic names, read from the bundle the TOC's href points into ("/bundle/path"):
     * this platform has no help server (org.eclipse.help.base) to serve it through.
     */
    private static String read(String href) throws IOException {
        String[] parts = href.split("/", 3);
        assertEquals("", parts[0], href);
        Bundle bundle = Platform.getBundle(parts[1]);
        assertNotNull(bundle, "the bundle of " + href);
        URL entry = bundle.getEntry(parts[2]);
        assertNotNull(entry, "a page at " + href);
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
