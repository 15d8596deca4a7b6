package org.zwlint.core.parse;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.parse.antlr.CLexer;
import org.zwlint.core.preprocess.PpToken;
import org.zwlint.core.source.TextRange;

/**
 * Replays the {@code warning} pragmas of a preprocessed unit in token order (see
 * {@link WarningPragmas}). Only the state changes matter here: {@code disable} and {@code suppress}
 * switch numbers off; {@code default}, {@code error}, {@code once} and a level (1 to 4) switch them
 * back on, as they do for the compiler; {@code push} and {@code pop} save and restore the whole set.
 */
final class WarningPragmaScanner {
    private static final Pattern WARNING = Pattern.compile("^warning\\s*\\((.*)\\)\\s*$", Pattern.DOTALL);
    private static final Pattern SPECIFIER = Pattern.compile("^\\s*([A-Za-z]+|[1-4])\\s*:\\s*([0-9\\s,]*)$");

    /**
     * Code analysis warnings (PREfast C28xxx, C6xxx, C26xxx, C33xxx) start at 6000; below are the
     * compiler's own (C4201, C4127, ...), which headers switch off by the dozen and never pop. No
     * ZwLint rule is related to one, so they are not tracked: every later line would carry them.
     */
    static final int FIRST_ANALYSIS_WARNING = 6000;

    private Map<Integer, WarningPragmas.Silence> disabled = new LinkedHashMap<>();
    private final Deque<Map<Integer, WarningPragmas.Silence>> pushed = new ArrayDeque<>();
    private final List<WarningPragmas.Silence> pending = new ArrayList<>();
    private final Map<Path, Map<Integer, List<WarningPragmas.Silence>>> lines = new HashMap<>();

    private WarningPragmaScanner() {
    }

    static WarningPragmas scan(List<PpToken> tokens) {
        if (tokens.stream().noneMatch(t -> t.getType() == CLexer.PragmaDirective || t.getType() == CLexer.MsPragma)) {
            return WarningPragmas.NONE; // most units: no pragma at all
        }
        WarningPragmaScanner scanner = new WarningPragmaScanner();
        @Nullable Path lastFile = null;
        int lastLine = -1;
        @Nullable Map<Integer, WarningPragmas.Silence> recorded = null;
        for (int i = 0; i < tokens.size(); i++) {
            PpToken token = tokens.get(i);
            if (token.getType() == CLexer.PragmaDirective) {
                scanner.apply(directiveBody(token.getText()), token.getText().strip(), place(token));
                continue;
            }
            if (token.getType() == CLexer.MsPragma && i + 1 < tokens.size()
                    && tokens.get(i + 1).getType() == CLexer.LeftParen) {
                int end = closing(tokens, i + 1);
                StringBuilder operand = new StringBuilder();
                for (int k = i + 2; k < end; k++) {
                    operand.append(k > i + 2 && tokens.get(k).getStartIndex() > tokens.get(k - 1).getStopIndex() + 1
                            ? " " : "").append(tokens.get(k).getText());
                }
                String body = token.getText().equals("_Pragma") ? unquote(operand.toString()) : operand.toString();
                scanner.apply(body, token.getText() + "(" + operand + ")", place(token));
                i = end;
                continue;
            }
            // Where the token counts, without building a range for each of the unit's tokens.
            Path file;
            int line;
            if (token.expansionSite().isPresent()) {
                file = token.expansionSite().get().file();
                line = token.expansionSite().get().startLine();
            } else {
                file = token.origin().path();
                line = token.getLine();
            }
            boolean newLine = !file.equals(lastFile) || line != lastLine;
            if (!scanner.pending.isEmpty()) {
                // MSVC: suppress = push, disable for the next line, pop. The next line is this token's.
                for (WarningPragmas.Silence silence : scanner.pending) {
                    scanner.record(file, line, silence);
                }
                scanner.pending.clear();
            }
            if (!scanner.disabled.isEmpty() && (newLine || scanner.disabled != recorded)) {
                for (WarningPragmas.Silence silence : scanner.disabled.values()) {
                    scanner.record(file, line, silence);
                }
                recorded = scanner.disabled;
            }
            lastFile = file;
            lastLine = line;
        }
        return scanner.lines.isEmpty() ? WarningPragmas.NONE : new WarningPragmas(scanner.lines);
    }

    /** Where a token counts: its expansion site for text a macro produced, else where it was written. */
    private static TextRange place(PpToken token) {
        return token.expansionSite().orElseGet(token::writtenAt);
    }

    private void record(Path file, int line, WarningPragmas.Silence silence) {
        List<WarningPragmas.Silence> onLine = lines.computeIfAbsent(file, f -> new HashMap<>())
                .computeIfAbsent(line, l -> new ArrayList<>());
        if (onLine.stream().noneMatch(s -> s.warning() == silence.warning())) {
            onLine.add(silence);
        }
    }

    /** Applies one pragma, given its body after the word "pragma" (or inside __pragma's parentheses). */
    private void apply(String body, String written, TextRange at) {
        Matcher warning = WARNING.matcher(body.strip());
        if (!warning.matches()) {
            return; // another pragma
        }
        String arguments = warning.group(1).strip();
        if (arguments.equals("pop")) {
            disabled = pushed.isEmpty() ? new LinkedHashMap<>() : pushed.pop();
            return;
        }
        if (arguments.equals("push") || arguments.matches("push\\s*,\\s*[0-4]")) {
            pushed.push(disabled);
            disabled = new LinkedHashMap<>(disabled);
            return;
        }
        String justification = written.replaceAll("\\s+", " ");
        Map<Integer, WarningPragmas.Silence> next = new LinkedHashMap<>(disabled);
        for (String specifier : arguments.split(";")) {
            Matcher m = SPECIFIER.matcher(specifier);
            if (!m.matches()) {
                continue; // not a form the compiler accepts: it ignores it with a warning of its own
            }
            String kind = m.group(1);
            for (String number : m.group(2).split("[\\s,]+")) {
                if (number.isEmpty() || number.length() > 6) {
                    continue;
                }
                int warningNumber = Integer.parseInt(number);
                if (warningNumber < FIRST_ANALYSIS_WARNING) {
                    continue;
                }
                switch (kind) {
                    case "disable" -> next.put(warningNumber, new WarningPragmas.Silence(warningNumber, justification, at));
                    case "suppress" -> pending.add(new WarningPragmas.Silence(warningNumber, justification, at));
                    case "default", "error", "once", "1", "2", "3", "4" -> next.remove(warningNumber);
                    default -> {
                        // not a warning specifier (a misspelling): the compiler warns and ignores it
                    }
                }
            }
        }
        disabled = next; // a new object: the next token records the changed set even mid-line
    }

    /** A #pragma line's text after "#pragma". */
    private static String directiveBody(String text) {
        return text.strip().replaceFirst("^#\\s*pragma\\b", "");
    }

    /** _Pragma's operand is a string literal: "warning(disable: 28125)". */
    private static String unquote(String operand) {
        String s = operand.strip();
        if (s.startsWith("L")) {
            s = s.substring(1);
        }
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return s;
    }

    private static int closing(List<PpToken> tokens, int open) {
        int nesting = 0;
        for (int k = open; k < tokens.size(); k++) {
            int type = tokens.get(k).getType();
            if (type == CLexer.LeftParen) {
                nesting++;
            } else if (type == CLexer.RightParen && --nesting == 0) {
                return k;
            }
        }
        return tokens.size() - 1;
    }
}
