package org.zwlint.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwlint.core.source.SourceFile;

/**
 * Reads the expectations a fixture writes in its own comments: {@code // expect PM001} (or
 * several ids, {@code // expect PM001 PB002}) means that rule must report on that line, and
 * nothing else may be reported anywhere in the file.
 */
final class FixtureExpectations {
    private static final Pattern EXPECT = Pattern.compile("//\\s*expect\\s+((?:[A-Z]{2}\\d{3}\\s*)+)");

    private FixtureExpectations() {
    }

    /** Sorted "line:RULE" strings, comparable with the same form built from findings. */
    static List<String> of(SourceFile file) {
        List<String> expected = new ArrayList<>();
        String[] lines = file.text().split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = EXPECT.matcher(lines[i]);
            if (matcher.find()) {
                for (String id : matcher.group(1).trim().split("\\s+")) {
                    expected.add((i + 1) + ":" + id);
                }
            }
        }
        expected.sort(null);
        return expected;
    }
}
