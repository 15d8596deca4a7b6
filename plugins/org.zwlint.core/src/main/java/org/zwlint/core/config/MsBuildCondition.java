package org.zwlint.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The part of MSBuild's condition language Visual Studio driver projects use:
 * {@code '$(Configuration)|$(Platform)'=='Debug|x64'}, {@code !=}, {@code and}, {@code or},
 * {@code !}, parentheses, {@code exists('path')} and {@code HasTrailingSlash('path')}. Strings
 * compare case-insensitively after property expansion, as MSBuild does. Anything else is not
 * guessed at: the result is empty and the caller says so.
 */
final class MsBuildCondition {
    private final List<String> tokens;
    private final UnaryOperator<String> expand;
    private final Predicate<String> exists;
    private int at;

    private MsBuildCondition(List<String> tokens, UnaryOperator<String> expand, Predicate<String> exists) {
        this.tokens = tokens;
        this.expand = expand;
        this.exists = exists;
    }

    /**
     * @param expand expands $(…) properties in a string
     * @param exists whether an expanded path exists (relative to the file being read)
     */
    static Optional<Boolean> evaluate(String condition, UnaryOperator<String> expand, Predicate<String> exists) {
        Optional<List<String>> tokens = tokenize(condition);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        MsBuildCondition parser = new MsBuildCondition(tokens.get(), expand, exists);
        try {
            boolean value = parser.or();
            return parser.at == parser.tokens.size() ? Optional.of(value) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private boolean or() {
        boolean value = and();
        while (peekWord("or")) {
            at++;
            value = and() | value;
        }
        return value;
    }

    private boolean and() {
        boolean value = unary();
        while (peekWord("and")) {
            at++;
            value = unary() & value;
        }
        return value;
    }

    private boolean unary() {
        String token = next();
        if (token.equals("!")) {
            return !unary();
        }
        if (token.equals("(")) {
            boolean value = or();
            expect(")");
            return value;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if ((lower.equals("exists") || lower.equals("hastrailingslash")) && peek("(")) {
            at++;
            String argument = operand(next());
            expect(")");
            return lower.equals("exists") ? !argument.isBlank() && exists.test(argument.trim())
                    : argument.endsWith("\\") || argument.endsWith("/");
        }
        String left = operand(token);
        if (peek("==") || peek("!=")) {
            boolean equal = next().equals("==");
            String right = operand(next());
            return equal == left.equalsIgnoreCase(right);
        }
        if (left.equalsIgnoreCase("true")) {
            return true;
        }
        if (left.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("not a condition: " + token);
    }

    private String operand(String token) {
        if (token.startsWith("'")) {
            return expand.apply(token.substring(1, token.length() - 1));
        }
        if (token.equals("(") || token.equals(")") || token.equals("!") || token.equals("==") || token.equals("!=")) {
            throw new IllegalArgumentException("operand expected, found " + token);
        }
        return expand.apply(token);
    }

    private String next() {
        if (at >= tokens.size()) {
            throw new IllegalArgumentException("condition ends early");
        }
        return tokens.get(at++);
    }

    private boolean peek(String token) {
        return at < tokens.size() && tokens.get(at).equals(token);
    }

    private boolean peekWord(String word) {
        return at < tokens.size() && tokens.get(at).equalsIgnoreCase(word);
    }

    private void expect(String token) {
        if (!next().equals(token)) {
            throw new IllegalArgumentException("expected " + token);
        }
    }

    /** Quoted strings (with their quotes), operators, parentheses and bare words; empty if a quote is open. */
    private static Optional<List<String>> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                if (end < 0) {
                    return Optional.empty();
                }
                tokens.add(text.substring(i, end + 1));
                i = end + 1;
            } else if (text.startsWith("==", i) || text.startsWith("!=", i)) {
                tokens.add(text.substring(i, i + 2));
                i += 2;
            } else if (c == '!' || c == '(' || c == ')') {
                tokens.add(String.valueOf(c));
                i++;
            } else {
                int start = i;
                int depth = 0;
                while (i < text.length()) {
                    char d = text.charAt(i);
                    if (d == '(' && i > start && text.charAt(i - 1) == '$') {
                        depth++;
                    } else if (d == ')' && depth > 0) {
                        depth--;
                    } else if (depth == 0 && (Character.isWhitespace(d) || d == '(' || d == ')' || d == '\''
                            || d == '!' || d == '=')) {
                        break;
                    }
                    i++;
                }
                if (i == start) {
                    return Optional.empty();
                }
                tokens.add(text.substring(start, i));
            }
        }
        return Optional.of(tokens);
    }
}
