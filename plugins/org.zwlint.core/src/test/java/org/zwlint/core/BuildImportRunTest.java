package org.zwlint.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.config.BuildSource;
import org.zwlint.core.config.ConfigOverrides;
import org.zwlint.core.config.ProjectFileException;

/** A project's build settings reach the analysis: from the .zwlint's vcxproj and from compile_commands.json. */
class BuildImportRunTest {
    /** The direct call exists only in a build that defines TRACE_CLOSE. */
    private static final String SOURCE = """
            #include <ntifs.h>

            NTSTATUS CloseSection(HANDLE Section)
            {
            #ifdef TRACE_CLOSE
                return NtClose(Section);
            #else
                return ZwClose(Section);
            #endif
            }
            """;
    private static final String PROJECT = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
              <ItemGroup Label="ProjectConfigurations">
                <ProjectConfiguration Include="Debug|x64"><Configuration>Debug</Configuration><Platform>x64</Platform></ProjectConfiguration>
                <ProjectConfiguration Include="Release|x64"><Configuration>Release</Configuration><Platform>x64</Platform></ProjectConfiguration>
                <ProjectConfiguration Include="Debug|Win32"><Configuration>Debug</Configuration><Platform>Win32</Platform></ProjectConfiguration>
              </ItemGroup>
              <PropertyGroup Condition="'$(Platform)'=='Win32'"><DriverType>UMDF</DriverType></PropertyGroup>
              <PropertyGroup Condition="'$(Platform)'=='x64'"><DriverType>KMDF</DriverType></PropertyGroup>
              <ItemDefinitionGroup Condition="'$(Configuration)'=='Debug'">
                <ClCompile>
                  <PreprocessorDefinitions>TRACE_CLOSE;%(PreprocessorDefinitions)</PreprocessorDefinitions>
                </ClCompile>
              </ItemDefinitionGroup>
            </Project>
            """;

    private static List<String> rulesFound(Path dir, ConfigOverrides overrides) throws ProjectFileException {
        return ProjectRun.run(new Analyzer(), List.of(dir.resolve("close.c")), overrides, 1).result().findings()
                .stream().map(Finding::ruleId).toList();
    }

    @Test
    void theZwlintFilesConfigurationDecidesWhatIsAnalyzed(@TempDir Path dir) throws IOException, ProjectFileException {
        Files.writeString(dir.resolve("close.c"), SOURCE);
        Files.writeString(dir.resolve("close.vcxproj"), PROJECT);
        Files.writeString(dir.resolve(".zwlint"), "vcxproj = close.vcxproj\nconfiguration = Debug|x64\n");
        assertEquals(List.of("PM001"), rulesFound(dir, ConfigOverrides.none()));
        Files.writeString(dir.resolve(".zwlint"), "vcxproj = close.vcxproj\nconfiguration = Release|x64\n");
        assertEquals(List.of(), rulesFound(dir, ConfigOverrides.none()));
        // A UMDF driver is user-mode code: kernel rules do not judge it, whatever it defines.
        Files.writeString(dir.resolve(".zwlint"), "vcxproj = close.vcxproj\nconfiguration = Debug|Win32\n");
        assertEquals(List.of(), rulesFound(dir, ConfigOverrides.none()));
    }

    @Test
    void aFrontEndsProjectWinsOverTheFiles(@TempDir Path dir) throws IOException, ProjectFileException {
        Files.writeString(dir.resolve("close.c"), SOURCE);
        Files.writeString(dir.resolve("close.vcxproj"), PROJECT);
        Files.writeString(dir.resolve(".zwlint"), "vcxproj = close.vcxproj\nconfiguration = Release|x64\n");
        ConfigOverrides debug = ConfigOverrides.none().withBuild(new BuildSource.Vcxproj(dir.resolve("close.vcxproj"),
                java.util.Optional.of("Debug|x64"), 0));
        assertEquals(List.of("PM001"), rulesFound(dir, debug));
    }

    @Test
    void aCompilationDatabaseGivesEachFileItsDefines(@TempDir Path dir) throws IOException, ProjectFileException {
        Files.writeString(dir.resolve("close.c"), SOURCE);
        Files.writeString(dir.resolve("compile_commands.json"), """
                [{"directory": ".", "file": "close.c", "arguments": ["cl", "/DTRACE_CLOSE", "/c", "close.c"]},
                 {"directory": ".", "file": "other.c", "arguments": ["cl", "/c", "other.c"], "extra": 1}]
                """);
        Files.writeString(dir.resolve(".zwlint"), "compile-commands = compile_commands.json\n");
        assertEquals(List.of("PM001"), rulesFound(dir, ConfigOverrides.none()));
    }

    @Test
    void importDiagnosticsReachTheResult(@TempDir Path dir) throws IOException, ProjectFileException {
        Files.writeString(dir.resolve("close.c"), SOURCE);
        Files.writeString(dir.resolve("close.vcxproj"), PROJECT.replace("TRACE_CLOSE;", "$(SdkDefines);"));
        Files.writeString(dir.resolve(".zwlint"), "vcxproj = close.vcxproj\n");
        AnalysisResult result = ProjectRun.run(new Analyzer(), List.of(dir.resolve("close.c")), ConfigOverrides.none(), 1)
                .result();
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.file().endsWith("close.vcxproj") && d.line() == 12
                && d.message().contains("$(SdkDefines) is not known here")), result.diagnostics()::toString);
    }

    @Test
    void aBrokenProjectStopsTheRunNamingItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("close.c"), SOURCE);
        Files.writeString(dir.resolve("close.vcxproj"), "<Project>\n  <ItemGroup>\n</Project>\n");
        Files.writeString(dir.resolve(".zwlint"), "vcxproj = close.vcxproj\n");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> rulesFound(dir, ConfigOverrides.none()));
        assertTrue(e.getMessage().contains("close.vcxproj:3: not well-formed XML"), e.getMessage());
    }
}
