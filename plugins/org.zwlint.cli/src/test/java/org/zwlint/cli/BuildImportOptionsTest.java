package org.zwlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --vcxproj, --configuration and --compile-commands: the build's settings, and clear errors when misused. */
class BuildImportOptionsTest {
    private static final String SOURCE = """
            #include <ntifs.h>

            NTSTATUS CloseSection(HANDLE Section)
            {
            #if defined(TRACE_CLOSE)
                return NtClose(Section);
            #else
                return ZwClose(Section);
            #endif
            }
            """;
    private static final String PROJECT = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
              <ItemGroup>
                <ProjectConfiguration Include="Debug|x64" />
                <ProjectConfiguration Include="Release|x64" />
              </ItemGroup>
              <ItemDefinitionGroup Condition="'$(Configuration)|$(Platform)'=='Debug|x64'">
                <ClCompile>
                  <PreprocessorDefinitions>TRACE_CLOSE;$(WdkDefines);%(PreprocessorDefinitions)</PreprocessorDefinitions>
                </ClCompile>
              </ItemDefinitionGroup>
            </Project>
            """;

    @Test
    void theChosenConfigurationsDefinesAreUsed(@TempDir Path dir) throws IOException {
        Path source = Files.writeString(dir.resolve("close.c"), SOURCE);
        Path project = Files.writeString(dir.resolve("close.vcxproj"), PROJECT);
        CliRun debug = CliRun.of("--vcxproj", project.toString(), "--configuration", "Debug|x64", source.toString());
        assertEquals(ExitCode.FINDINGS, debug.exitCode(), debug::toString);
        assertTrue(debug.out().contains("warning PM001"), debug::toString);
        assertTrue(debug.out().contains(project + ":9:1: warning: PreprocessorDefinitions entry '$(WdkDefines)' is left "
                + "out: $(WdkDefines) is not known here"), debug::toString);
        CliRun release = CliRun.of("--vcxproj", project.toString(), "--configuration", "Release|x64", source.toString());
        assertEquals(ExitCode.CLEAN, release.exitCode(), release::toString);
    }

    @Test
    void aCompilationDatabaseIsUsedPerFile(@TempDir Path dir) throws IOException {
        Path source = Files.writeString(dir.resolve("close.c"), SOURCE);
        Path database = Files.writeString(dir.resolve("compile_commands.json"),
                "[{\"directory\": \"" + dir + "\", \"file\": \"close.c\", \"command\": \"cc -DTRACE_CLOSE -c close.c\"}]");
        CliRun run = CliRun.of("--compile-commands", database.toString(), source.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run::toString);
    }

    @Test
    void misuseIsAUsageErrorThatNamesTheOption(@TempDir Path dir) throws IOException {
        Path source = Files.writeString(dir.resolve("close.c"), SOURCE);
        Path project = Files.writeString(dir.resolve("close.vcxproj"), PROJECT);
        CliRun alone = CliRun.of("--configuration", "Debug|x64", source.toString());
        assertEquals(ExitCode.BAD_INPUT, alone.exitCode(), alone::toString);
        assertTrue(alone.err().contains("--configuration Debug|x64: names a configuration of no project; add --vcxproj FILE"),
                alone::toString);
        CliRun unknown = CliRun.of("--vcxproj", project.toString(), "--configuration", "Checked|ARM", source.toString());
        assertEquals(ExitCode.BAD_INPUT, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains(project + ":2: no configuration 'Checked|ARM'; the project has Debug|x64, "
                + "Release|x64"), unknown::toString);
        CliRun missing = CliRun.of("--compile-commands", dir.resolve("nope.json").toString(), source.toString());
        assertEquals(ExitCode.BAD_INPUT, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("--compile-commands " + dir.resolve("nope.json") + ": no such file"),
                missing::toString);
    }
}
