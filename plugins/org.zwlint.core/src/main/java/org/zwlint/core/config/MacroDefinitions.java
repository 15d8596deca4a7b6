package org.zwlint.core.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads "NAME" and "NAME=VALUE" as a compiler's -D does: a bare name is defined as 1. The CLI,
 * the Maven plugin and the Eclipse preferences all read their defines with it.
 */
public final class MacroDefinitions {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private MacroDefinitions() {
    }

    /** @throws IllegalArgumentException naming the first entry that does not start with a macro name */
    public static Map<String, String> parse(List<String> definitions) {
        Map<String, String> macros = new LinkedHashMap<>();
        for (String definition : definitions) {
            String trimmed = definition.trim();
            int equals = trimmed.indexOf('=');
            String name = equals < 0 ? trimmed : trimmed.substring(0, equals);
            if (!isName(name)) {
                throw new IllegalArgumentException("define '" + definition + "': '" + name + "' is not a macro name");
            }
            macros.put(name, equals < 0 ? "1" : trimmed.substring(equals + 1));
        }
        return macros;
    }

    public static boolean isName(String name) {
        return NAME.matcher(name).matches();
    }
}
