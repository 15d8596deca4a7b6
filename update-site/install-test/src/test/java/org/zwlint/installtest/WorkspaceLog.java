package org.zwlint.installtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The error entries of an Eclipse log file ({@code .metadata/.log}, or a configuration area's
 * {@code *.log}): each top-level {@code !ENTRY bundle 4 code date} with the lines that follow it.
 */
final class WorkspaceLog {
    private static final String ERROR_SEVERITY = "4";

    private WorkspaceLog() {
    }

    static List<String> errors(Path logFile) throws IOException {
        if (!Files.exists(logFile)) {
            return List.of();
        }
        return errors(Files.readAllLines(logFile, StandardCharsets.UTF_8));
    }

    static List<String> errors(List<String> lines) {
        List<String> errors = new ArrayList<>();
        StringBuilder entry = null;
        for (String line : lines) {
            if (line.startsWith("!ENTRY ") || line.startsWith("!SESSION")) {
                if (entry != null) {
                    errors.add(entry.toString());
                }
                String[] fields = line.split(" ");
                entry = line.startsWith("!ENTRY ") && fields.length > 2 && fields[2].equals(ERROR_SEVERITY)
                        ? new StringBuilder(line) : null;
            } else if (entry != null) {
                entry.append('\n').append(line);
            }
        }
        if (entry != null) {
            errors.add(entry.toString());
        }
        return errors;
    }
}
