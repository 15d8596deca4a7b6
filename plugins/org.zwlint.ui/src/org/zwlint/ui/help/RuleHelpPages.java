package org.zwlint.ui.help;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.zwlint.core.rules.RuleCatalog;
import org.zwlint.core.rules.RuleDescription;

/**
 * Writes the Eclipse Help for ZwLint's rules: a table of contents (help/toc.xml) with one page
 * per rule (help/rules/ID.html), from the same rule catalog that {@code zwlint rules} prints. The
 * build runs it after compiling (see the bundle's pom), so the pages can never drift from the
 * rules; the bundle ships what it wrote.
 */
public final class RuleHelpPages {
    /** Where the pages live inside the bundle; the TOC's hrefs and the help system's paths use it. */
    public static final String FOLDER = "help";

    private RuleHelpPages() {
    }

    /** args[0]: the bundle's output directory (target/classes). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RuleHelpPages <output directory>");
        }
        write(RuleCatalog.load().all(), Path.of(args[0]));
    }

    static void write(List<RuleDescription> rules, Path root) throws IOException {
        Path folder = root.resolve(FOLDER);
        Files.createDirectories(folder.resolve("rules"));
        for (RuleDescription rule : rules) {
            Files.writeString(folder.resolve("rules").resolve(rule.id() + ".html"), RulePage.html(rule),
                    StandardCharsets.UTF_8);
        }
        Files.writeString(folder.resolve("index.html"), RulePage.index(rules), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("toc.xml"), toc(rules), StandardCharsets.UTF_8);
    }

    static String toc(List<RuleDescription> rules) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?NLS TYPE=\"org.eclipse.help.toc\"?>\n");
        xml.append("<toc label=\"ZwLint Rules\" topic=\"").append(FOLDER).append("/index.html\">\n");
        for (RuleDescription rule : rules) {
            xml.append("   <topic label=\"").append(RulePage.escape(rule.id() + " " + rule.name())).append("\" href=\"")
                    .append(FOLDER).append("/rules/").append(rule.id()).append(".html\"/>\n");
        }
        return xml.append("</toc>\n").toString();
    }
}
