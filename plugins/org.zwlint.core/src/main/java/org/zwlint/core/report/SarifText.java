package org.zwlint.core.report;

import com.google.gson.JsonObject;

/** Message objects and Markdown help, as SARIF viewers show them. */
final class SarifText {
    private SarifText() {
    }

    /**
     * SARIF viewers show message text as sentences, and the validator asks for a final period;
     * text that already ends in punctuation (a code example ending in ';') is left as written.
     */
    static JsonObject message(String text) {
        String trimmed = text.strip();
        boolean open = !trimmed.isEmpty() && Character.isLetterOrDigit(trimmed.charAt(trimmed.length() - 1))
                || trimmed.endsWith(")") || trimmed.endsWith("\"");
        JsonObject message = new JsonObject();
        message.addProperty("text", open ? trimmed + "." : trimmed);
        return message;
    }

    /**
     * A rule's help as Markdown, for viewers that render it: the indented example lines of the
     * help text become fenced C blocks, the prose stays as written.
     */
    static String markdown(String help) {
        StringBuilder out = new StringBuilder();
        boolean inCode = false;
        for (String line : help.split("\n", -1)) {
            boolean code = line.startsWith("    ") || line.startsWith("\t");
            if (code && !inCode) {
                out.append("```c\n");
            } else if (!code && inCode) {
                out.append("```\n");
            }
            inCode = code;
            out.append(code ? line.substring(line.startsWith("\t") ? 1 : 4) : line).append('\n');
        }
        if (inCode) {
            out.append("```\n");
        }
        return out.toString().strip();
    }
}
