package org.zwlint.core.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.TextRange;

/**
 * The {@code // zwlint-disable-next-line RULE[, RULE]: reason} comments of one file. A comment
 * silences the named rules on the next line that is not blank and not another such comment.
 */
public final class Suppressions {
    public static final String MARKER = "// zwlint-disable-next-line";
    private static final Pattern COMMENT = Pattern.compile(
            "(?://|/\\*)\\s*zwlint-disable-next-line\\s+([A-Za-z]{2}\\d{3}(?:\\s*,\\s*[A-Za-z]{2}\\d{3})*)\\s*(?::\\s*(.*?))?\\s*(?:\\*/)?\\s*$");

    /** One comment: where it is, the line it silences, the rules and the reason given. */
    public record Suppression(TextRange comment, int targetLine, List<String> rules, String reason) {
        public Suppression {
            rules = List.copyOf(rules);
        }
    }

    private Suppressions() {
    }

    public static List<Suppression> of(SourceFile file) {
        List<Suppression> found = new ArrayList<>();
        String text = file.text();
        if (!text.contains("zwlint-disable-next-line")) {
            return found;
        }
        int lines = file.lines().lineCount();
        for (int line = 1; line <= lines; line++) {
            String content = lineText(file, line);
            Matcher matcher = COMMENT.matcher(content);
            if (!matcher.find()) {
                continue;
            }
            List<String> rules = new ArrayList<>();
            for (String rule : matcher.group(1).split(",")) {
                rules.add(rule.strip().toUpperCase(Locale.ROOT));
            }
            int target = line + 1;
            while (target <= lines && (lineText(file, target).isBlank()
                    || COMMENT.matcher(lineText(file, target)).find())) {
                target++;
            }
            int start = file.lines().lineStart(line) + matcher.start();
            int end = file.lines().lineStart(line) + content.length();
            String reason = matcher.group(2) == null ? "" : matcher.group(2);
            found.add(new Suppression(file.range(start, end), target, rules, reason));
        }
        return found;
    }

    private static String lineText(SourceFile file, int line) {
        String text = file.text();
        int start = file.lines().lineStart(line);
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(start, end);
    }
}
