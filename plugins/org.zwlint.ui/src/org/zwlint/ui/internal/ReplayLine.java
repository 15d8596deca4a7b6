package org.zwlint.ui.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a dispatcher trace line into the step's number and its text for the view's two
 * columns: " 3. probe ..." becomes {"3", "probe ..."}; the replay's header and NTSTATUS
 * lines have no number and are shown as they are.
 */
final class ReplayLine {
    private static final Pattern NUMBERED = Pattern.compile("\\s*(\\d+)\\.\\s+(.*)");

    private ReplayLine() {
    }

    static String[] split(String line) {
        Matcher numbered = NUMBERED.matcher(line);
        if (numbered.matches()) {
            return new String[] {numbered.group(1), numbered.group(2)};
        }
        int colon = line.indexOf(':');
        if (colon > 0 && colon < 16) {
            return new String[] {line.substring(0, colon), line.substring(colon + 1).trim()};
        }
        return new String[] {"", line};
    }
}
