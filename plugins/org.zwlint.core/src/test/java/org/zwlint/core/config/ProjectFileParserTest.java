package org.zwlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zwlint.core.model.Arch;

class ProjectFileParserTest {
    private static final Path FILE = Path.of("/projects/drv/.zwlint");
    private final ProjectFileParser parser = new ProjectFileParser(Set.of("PM001", "PB001"));

    @Test
    void everyKeyIsReadWithPathsRelativeToTheFile() throws ProjectFileException {
        ProjectFile file = parser.parse(FILE, """
                # a comment
                source = sys/**
                exclude = test
                build-output = analyze
                define = NDIS630
                define = POOL_TAG='gaTf'
                undefine = UNICODE
                include-dir = inc
                include-dir = ../shared/inc
                wdk-include = ../wdk/km
                arch = x86
                mode = kernel
                mode[exe/**] = user
                rule[PM001] = error
                rule[PB001] = off
                baseline = zwlint-baseline.json
                """);
        assertEquals(List.of(new PathGlob("sys/**")), file.sources());
        assertEquals(List.of(new PathGlob("test")), file.excludes());
        assertTrue(file.analyzeBuildOutput());
        assertEquals(List.of("NDIS630", "POOL_TAG='gaTf'"), file.defines());
        assertEquals(List.of("UNICODE"), file.undefines());
        assertEquals(List.of(Path.of("/projects/drv/inc"), Path.of("/projects/shared/inc")), file.includeDirs());
        assertEquals(Optional.of(Path.of("/projects/wdk/km")), file.wdkIncludeDir());
        assertEquals(Optional.of(Arch.X86), file.arch());
        assertEquals(Optional.of(ModeOverride.KERNEL), file.mode());
        assertEquals(ModeOverride.USER, file.pathModes().get(0).mode());
        assertTrue(file.pathModes().get(0).appliesTo(Path.of("/projects/drv/exe/main.c")));
        assertFalse(file.pathModes().get(0).appliesTo(Path.of("/projects/drv/sys/main.c")));
        assertEquals(Map.of("PM001", RuleSetting.ERROR, "PB001", RuleSetting.OFF), file.rules());
        assertEquals(Optional.of(Path.of("/projects/drv/zwlint-baseline.json")), file.baseline());
    }

    @Test
    void anUnknownKeyNamesFileLineAndKey() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> parser.parse(FILE, "define = A\n\n# note\ninclude = inc\n"));
        assertEquals(4, e.line());
        assertEquals("include", e.key());
        assertTrue(e.getMessage().startsWith(FILE + ":4: key 'include': unknown key"), e.getMessage());
    }

    @Test
    void badValuesAreErrorsThatSayWhatIsExpected() {
        assertEquals(FILE + ":1: key 'arch': 'arm64' is not valid; expected x64 or x86",
                assertThrows(ProjectFileException.class, () -> parser.parse(FILE, "arch = arm64\n")).getMessage());
        assertEquals(FILE + ":2: key 'rule[PM001]': 'loud' is not valid; expected on, off, error, warning or note",
                assertThrows(ProjectFileException.class, () -> parser.parse(FILE, "\nrule[PM001] = loud\n"))
                        .getMessage());
        assertTrue(assertThrows(ProjectFileException.class, () -> parser.parse(FILE, "rule[XX999] = off\n"))
                .getMessage().contains("unknown rule 'XX999'; known rules: PB001, PM001"));
        assertTrue(assertThrows(ProjectFileException.class, () -> parser.parse(FILE, "define = 1X\n")).getMessage()
                .contains("key 'define': define '1X': '1X' is not a macro name"));
        assertTrue(assertThrows(ProjectFileException.class, () -> parser.parse(FILE, "mode = sometimes\n"))
                .getMessage().endsWith("expected auto, kernel or user"));
        assertTrue(assertThrows(ProjectFileException.class, () -> parser.parse(FILE, "source = sys/[\n"))
                .getMessage().contains("key 'source': bad glob"));
        assertTrue(assertThrows(ProjectFileException.class, () -> parser.parse(FILE, "baseline =\n")).getMessage()
                .endsWith("key 'baseline': has no value"));
    }

    @Test
    void aSingleValuedKeyTwiceIsAnError() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> parser.parse(FILE, "arch = x64\narch = x86\n"));
        assertEquals(FILE + ":2: key 'arch': given twice (first on line 1)", e.getMessage());
    }

    @Test
    void aLineThatIsNotAnEntryIsAnError() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> parser.parse(FILE, "define = A\nthis is prose\n"));
        assertEquals(2, e.line());
        assertEquals(FILE + ":2: expected 'key = value', a '#' comment or a blank line", e.getMessage());
    }

    @Test
    void theStarterFileIsValidAndSetsNothing() throws ProjectFileException {
        ProjectFile starter = parser.parse(FILE, StarterFile.text());
        assertEquals(ProjectFile.none(Path.of("/projects/drv")), starter);
        // Every commented-out example is valid once uncommented.
        String uncommented = StarterFile.text().lines().filter(l -> l.matches("# [a-z-]+(\\[[^]]*])? = .*"))
                .map(l -> l.substring(2)).reduce("", (a, b) -> a + b + "\n");
        ProjectFile all = parser.parse(FILE, uncommented);
        assertEquals(Optional.of(RuleSetting.ERROR), Optional.ofNullable(all.rules().get("PM001")));
        assertEquals(1, all.pathModes().size());
    }

    @Test
    void buildFilesAreReadWithTheirLine() throws ProjectFileException {
        ProjectFile file = parser.parse(FILE, "# driver\nvcxproj = build\\drv.vcxproj\nconfiguration = Release|x64\n");
        assertEquals(java.util.Optional.of(new BuildSource.Vcxproj(Path.of("/projects/drv/build/drv.vcxproj"),
                java.util.Optional.of("Release|x64"), 2)), file.build());
        ProjectFile database = parser.parse(FILE, "compile-commands = out/compile_commands.json\n");
        assertEquals(java.util.Optional.of(new BuildSource.CompileCommands(
                Path.of("/projects/drv/out/compile_commands.json"), 1)), database.build());
    }

    @Test
    void buildFileKeysThatContradictAreErrors() {
        assertEquals(FILE + ":1: key 'configuration': names a configuration of no project; add 'vcxproj = FILE'",
                assertThrows(ProjectFileException.class, () -> parser.parse(FILE, "configuration = Debug|x64\n"))
                        .getMessage());
        assertEquals(FILE + ":2: key 'compile-commands': a project takes its build settings from a .vcxproj or a "
                + "compile_commands.json, not both", assertThrows(ProjectFileException.class,
                        () -> parser.parse(FILE, "vcxproj = a.vcxproj\ncompile-commands = b.json\n")).getMessage());
        assertTrue(assertThrows(ProjectFileException.class,
                () -> parser.parse(FILE, "vcxproj = a.vcxproj\nconfiguration = Debug\n")).getMessage()
                .contains("expected Configuration|Platform, such as Release|x64"));
    }
}
