package org.zwlint.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwlint.core.Finding;
import org.zwlint.core.source.SourceFile;

/**
 * Reads the expectations a fixture writes in its own comments: {@code // expect PM001} (or
 * several, {@code // expect PB001 PB003}) means that rule must report on that line, and nothing
 * else may be reported anywhere in the file. An id may carry a column and a message fragment:
 * {@code // expect PB001@13 "without ProbeForWrite"}.
 */
final class FixtureExpectations {
    private static final Pattern EXPECT = Pattern.compile("//\\s*expect\\s+(.*)$");
    private static final Pattern ITEM = Pattern.compile("([A-Z]{2}\\d{3})(?:@(\\d+))?(?:\\s+\"([^\"]*)\")?");

    /** One expected finding. */
    record Expected(int line, String rule, OptionalInt column, Optional<String> fragment) {
        boolean matches(Finding finding) {
            return finding.range().startLine() == line && finding.ruleId().equals(rule)
                    && (column.isEmpty() || finding.range().startColumn() == column.getAsInt())
                    && (fragment.isEmpty() || finding.message().contains(fragment.get()));
        }

        @Override
        public String toString() {
            return line + ":" + rule + column.stream().mapToObj(c -> "@" + c).findFirst().orElse("")
                    + fragment.map(f -> " \"" + f + "\"").orElse("");
        }
    }

    private FixtureExpectations() {
    }

    static List<Expected> of(SourceFile file) {
        List<Expected> expected = new ArrayList<>();
        String[] lines = file.text().split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = EXPECT.matcher(lines[i]);
            if (!matcher.find()) {
                continue;
            }
            Matcher item = ITEM.matcher(matcher.group(1));
            while (item.find()) {
                expected.add(new Expected(i + 1, item.group(1),
                        item.group(2) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(item.group(2))),
                        Optional.ofNullable(item.group(3))));
            }
        }
        return expected;
    }

    /**
     * What differs between the expectations and the findings: each expectation needs its own
     * finding, and each finding its own expectation. Empty when they match.
     */
    static List<String> mismatches(List<Expected> expected, List<Finding> findings) {
        List<Finding> unmatched = new ArrayList<>(findings);
        List<String> problems = new ArrayList<>();
        for (Expected expectation : expected) {
            Optional<Finding> match = unmatched.stream().filter(expectation::matches).findFirst();
            if (match.isPresent()) {
                unmatched.remove(match.get());
            } else {
                problems.add("missing " + expectation);
            }
        }
        for (Finding finding : unmatched) {
            problems.add("unexpected " + finding.range().startLine() + ":" + finding.ruleId() + "@"
                    + finding.range().startColumn() + " " + finding.message());
        }
        return problems;
    }
}
