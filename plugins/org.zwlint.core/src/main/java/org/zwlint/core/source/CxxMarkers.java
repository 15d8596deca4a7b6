package org.zwlint.core.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells C++ from C by the text: a C++ source by its extension, a header by a construct C does not
 * have (a class or namespace body, a template, {@code extern "C++"}, an access specifier, the scope
 * operator, a reference parameter). Text inside {@code #ifdef __cplusplus} (and the {@code #else}
 * of {@code #ifndef __cplusplus}) is C++ on purpose in C headers, and is not counted.
 */
public final class CxxMarkers {
    /**
     * The constructs, in the order they are tried at a position, each with words one of which its text
     * must hold: a header's text is searched only for the constructs whose words it has (most C headers
     * have none but "struct"), where one pattern of them all tried each at every position was most of
     * the time a folder's run spent before its analysis.
     */
    private static final List<Construct> CONSTRUCTS = List.of(
            new Construct("\\b(?:class|struct)\\s+\\w+\\s*(?::\\s*(?:public|private|protected)\\b|final\\b)",
                    "public", "private", "protected", "final"),
            new Construct("\\bclass\\s+\\w+\\s*\\{", "class"),
            new Construct("\\bnamespace\\s+\\w*\\s*\\{", "namespace"),
            new Construct("\\btemplate\\s*<", "template"),
            new Construct("\\bextern\\s+\"C\\+\\+\"", "C++"),
            new Construct("^\\s*(?:public|private|protected)\\s*:", "public", "private", "protected"),
            new Construct("\\w\\s*::\\s*~?\\w", "::"),
            new Construct("\\busing\\s+namespace\\b", "using"),
            new Construct("\\b(?:virtual|constexpr|nullptr|typename|static_cast|reinterpret_cast|const_cast)\\b",
                    "virtual", "constexpr", "nullptr", "typename", "_cast"),
            new Construct("\\boperator\\s*(?:[-+*/=<>!&|^%\\[(]|new\\b|delete\\b)", "operator"));

    private record Construct(Pattern pattern, List<String> words) {
        Construct(String regex, String... words) {
            this(Pattern.compile(regex, Pattern.MULTILINE), List.of(words));
        }

        boolean mayBeIn(String code) {
            for (String word : words) {
                if (code.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Pattern COMMENTS_AND_STRINGS = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'", Pattern.DOTALL);
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*#\\s*(\\w+)(.*)$");

    private CxxMarkers() {
    }

    public static boolean isCxxSourceName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".cpp") || lower.endsWith(".cc") || lower.endsWith(".cxx") || lower.endsWith(".c++")
                || lower.endsWith(".hpp") || lower.endsWith(".hxx") || lower.endsWith(".hh") || lower.endsWith(".h++");
    }

    /** The first C++ construct outside __cplusplus-only regions, if the text has one: what makes it C++. */
    public static Optional<String> cxxConstruct(String text) {
        String code = withoutCxxOnlyRegions(stripCommentsAndStrings(text));
        // the first in the text; at one position, the first in the list (as one alternation would choose)
        int first = Integer.MAX_VALUE;
        Optional<String> found = Optional.empty();
        for (Construct construct : CONSTRUCTS) {
            if (construct.mayBeIn(code)) {
                Matcher matcher = construct.pattern().matcher(code);
                if (matcher.find() && matcher.start() < first) {
                    first = matcher.start();
                    found = Optional.of(matcher.group().strip());
                }
            }
        }
        return found;
    }

    private static String stripCommentsAndStrings(String text) {
        Matcher matcher = COMMENTS_AND_STRINGS.matcher(text.replace("\\\r\n", "").replace("\\\n", ""));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String match = matcher.group();
            String replacement;
            if (match.startsWith("//") || match.startsWith("/*")) {
                replacement = " " + "\n".repeat(newlines(match)); // keep the line count
            } else if (match.equals("\"C++\"")) {
                replacement = match; // extern "C++" is told by its string
            } else {
                replacement = match.charAt(0) == '"' ? "\"\"" : "''";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static int newlines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    /** Blanks the lines that only a C++ compiler sees. */
    private static String withoutCxxOnlyRegions(String code) {
        StringBuilder out = new StringBuilder();
        Deque<Boolean[]> stack = new ArrayDeque<>(); // per #if: {this branch is C++-only, the #else is}
        for (String line : code.split("\n", -1)) {
            Matcher directive = DIRECTIVE.matcher(line);
            if (directive.matches()) {
                String name = directive.group(1);
                String rest = directive.group(2);
                boolean mentions = rest.contains("__cplusplus");
                boolean negated = name.equals("ifndef") || rest.matches("\\s*!\\s*(?:defined\\s*\\(?\\s*)?__cplusplus.*");
                switch (name) {
                    case "if", "ifdef", "ifndef" -> stack.push(mentions
                            ? new Boolean[] { !negated && !rest.contains("&&") && !rest.contains("||"), negated }
                            : new Boolean[] { false, false });
                    case "elif" -> {
                        if (!stack.isEmpty()) {
                            stack.peek()[0] = false;
                        }
                    }
                    case "else" -> {
                        if (!stack.isEmpty()) {
                            Boolean[] top = stack.peek();
                            top[0] = top[1];
                        }
                    }
                    case "endif" -> {
                        if (!stack.isEmpty()) {
                            stack.pop();
                        }
                    }
                    default -> {
                        // other directives are neither C nor C++ constructs
                    }
                }
                out.append('\n');
                continue;
            }
            boolean hidden = stack.stream().anyMatch(b -> b[0]);
            out.append(hidden ? "" : line).append('\n');
        }
        return out.toString();
    }
}
