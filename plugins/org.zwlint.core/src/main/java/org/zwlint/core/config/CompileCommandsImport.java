package org.zwlint.core.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.Severity;

/**
 * Reads a compilation database ({@code compile_commands.json}, as CMake, Bear or clang tools write
 * it): for each entry, the file and the defines, undefines and include directories of its command
 * (GCC/Clang {@code -D -U -I -isystem} and MSVC {@code /D /U /I /external:I} spellings, as
 * {@code arguments} or a {@code command} string). An entry that cannot be used is reported with
 * its line; the database itself must be a JSON array.
 */
public final class CompileCommandsImport {
    private static final Pattern GSON_LINE = Pattern.compile("line (\\d+)");

    private CompileCommandsImport() {
    }

    public static ImportedBuild read(Path database) throws ProjectFileException {
        try {
            return parse(new String(Files.readAllBytes(database), StandardCharsets.UTF_8), database);
        } catch (IOException e) {
            throw new ProjectFileException(database, 0, "", "cannot read the compilation database: " + e.getMessage());
        }
    }

    /** @throws ProjectFileException when the text is not JSON, or not an array of entries */
    public static ImportedBuild parse(String text, Path database) throws ProjectFileException {
        JsonElement root;
        try {
            root = JsonParser.parseString(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (JsonParseException | IllegalStateException e) {
            Matcher line = GSON_LINE.matcher(String.valueOf(e.getMessage()));
            throw new ProjectFileException(database, line.find() ? Integer.parseInt(line.group(1)) : 0, "",
                    "not valid JSON: " + String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        if (!root.isJsonArray()) {
            throw new ProjectFileException(database, 1, "", "a compilation database is a JSON array of entries");
        }
        JsonArray entries = root.getAsJsonArray();
        List<Integer> lines = entryLines(text);
        Path folder = database.toAbsolutePath().normalize().getParent();
        Path base = folder == null ? Path.of("").toAbsolutePath() : folder;
        Map<Path, BuildSettings> perFile = new HashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            int line = i < lines.size() ? lines.get(i) : 0;
            JsonElement element = entries.get(i);
            Optional<String> problem = Optional.empty();
            if (!element.isJsonObject()) {
                problem = Optional.of("entry " + (i + 1) + " is not an object");
            } else {
                JsonObject entry = element.getAsJsonObject();
                Optional<String> directory = string(entry, "directory");
                Optional<String> file = string(entry, "file");
                Optional<List<String>> arguments = arguments(entry);
                if (directory.isEmpty() || file.isEmpty()) {
                    problem = Optional.of("entry " + (i + 1) + " lacks \"directory\" or \"file\"");
                } else if (arguments.isEmpty()) {
                    problem = Optional.of("entry " + (i + 1) + " has neither \"arguments\" (a list of strings) nor "
                            + "\"command\"");
                } else {
                    Path directoryPath;
                    Path source;
                    CompilerFlags.Parsed flags;
                    try {
                        directoryPath = base.resolve(directory.get()).normalize();
                        source = directoryPath.resolve(file.get()).normalize();
                        flags = CompilerFlags.parse(arguments.get(), directoryPath);
                    } catch (InvalidPathException e) {
                        diagnostics.add(new Diagnostic(Severity.WARNING, database, line, line > 0 ? 1 : 0, "entry "
                                + (i + 1) + " names a path this system cannot: " + e.getReason() + "; left out"));
                        continue;
                    }
                    flags.problems().forEach(p -> diagnostics.add(new Diagnostic(Severity.WARNING, database, line, 1,
                            "entry for " + file.get() + ": " + p)));
                    BuildSettings settings = new BuildSettings(flags.defines(), flags.undefines(), flags.includeDirs(),
                            Optional.empty(), Optional.empty(), Optional.empty());
                    if (perFile.put(source, settings) != null) {
                        diagnostics.add(new Diagnostic(Severity.NOTE, database, line, 1, "entry " + (i + 1) + " names "
                                + file.get() + " again; the last entry for a file is used"));
                    }
                }
            }
            problem.ifPresent(p -> diagnostics.add(new Diagnostic(Severity.WARNING, database, line, line > 0 ? 1 : 0,
                    p + "; left out")));
        }
        return new ImportedBuild(Optional.empty(), perFile, diagnostics);
    }

    private static Optional<String> string(JsonObject entry, String key) {
        JsonElement value = entry.get(key);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                ? Optional.of(value.getAsString()) : Optional.empty();
    }

    private static Optional<List<String>> arguments(JsonObject entry) {
        JsonElement list = entry.get("arguments");
        if (list != null && list.isJsonArray()) {
            List<String> arguments = new ArrayList<>();
            for (JsonElement argument : list.getAsJsonArray()) {
                if (!argument.isJsonPrimitive()) {
                    return Optional.empty();
                }
                arguments.add(argument.getAsString());
            }
            return Optional.of(arguments);
        }
        return string(entry, "command").map(CompilerFlags::split);
    }

    /** The line each top-level entry starts on, by a scan that skips strings. */
    private static List<Integer> entryLines(String text) {
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        int depth = 0;
        boolean inString = false;
        boolean expectingEntry = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (expectingEntry && !Character.isWhitespace(c) && c != ']') {
                lines.add(line);
                expectingEntry = false;
            }
            switch (c) {
                case '"' -> inString = true;
                case '[', '{' -> {
                    depth++;
                    expectingEntry = depth == 1 && c == '[';
                }
                case ']', '}' -> depth--;
                case ',' -> expectingEntry = depth == 1;
                default -> {
                    // the characters of a value
                }
            }
        }
        return lines;
    }
}
