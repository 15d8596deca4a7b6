package org.zwlint.core.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwlint.core.Diagnostic;
import org.zwlint.core.Severity;
import org.zwlint.core.model.Arch;

/**
 * Reads the preprocessor settings of one configuration ("Release|x64") of a Visual Studio driver
 * project: the ClCompile PreprocessorDefinitions, UndefinePreprocessorDefinitions and
 * AdditionalIncludeDirectories of its item definitions, the WDK driver model ({@code DriverType}),
 * and the same from the {@code .props} files it imports that are in the source tree. Properties
 * are evaluated in file order as MSBuild does, with {@code $(Configuration)}, {@code $(Platform)},
 * {@code $(ProjectDir)}, {@code $(MSBuildThisFileDirectory)} and the project's own properties; a
 * value that needs a macro only Visual Studio or the WDK knows ({@code $(WDKContentRoot)}, …) is
 * left out and reported by that name. Imports of the toolset itself are not followed.
 */
public final class VcxprojImport {
    private static final Pattern PROPERTY = Pattern.compile("\\$\\(([^()]*)\\)");
    private static final Pattern METADATA = Pattern.compile("%\\(([A-Za-z_][A-Za-z0-9_]*)\\)");
    /** Properties the MSBuild and Visual Studio toolset define: imports below them are the toolset's, not the tree's. */
    private static final Set<String> TOOLSET_ROOTS = Set.of("vctargetspath", "userrootdir", "msbuildextensionspath",
            "msbuildextensionspath32", "msbuildtoolspath", "msbuildbinpath", "msbuildsdkspath", "vcinstalldir",
            "windowssdkdir", "wdkcontentroot", "solutiondir");
    private static final int MAX_IMPORT_DEPTH = 16;

    private final Path project;
    private final Function<Path, Optional<byte[]>> files;
    private final Map<String, String> properties = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, String> metadata = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Path> reading = new ArrayList<>();

    private VcxprojImport(Path project, Function<Path, Optional<byte[]>> files) {
        this.project = project.toAbsolutePath().normalize();
        this.files = files;
    }

