package org.zwlint.core.config;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwlint.core.model.Arch;

/**
 * Reads a {@code .zwlint} strictly: every line is blank, a {@code #} comment or a known
 * {@code key = value}; anything else is a {@link ProjectFileException} naming the file, the line
 * and the key. The grammar is in docs/zwlint-file.md.
 */
public final class ProjectFileParser {
    private static final Pattern BRACKETED = Pattern.compile("([a-z-]+)\\[(.*)\\]");
    private static final Pattern RULE_ID = Pattern.compile("[A-Z]{2}[0-9]{3}");
    /** Keys that may appear once; the others accumulate. */
    private static final Set<String> SINGLE = Set.of("build-output", "wdk-include", "arch", "mode", "baseline", "vcxproj",
            "configuration", "compile-commands");

    private final Set<String> knownRules;

    /** @param knownRules the rule ids a {@code rule[ID]} line may name */
    public ProjectFileParser(Set<String> knownRules) {
        this.knownRules = Set.copyOf(knownRules);
    }

    public ProjectFile read(Path file) throws ProjectFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new ProjectFileException(file, 0, "", "not UTF-8 text");
        } catch (IOException e) {
            throw new ProjectFileException(file, 0, "", "cannot read: " + e.getMessage());
        }
        return parse(file, text);
    }

    public ProjectFile parse(Path file, String text) throws ProjectFileException {
        ProjectFileDocument document = ProjectFileDocument.of(text);
        List<Integer> malformed = document.malformed();
        if (!malformed.isEmpty()) {
            throw new ProjectFileException(file, malformed.get(0), "",
                    "expected 'key = value', a '#' comment or a blank line");
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder == null) {
            folder = Path.of("").toAbsolutePath();
        }
        Builder b = new Builder(file, folder);
        Map<String, Integer> seen = new HashMap<>();
        for (ProjectFileDocument.Entry entry : document.entries()) {
            String key = entry.key();
            Integer earlier = seen.put(key, entry.line());
            if (earlier != null && SINGLE.contains(key)) {
                throw new ProjectFileException(file, entry.line(), key, "given twice (first on line " + earlier + ")");
            }
            b.add(entry);
        }
        return b.build();
    }

    /** Collects the entries of one file, turning each value into its type. */
    private final class Builder {
        private final Path file;
        private final Path folder;
        private final List<PathGlob> sources = new ArrayList<>();
        private final List<PathGlob> excludes = new ArrayList<>();
        private boolean analyzeBuildOutput;
        private final List<String> defines = new ArrayList<>();
        private final List<String> undefines = new ArrayList<>();
        private final List<Path> includeDirs = new ArrayList<>();
        private Optional<Path> wdk = Optional.empty();
        private Optional<Arch> arch = Optional.empty();
        private Optional<ModeOverride> mode = Optional.empty();
        private final List<PathMode> pathModes = new ArrayList<>();
        private final Map<String, RuleSetting> rules = new LinkedHashMap<>();
        private Optional<Path> baseline = Optional.empty();
        private Optional<Path> vcxproj = Optional.empty();
        private int vcxprojLine;
        private Optional<String> configuration = Optional.empty();
        private int configurationLine;
        private Optional<Path> compileCommands = Optional.empty();
        private int compileCommandsLine;

        Builder(Path file, Path folder) {
            this.file = file;
            this.folder = folder;
        }

        void add(ProjectFileDocument.Entry entry) throws ProjectFileException {
            String key = entry.key();
            String value = entry.value();
            int line = entry.line();
            if (value.isEmpty()) {
                throw new ProjectFileException(file, line, key, "has no value");
            }
            Matcher bracketed = BRACKETED.matcher(key);
            if (bracketed.matches()) {
                addBracketed(line, key, bracketed.group(1), bracketed.group(2), value);
                return;
            }
            switch (key) {
                case "source" -> sources.add(glob(line, key, value));
                case "exclude" -> excludes.add(glob(line, key, value));
                case "build-output" -> analyzeBuildOutput = switch (value) {
                    case "analyze" -> true;
                    case "exclude" -> false;
                    default -> throw bad(line, key, value, "exclude or analyze");
                };
                case "define" -> {
                    try {
                        MacroDefinitions.parse(List.of(value));
                    } catch (IllegalArgumentException e) {
                        throw new ProjectFileException(file, line, key, e.getMessage());
                    }
                    defines.add(value);
                }
                case "undefine" -> {
                    if (!MacroDefinitions.isName(value)) {
                        throw new ProjectFileException(file, line, key, "'" + value + "' is not a macro name");
                    }
                    undefines.add(value);
                }
                case "include-dir" -> includeDirs.add(path(line, key, value));
                case "wdk-include" -> wdk = Optional.of(path(line, key, value));
                case "arch" -> arch = Optional.of(Arch.parse(value).orElseThrow(() -> bad(line, key, value, "x64 or x86")));
                case "mode" -> mode = Optional.of(mode(line, key, value));
                case "baseline" -> baseline = Optional.of(path(line, key, value));
                case "vcxproj" -> {
                    vcxproj = Optional.of(path(line, key, value));
                    vcxprojLine = line;
                }
                case "configuration" -> {
                    if (!value.matches("[^|]+\\|[^|]+")) {
                        throw bad(line, key, value, "Configuration|Platform, such as Release|x64");
                    }
                    configuration = Optional.of(value);
                    configurationLine = line;
                }
                case "compile-commands" -> {
                    compileCommands = Optional.of(path(line, key, value));
                    compileCommandsLine = line;
                }
                default -> throw new ProjectFileException(file, line, key, "unknown key; known keys: source, exclude, "
                        + "build-output, define, undefine, include-dir, wdk-include, arch, mode, mode[GLOB], rule[ID], "
                        + "baseline, vcxproj, configuration, compile-commands");
            }
        }

        private void addBracketed(int line, String key, String name, String argument, String value)
                throws ProjectFileException {
            switch (name) {
                case "mode" -> pathModes.add(new PathMode(folder, glob(line, key, argument), mode(line, key, value)));
                case "rule" -> {
                    if (!RULE_ID.matcher(argument).matches() || !knownRules.contains(argument)) {
                        throw new ProjectFileException(file, line, key, "unknown rule '" + argument + "'; known rules: "
                                + String.join(", ", knownRules.stream().sorted().toList()));
                    }
                    if (rules.containsKey(argument)) {
                        throw new ProjectFileException(file, line, key, "given twice");
                    }
                    rules.put(argument, RuleSetting.named(value)
                            .orElseThrow(() -> bad(line, key, value, "on, off, error, warning or note")));
                }
                default -> throw new ProjectFileException(file, line, key,
                        "unknown key; only mode[GLOB] and rule[ID] take an argument");
            }
        }

        private ModeOverride mode(int line, String key, String value) throws ProjectFileException {
            for (ModeOverride candidate : ModeOverride.values()) {
                if (candidate.name().equalsIgnoreCase(value)) {
                    return candidate;
                }
            }
            throw bad(line, key, value, "auto, kernel or user");
        }

        private PathGlob glob(int line, String key, String value) throws ProjectFileException {
            try {
                return new PathGlob(value);
            } catch (IllegalArgumentException e) {
                throw new ProjectFileException(file, line, key, e.getMessage());
            }
        }

        private Path path(int line, String key, String value) throws ProjectFileException {
            try {
                return folder.resolve(value.replace('\\', '/')).normalize();
            } catch (InvalidPathException e) {
                throw new ProjectFileException(file, line, key, "not a path: " + e.getMessage());
            }
        }

        private ProjectFileException bad(int line, String key, String value, String expected) {
            return new ProjectFileException(file, line, key, "'" + value + "' is not valid; expected " + expected);
        }

        ProjectFile build() throws ProjectFileException {
            if (configuration.isPresent() && vcxproj.isEmpty()) {
                throw new ProjectFileException(file, configurationLine, "configuration",
                        "names a configuration of no project; add 'vcxproj = FILE'");
            }
            if (vcxproj.isPresent() && compileCommands.isPresent()) {
                throw new ProjectFileException(file, Math.max(vcxprojLine, compileCommandsLine),
                        vcxprojLine > compileCommandsLine ? "vcxproj" : "compile-commands",
                        "a project takes its build settings from a .vcxproj or a compile_commands.json, not both");
            }
            Optional<BuildSource> build = vcxproj.<BuildSource>map(p -> new BuildSource.Vcxproj(p, configuration, vcxprojLine))
                    .or(() -> compileCommands.map(p -> new BuildSource.CompileCommands(p, compileCommandsLine)));
            return new ProjectFile(file, sources, excludes, analyzeBuildOutput, defines, undefines, includeDirs, wdk,
                    arch, mode, pathModes, rules, baseline, build);
        }
    }
}
