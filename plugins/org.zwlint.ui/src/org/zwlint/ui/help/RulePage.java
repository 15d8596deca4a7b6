package org.zwlint.ui.help;

import java.util.List;

import org.zwlint.core.rules.RuleDescription;

/**
 * One rule's help page in HTML. The catalog's help is plain text: paragraphs separated by blank
 * lines, and examples introduced by a line ending in ':' ("Bad:", "Good:") followed by indented
 * code, which becomes a heading and a code block.
 */
final class RulePage {
    private RulePage() {
    }

    static String html(RuleDescription rule) {
        StringBuilder html = head(rule.id() + " " + rule.name());
        html.append("<h1>").append(escape(rule.id() + " " + rule.name())).append("</h1>\n");
        html.append("<p><b>Default level:</b> ").append(escape(rule.severity().label())).append("</p>\n");
        html.append("<p><b>").append(escape(rule.summary())).append("</b></p>\n");
        for (String paragraph : rule.help().split("\\n\\s*\\n")) {
            List<String> lines = paragraph.lines().toList();
            if (lines.size() > 1 && lines.get(0).strip().endsWith(":")) {
                html.append("<h2>").append(escape(lines.get(0).strip().replaceAll(":$", ""))).append("</h2>\n<pre>");
                lines.subList(1, lines.size()).forEach(line -> html.append(escape(line.stripIndent())).append('\n'));
                html.append("</pre>\n");
            } else {
                html.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    static String index(List<RuleDescription> rules) {
        StringBuilder html = head("ZwLint Rules");
        html.append("<h1>ZwLint Rules</h1>\n<table border=\"1\" cellpadding=\"4\">\n")
                .append("<tr><th>Rule</th><th>Level</th><th>Summary</th></tr>\n");
        for (RuleDescription rule : rules) {
            html.append("<tr><td><a href=\"rules/").append(rule.id()).append(".html\">")
                    .append(escape(rule.id() + " " + rule.name())).append("</a></td><td>")
                    .append(escape(rule.severity().label())).append("</td><td>").append(escape(rule.summary()))
                    .append("</td></tr>\n");
        }
        return html.append("</table>\n</body>\n</html>\n").toString();
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(escape(title)).append("</title>\n</head>\n<body>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
