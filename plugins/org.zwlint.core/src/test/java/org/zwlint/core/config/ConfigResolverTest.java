package org.zwlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.Severity;
import org.zwlint.core.model.Arch;

class ConfigResolverTest {
    @TempDir
    Path root = Path.of(""); // replaced by JUnit before each test

    private static final Set<String> RULES = Set.of("PM001", "PB001");

    private ConfigOverrides overrides(List<String> defines, Optional<ModeOverride> mode, Set<String> enable,
            Set<String> disable, Optional<Path> config) {
        return new ConfigOverrides(defines, List.of(), List.of(), Optional.empty(), Optional.empty(), mode, enable,
                disable, Map.of(), Optional.empty(), config);
    }

    @Test
    void theNearestFileAboveGovernsAndNoneMeansDefaults() throws IOException, ProjectFileException {
        Files.createDirectories(root.resolve("a/b/c"));
        Files.createDirectories(root.resolve("other"));
        Files.writeString(root.resolve("a/.zwlint"), "define = OUTER\n");
        Files.writeString(root.resolve("a/b/.zwlint"), "define = INNER\n");
        ConfigResolver resolver = new ConfigResolver(RULES, ConfigOverrides.none());
        assertEquals(root.resolve("a/b/.zwlint"), resolver.projectFileFor(root.resolve("a/b/c/x.c")).file());
        assertEquals(root.resolve("a/.zwlint"), resolver.projectFileFor(root.resolve("a/y.c")).file());
        ProjectFile none = resolver.projectFileFor(root.resolve("other/z.c"));
        assertEquals(List.of(), none.defines());
        assertEquals(ZwLintConfig.defaults(), resolver.resolve(none));
    }

    @Test
    void aGivenConfigFileGovernsEveryFile() throws IOException, ProjectFileException {
        Files.createDirectories(root.resolve("a"));
        Files.writeString(root.resolve("a/.zwlint"), "define = NEAR\n");
        Path given = Files.writeString(root.resolve("ci.zwlint"), "define = CI\n");
        ConfigResolver resolver = new ConfigResolver(RULES,
                overrides(List.of(), Optional.empty(), Set.of(), Set.of(), Optional.of(given)));
        assertEquals(List.of("CI"), resolver.projectFileFor(root.resolve("a/x.c")).defines());
    }

    @Test
    void commandLineOptionsOverrideTheFile() throws IOException, ProjectFileException {
        Files.writeString(root.resolve(".zwlint"), """
                define = LEVEL=1
                undefine = TRACE
                mode = user
                mode[sys/**] = kernel
                rule[PM001] = off
                rule[PB001] = note
                arch = x86
                """);
        ConfigResolver plain = new ConfigResolver(RULES, ConfigOverrides.none());
        ZwLintConfig fromFile = plain.resolve(plain.projectFileFor(root.resolve("x.c")));
        assertEquals("1", fromFile.defines().get("LEVEL"));
        assertEquals("1", fromFile.defines().get("_X86_"));
        assertTrue(fromFile.undefines().containsAll(List.of("TRACE", "_WIN64")));
        assertFalse(fromFile.isEnabled("PM001"));
        assertEquals(Severity.NOTE, fromFile.levelOf("PB001", Severity.ERROR));
        assertEquals(ModeOverride.USER, fromFile.modeFor(root.resolve("x.c")));
        assertEquals(ModeOverride.KERNEL, fromFile.modeFor(root.resolve("sys/x.c")));

        ConfigResolver cli = new ConfigResolver(RULES, overrides(List.of("LEVEL=2", "TRACE"),
                Optional.of(ModeOverride.AUTO), Set.of("PM001"), Set.of("PB001"), Optional.empty()));
        ZwLintConfig overridden = cli.resolve(cli.projectFileFor(root.resolve("x.c")));
        assertEquals("2", overridden.defines().get("LEVEL"));
        assertFalse(overridden.undefines().contains("TRACE"), "-D wins over the file's undefine");
        assertTrue(overridden.isEnabled("PM001"));
        assertFalse(overridden.isEnabled("PB001"));
        assertEquals(ModeOverride.AUTO, overridden.modeFor(root.resolve("sys/x.c")), "--mode is for every file");
    }

    @Test
    void theArchOptionWinsOverTheFile() throws IOException, ProjectFileException {
        Files.writeString(root.resolve(".zwlint"), "arch = x86\n");
        ConfigResolver resolver = new ConfigResolver(RULES, new ConfigOverrides(List.of(), List.of(), List.of(),
                Optional.empty(), Optional.of(Arch.X64), Optional.empty(), Set.of(), Set.of(), Map.of(),
                Optional.empty(), Optional.empty()));
        ZwLintConfig config = resolver.resolve(resolver.projectFileFor(root.resolve("x.c")));
        assertFalse(config.defines().containsKey("_X86_"));
    }
}