    /** Reads {@code vcxproj} and the in-tree files it imports from disk. */
    public static ImportedBuild read(Path vcxproj, Optional<String> configuration) throws ProjectFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(vcxproj);
        } catch (IOException e) {
            throw new ProjectFileException(vcxproj, 0, "", "cannot read the Visual Studio project: " + e.getMessage());
        }
        return parse(bytes, vcxproj, configuration, VcxprojImport::readIfFile);
    }

    /**
     * The settings of {@code configuration} (or the project's first x64 configuration, else its
     * first) of the project in {@code bytes}; {@code files} gives the bytes of an imported file.
     *
     * @throws ProjectFileException when the project is not well-formed XML, not an MSBuild
     *         project, or has no such configuration (the message names the file and line)
     */
    public static ImportedBuild parse(byte[] bytes, Path vcxproj, Optional<String> configuration,
            Function<Path, Optional<byte[]>> files) throws ProjectFileException {
        VcxprojImport importer = new VcxprojImport(vcxproj, files);
        return importer.run(bytes, configuration);
    }

    private static Optional<byte[]> readIfFile(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private ImportedBuild run(byte[] bytes, Optional<String> wanted) throws ProjectFileException {
        XmlElement root = element(bytes, project);
        List<String> configurations = new ArrayList<>();
        collectConfigurations(root, configurations);
        if (configurations.isEmpty()) {
            throw new ProjectFileException(project, root.line(), "",
                    "the project lists no ProjectConfiguration (such as Debug|x64)");
        }
        String chosen;
        if (wanted.isPresent()) {
            chosen = configurations.stream().filter(c -> c.equalsIgnoreCase(wanted.get().trim())).findFirst()
                    .orElseThrow(() -> new ProjectFileException(project, root.line(), "", "no configuration '"
                            + wanted.get() + "'; the project has " + String.join(", ", configurations)));
        } else {
            chosen = configurations.stream().filter(c -> c.toLowerCase(Locale.ROOT).endsWith("|x64")).findFirst()
                    .orElse(configurations.get(0));
        }
        int bar = chosen.indexOf('|');
        properties.put("Configuration", bar < 0 ? chosen : chosen.substring(0, bar));
        properties.put("Platform", bar < 0 ? "" : chosen.substring(bar + 1));
        Path folder = folderOf(project);
        properties.put("ProjectDir", windowsFolder(folder));
        properties.put("MSBuildProjectDirectory", folder.toString());
        properties.put("MSBuildProjectFullPath", project.toString());
        String name = String.valueOf(project.getFileName()).replaceFirst("\\.[^.]*$", "");
        properties.put("ProjectName", name);
        properties.put("MSBuildProjectName", name);
        reading.add(project);
        evaluate(root, project);
        return new ImportedBuild(Optional.of(settings(chosen)), Map.of(), diagnostics);
    }

    private static void collectConfigurations(XmlElement element, List<String> found) {
        for (XmlElement child : element.children()) {
            if (child.name().equals("ProjectConfiguration")) {
                child.attribute("Include").filter(s -> !s.isBlank()).ifPresent(found::add);
            } else if (child.name().equals("ItemGroup")) {
                collectConfigurations(child, found);
            }
        }
    }

    private XmlElement element(byte[] bytes, Path file) throws ProjectFileException {
        XmlElement root;
        try {
            root = XmlElement.parse(bytes);
        } catch (XmlElement.Malformed e) {
            throw new ProjectFileException(file, e.line(), "", "not well-formed XML: " + e.getMessage());
        }
        if (!root.name().equals("Project")) {
            throw new ProjectFileException(file, root.line(), "", "not an MSBuild project: the root element is <"
                    + root.name() + ">, not <Project>");
        }
        return root;
    }

    /** One MSBuild file's top-level elements, in order. */
    private void evaluate(XmlElement root, Path file) throws ProjectFileException {
        String thisFolder = windowsFolder(folderOf(file));
        for (XmlElement element : root.children()) {
            properties.put("MSBuildThisFileDirectory", thisFolder);
            if (!active(element, file)) {
                continue;
            }
            switch (element.name()) {
                case "PropertyGroup" -> {
                    for (XmlElement property : element.children()) {
                        if (active(property, file)) {
                            properties.put(property.name(), expandKeepingUnknown(property.text(), property.name()));
                        }
                    }
                }
                case "ItemDefinitionGroup" -> {
                    for (XmlElement definition : element.children()) {
                        if (definition.name().equals("ClCompile") && active(definition, file)) {
                            for (XmlElement item : definition.children()) {
                                if (active(item, file)) {
                                    String value = METADATA.matcher(item.text()).replaceAll(
                                            m -> Matcher.quoteReplacement(metadata.getOrDefault(m.group(1), "")));
                                    metadata.put(item.name(), expandKeepingUnknown(value, ""));
                                    metadataLines.put(item.name().toLowerCase(Locale.ROOT), new Location(file, item.line()));
                                }
                            }
                        }
                    }
                }
                case "ImportGroup" -> {
                    for (XmlElement child : element.children()) {
                        if (child.name().equals("Import") && active(child, file)) {
                            importFile(child, file);
                        }
                    }
                }
                case "Import" -> importFile(element, file);
                case "ItemGroup" -> {
                    for (XmlElement item : element.children()) {
                        if (item.name().equals("ClCompile") && item.children().stream()
                                .anyMatch(m -> m.name().equals("PreprocessorDefinitions")
                                        || m.name().equals("AdditionalIncludeDirectories"))) {
                            note(file, item.line(), "the settings of " + item.attribute("Include").orElse("one file")
                                    + " alone are not imported; the project's are used for every file");
                        }
                    }
                }
                case "Choose" -> note(file, element.line(), "<Choose> is not evaluated; its settings are not imported");
                default -> {
                    // targets, project extensions, item lists of other tools: nothing for the preprocessor
                }
            }
        }
    }

    private record Location(Path file, int line) {
    }

    /** Where each metadata value was last set, for messages about its entries. */
    private final Map<String, Location> metadataLines = new TreeMap<>();

    /** Whether an element's Condition holds; one ZwLint cannot evaluate is reported and taken as false. */
    private boolean active(XmlElement element, Path file) {
        Optional<String> condition = element.attribute("Condition");
        if (condition.isEmpty() || condition.get().isBlank()) {
            return true;
        }
        Path folder = folderOf(file);
        Optional<Boolean> value = MsBuildCondition.evaluate(condition.get(),
                this::expandForCondition,
                path -> resolved(folder, path).map(Files::exists).orElse(false));
        if (value.isEmpty()) {
            warn(file, element.line(), "cannot evaluate the condition \"" + condition.get() + "\"; <" + element.name()
                    + "> is ignored");
            return false;
        }
        return value.get();
    }

    private void importFile(XmlElement element, Path from) throws ProjectFileException {
        String given = element.attribute("Project").orElse("");
        String expanded = expandKeepingUnknown(given, "");
        Set<String> unknown = unknownProperties(expanded);
        if (!unknown.isEmpty()) {
            boolean toolset = unknown.stream().allMatch(p -> TOOLSET_ROOTS.contains(p.toLowerCase(Locale.ROOT)));
            if (!toolset) {
                note(from, element.line(), "the import " + given + " is not followed: " + names(unknown)
                        + (unknown.size() == 1 ? " is" : " are") + " not known here");
            }
            return; // the toolset's own props and targets: the WDK build, not the project's settings
        }
        Optional<Path> resolved = resolved(folderOf(from), expanded);
        if (resolved.isEmpty()) {
            warn(from, element.line(), "the import " + given + " is not a path on this system; not followed");
            return;
        }
        Path target = resolved.get();
        if (reading.contains(target)) {
            warn(from, element.line(), "the import " + given + " imports itself again; not followed");
            return;
        }
        if (reading.size() >= MAX_IMPORT_DEPTH) {
            warn(from, element.line(), "imports nest deeper than " + MAX_IMPORT_DEPTH + "; " + given + " is not followed");
            return;
        }
        Optional<byte[]> bytes = files.apply(target);
        if (bytes.isEmpty()) {
            warn(from, element.line(), "the imported file " + given + " is not in the tree (" + target + ")");
            return;
        }
        XmlElement root = element(bytes.get(), target);
        reading.add(target);
        evaluate(root, target);
        reading.remove(reading.size() - 1);
    }

    private BuildSettings settings(String configuration) {
        List<String> defines = new ArrayList<>();
        for (String define : entries("PreprocessorDefinitions")) {
            Set<String> unknown = unknownProperties(define);
            if (!unknown.isEmpty()) {
                dropped("PreprocessorDefinitions", define, unknown);
            } else if (MacroDefinitions.isName(nameOf(define))) {
                defines.add(define);
            } else {
                dropped("PreprocessorDefinitions", define, Set.of());
            }
        }
        List<String> undefines = new ArrayList<>();
        for (String undefine : entries("UndefinePreprocessorDefinitions")) {
            if (MacroDefinitions.isName(undefine)) {
                undefines.add(undefine);
            } else {
                dropped("UndefinePreprocessorDefinitions", undefine, unknownProperties(undefine));
            }
        }
        List<Path> includeDirs = new ArrayList<>();
        Path folder = folderOf(project);
        for (String dir : entries("AdditionalIncludeDirectories")) {
            Set<String> unknown = unknownProperties(dir);
            if (!unknown.isEmpty()) {
                dropped("AdditionalIncludeDirectories", dir, unknown);
            } else {
                Optional<Path> resolved = resolved(folder, dir);
                if (resolved.isPresent()) {
                    includeDirs.add(resolved.get());
                } else {
                    Location at = metadataLines.getOrDefault("additionalincludedirectories", new Location(project, 0));
                    warn(at.file(), at.line(), "AdditionalIncludeDirectories entry '" + dir
                            + "' is left out: not a path on this system");
                }
            }
        }
        String kindName = properties.getOrDefault("DriverType", "");
        Optional<DriverKind> kind = kindName.isBlank() ? Optional.empty() : DriverKind.named(kindName);
        if (!kindName.isBlank() && kind.isEmpty()) {
            note(project, 0, "DriverType " + kindName + " is not KMDF, WDM or UMDF; the files are judged by their code");
        }
        kind.ifPresent(k -> {
            String prefix = k == DriverKind.UMDF ? "UMDF" : "KMDF";
            for (String part : List.of("MAJOR", "MINOR")) {
                String property = prefix + "_VERSION_" + part;
                String value = properties.getOrDefault(property, "");
                if (k != DriverKind.WDM && value.matches("\\d+") && defines.stream().noneMatch(
                        d -> nameOf(d).equals(property))) {
                    defines.add(property + "=" + value); // what the WDK's build adds for the framework version
                }
            }
        });
        Optional<ModeOverride> mode = kind.map(DriverKind::mode);
        if (mode.isEmpty() && properties.getOrDefault("ConfigurationType", "").equalsIgnoreCase("Driver")) {
            mode = Optional.of(ModeOverride.KERNEL);
        }
        String platform = properties.getOrDefault("Platform", "");
        Optional<Arch> arch = switch (platform.toLowerCase(Locale.ROOT)) {
            case "x64" -> Optional.of(Arch.X64);
            case "win32", "x86" -> Optional.of(Arch.X86);
            default -> {
                note(project, 0, "platform " + platform + " of " + configuration
                        + " is analyzed as x64 (ZwLint models x64 and x86)");
                yield Optional.empty();
            }
        };
        return new BuildSettings(defines, undefines, includeDirs, arch, kind, mode);
    }

    private List<String> entries(String metadataName) {
        List<String> entries = new ArrayList<>();
        for (String entry : metadata.getOrDefault(metadataName, "").split(";")) {
            String trimmed = entry.strip();
            if (!trimmed.isEmpty() && !METADATA.matcher(trimmed).matches()) {
                entries.add(trimmed);
            }
        }
        return entries;
    }

    private void dropped(String metadataName, String entry, Set<String> unknown) {
        Location at = metadataLines.getOrDefault(metadataName.toLowerCase(Locale.ROOT), new Location(project, 0));
        warn(at.file(), at.line(), metadataName + " entry '" + entry + "' is left out: " + (unknown.isEmpty()
                ? "not a macro definition" : names(unknown) + (unknown.size() == 1 ? " is" : " are") + " not known here"));
    }

    private static String nameOf(String define) {
        int equals = define.indexOf('=');
        return (equals < 0 ? define : define.substring(0, equals)).strip();
    }

    /**
     * Expands known properties and leaves unknown ones as $(Name), so the settings that end up
     * using them can report them by name; a property that refers to itself before it has a value
     * is empty, as in MSBuild.
     */
    private String expandKeepingUnknown(String text, String self) {
        return PROPERTY.matcher(text).replaceAll(m -> {
            String name = m.group(1).strip();
            if (!properties.containsKey(name)) {
                return name.equalsIgnoreCase(self) ? "" : Matcher.quoteReplacement(m.group());
            }
            return Matcher.quoteReplacement(properties.getOrDefault(name, ""));
        });
    }

    /** Expands $(…) in a condition: an unknown property is empty there, as in MSBuild. */
    private String expandForCondition(String text) {
        return PROPERTY.matcher(text).replaceAll(m -> {
            String value = properties.getOrDefault(m.group(1).strip(), "");
            return Matcher.quoteReplacement(PROPERTY.matcher(value).find() ? "" : value);
        });
    }

    private Set<String> unknownProperties(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = PROPERTY.matcher(text);
        while (matcher.find()) {
            if (!properties.containsKey(matcher.group(1).strip())) {
                unknown.add(matcher.group(1).strip());
            }
        }
        return unknown;
    }

    private static String names(Set<String> unknown) {
        return String.join(", ", unknown.stream().map(u -> "$(" + u + ")").toList());
    }

    private void warn(Path file, int line, String message) {
        diagnostics.add(new Diagnostic(Severity.WARNING, file, line, line > 0 ? 1 : 0, message));
    }

    private void note(Path file, int line, String message) {
        diagnostics.add(new Diagnostic(Severity.NOTE, file, line, line > 0 ? 1 : 0, message));
    }

    /** {@code raw} (MSBuild's backslashes or slashes) under {@code folder}, unless this system cannot name it. */
    private static Optional<Path> resolved(Path folder, String raw) {
        try {
            return Optional.of(folder.resolve(raw.replace('\\', '/')).normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /** A folder as MSBuild writes it: with a trailing backslash. */
    private static String windowsFolder(Path folder) {
        String text = folder.toString();
        return text.endsWith("\\") || text.endsWith("/") ? text : text + "\\";
    }
}
