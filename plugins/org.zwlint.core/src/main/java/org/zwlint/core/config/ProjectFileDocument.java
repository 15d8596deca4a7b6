package org.zwlint.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a {@code .zwlint} as lines, for tools that change it (the Eclipse property page,
 * {@code zwlint init}): a change touches only the lines of the key it sets, so comments, blank
 * lines and the order of everything else stay as the user wrote them. The syntax is one
 * {@code key = value} per line, {@code #} starts a comment line; see docs/zwlint-file.md.
 */
public final class ProjectFileDocument {
    /** A key, optionally with an argument in brackets ({@code rule[PM001]}, {@code mode[um/**]}). */
    private static final Pattern ENTRY = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9-]*(?:\\[[^\\]]*\\])?)\\s*=(.*)");

    private final List<String> lines;

    private ProjectFileDocument(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    /** One {@code key = value} line; {@code line} is 1-based. */
    public record Entry(int line, String key, String value) {
    }

    /** A document of the given text; lines that are not entries are kept and reported by {@link #malformed()}. */
    public static ProjectFileDocument of(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        return new ProjectFileDocument(lines);
    }

    public static ProjectFileDocument empty() {
        return new ProjectFileDocument(List.of());
    }

    /** The entries in file order. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            parse(lines.get(i)).ifPresent(e -> entries.add(new Entry(number, e.key(), e.value())));
        }
        return entries;
    }

    /** The 1-based numbers of lines that are neither blank, a comment, nor {@code key = value}. */
    public List<Integer> malformed() {
        List<Integer> bad = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#") && parse(line).isEmpty()) {
                bad.add(i + 1);
            }
        }
        return bad;
    }

    /** The values of a key, in file order (keys such as {@code define} may repeat). */
    public List<String> values(String key) {
        return entries().stream().filter(e -> e.key().equals(key)).map(Entry::value).toList();
    }

    /**
     * The document with {@code key} set to {@code values}: the first line of the key is replaced in
     * place (the rest follow it), other lines of the key go, and a key not yet in the file is added
     * at its end. An empty list removes the key. Comments and all other lines are kept.
     */
    public ProjectFileDocument with(String key, List<String> values) {
        List<String> result = new ArrayList<>();
        boolean placed = false;
        for (String line : lines) {
            Optional<Entry> entry = parse(line);
            if (entry.isPresent() && entry.get().key().equals(key)) {
                if (!placed) {
                    values.forEach(v -> result.add(key + " = " + v));
                    placed = true;
                }
                continue;
            }
            result.add(line);
        }
        if (!placed) {
            values.forEach(v -> result.add(key + " = " + v));
        }
        return new ProjectFileDocument(result);
    }

    public ProjectFileDocument with(String key, String value) {
        return with(key, List.of(value));
    }

    /** The text to write back, with '\n' line ends. */
    public String text() {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    private static Optional<Entry> parse(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.startsWith("#")) {
            return Optional.empty();
        }
        Matcher matcher = ENTRY.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Entry(0, matcher.group(1), matcher.group(2).strip()));
    }
}
