package org.zwlint.ui.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;

/**
 * The workspace's {@code .metadata/.log} as entries. The file is read rather than a log listener
 * registered, because the file also holds what was logged while the workbench started, before
 * any test code ran (SPI Fly's weaving errors, for one, appear there).
 */
final class WorkbenchLog {
    private WorkbenchLog() {
    }

    static List<WorkbenchLogEntry> entries() {
        Path file = Platform.getLogFileLocation().toPath();
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the workbench log " + file, e);
        }
    }

    /**
     * Splits the log at its {@code !ENTRY bundle severity code date} lines. Sub-entries stay in
     * the text of the entry they follow; a {@code !SESSION} header (the JVM and the arguments of
     * each start) belongs to no entry.
     */
    static List<WorkbenchLogEntry> parse(List<String> lines) {
        List<WorkbenchLogEntry> entries = new ArrayList<>();
        String bundle = "";
        int severity = -1;
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("!ENTRY ") || line.startsWith("!SESSION")) {
                if (severity >= 0) {
                    entries.add(new WorkbenchLogEntry(bundle, severity, text.toString()));
                }
                severity = -1;
                text.setLength(0);
            }
            if (line.startsWith("!ENTRY ")) {
                String[] fields = line.split(" ");
                bundle = fields.length > 1 ? fields[1] : "";
                severity = fields.length > 2 ? parseSeverity(fields[2]) : 0;
            } else if (severity >= 0) {
                text.append(line).append('\n');
            }
        }
        if (severity >= 0) {
            entries.add(new WorkbenchLogEntry(bundle, severity, text.toString()));
        }
        return entries;
    }

    private static int parseSeverity(String field) {
        try {
            return Integer.parseInt(field);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
