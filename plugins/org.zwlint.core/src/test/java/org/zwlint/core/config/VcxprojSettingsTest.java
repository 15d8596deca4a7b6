package org.zwlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VcxprojSettingsTest {
    private static final String PROJECT = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
              <ItemDefinitionGroup>
                <ClCompile>
                  <PreprocessorDefinitions>POOL_NX_OPTIN=1;%(PreprocessorDefinitions)</PreprocessorDefinitions>
                </ClCompile>
              </ItemDefinitionGroup>
              <ItemDefinitionGroup Condition="'$(Configuration)|$(Platform)'=='Debug|x64'">
                <ClCompile>
                  <PreprocessorDefinitions>DBG=1;RING_TRACE;%(PreprocessorDefinitions)</PreprocessorDefinitions>
                  <AdditionalIncludeDirectories>..\\inc;$(IntDir);%(AdditionalIncludeDirectories)</AdditionalIncludeDirectories>
                </ClCompile>
              </ItemDefinitionGroup>
              <ItemDefinitionGroup Condition="'$(Configuration)|$(Platform)'=='Release|x64'">
                <ClCompile>
                  <PreprocessorDefinitions>RING_TRACE;POOL_NX_OPTIN=1;%(PreprocessorDefinitions)</PreprocessorDefinitions>
                  <AdditionalIncludeDirectories>..\\inc;shared\\public;$(IntDir);%(AdditionalIncludeDirectories)</AdditionalIncludeDirectories>
                </ClCompile>
              </ItemDefinitionGroup>
            </Project>
            """;

    @Test
    void releaseX64AndTheUnconditionalSettingsAreRead(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ring.vcxproj"), PROJECT);
        VcxprojSettings settings = VcxprojSettings.read(file);
        assertEquals("Release|x64", settings.configuration());
        assertEquals(List.of("POOL_NX_OPTIN=1", "RING_TRACE"), settings.defines());
        assertEquals(List.of("../inc", "shared/public"), settings.includeDirs());
        assertEquals(1, settings.leftOut(), "$(IntDir) cannot be resolved without MSBuild");
    }

    @Test
    void withoutReleaseTheFirstX64ConfigurationIsRead(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ring.vcxproj"), PROJECT.replace("Release|x64", "Release|Win32"));
        assertEquals("Debug|x64", VcxprojSettings.read(file).configuration());
        assertEquals(List.of("POOL_NX_OPTIN=1", "DBG=1", "RING_TRACE"), VcxprojSettings.read(file).defines());
    }

    @Test
    void aFileThatIsNotXmlOrHasADoctypeIsRefused(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.vcxproj"), "<Project><ItemDefinitionGroup>");
        assertThrows(IOException.class, () -> VcxprojSettings.read(broken));
        Path doctype = Files.writeString(dir.resolve("entity.vcxproj"),
                "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Project>&x;</Project>");
        assertThrows(IOException.class, () -> VcxprojSettings.read(doctype));
    }
}
