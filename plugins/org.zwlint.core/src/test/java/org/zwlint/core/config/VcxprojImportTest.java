package org.zwlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.Severity;
import org.zwlint.core.model.Arch;

/**
 * A KMDF filter's project with four configurations, an in-tree property sheet it imports, the
 * toolset's imports, and macros only Visual Studio knows; a UMDF project on ARM64; broken ones.
 */
class VcxprojImportTest {
    private static Path fixture(String name) {
        try {
            return Path.of(VcxprojImportTest.class.getResource("vcxproj/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Path FILTER = fixture("filter/regfilter.vcxproj");
    private static final Path SHARED = FILTER.getParent().getParent().resolve("shared");

    @Test
    void debugX64TakesTheProjectsAndThePropertySheetsSettingsInMsBuildOrder() throws ProjectFileException {
        ImportedBuild build = VcxprojImport.read(FILTER, Optional.of("Debug|x64"));
        BuildSettings settings = build.forAll().orElseThrow();
        assertEquals(List.of("DBG=1", "REGFLT_TRACE", "REGFLT_POOL_TAG='gRlF'", "COMMON_VERBOSE", "POOL_NX_OPTIN=1",
                "COMPANY_DRIVER", "KMDF_VERSION_MAJOR=1", "KMDF_VERSION_MINOR=15"), settings.defines());
        assertEquals(List.of("UNICODE"), settings.undefines());
        assertEquals(List.of(FILTER.getParent().resolve("inc"), SHARED.resolve("inc"), SHARED.resolve("common")),
                settings.includeDirs());
        assertEquals(Optional.of(Arch.X64), settings.arch());
        assertEquals(Optional.of(DriverKind.KMDF), settings.driverKind());
        assertEquals(Optional.of(ModeOverride.KERNEL), settings.mode());
    }

    @Test
    void whatCannotBeResolvedIsReportedByNameAtItsLine() throws ProjectFileException {
        List<Diagnostic> diagnostics = VcxprojImport.read(FILTER, Optional.of("Debug|x64")).diagnostics();
        List<String> shown = diagnostics.stream().map(d -> d.file().getFileName() + ":" + d.line() + ": "
                + d.severity().label() + ": " + d.message()).toList();
        assertEquals(List.of("regfilter.vcxproj:80: note: the settings of callbacks.c alone are not imported; the "
                + "project's are used for every file",
                "regfilter.vcxproj:63: warning: AdditionalIncludeDirectories entry '$(KMDF_INC_PATH)$(KMDF_VER_PATH)' is "
                        + "left out: $(KMDF_INC_PATH), $(KMDF_VER_PATH) are not known here"), shown,
                "the toolset's imports, the unused $(LatestTargetPlatformVersion) and the absent optional sheet are "
                        + "not problems");
    }

    @Test
    void releaseWin32IsAnX86WdmBuildWithoutTheDebugSettings() throws ProjectFileException {
        BuildSettings settings = VcxprojImport.read(FILTER, Optional.of("release|WIN32")).forAll().orElseThrow();
        assertEquals(List.of("_X86_=1", "i386=1", "REGFLT_POOL_TAG='gRlF'", "POOL_NX_OPTIN=1", "COMPANY_DRIVER"),
                settings.defines());
        assertEquals(List.of(SHARED.resolve("common")), settings.includeDirs());
        assertEquals(Optional.of(Arch.X86), settings.arch());
        assertEquals(Optional.of(DriverKind.WDM), settings.driverKind());
    }

    @Test
    void withoutAConfigurationTheFirstX64OneIsRead() throws ProjectFileException {
        assertTrue(VcxprojImport.read(FILTER, Optional.empty()).forAll().orElseThrow().defines().contains("DBG=1"));
    }

    @Test
    void anUnknownConfigurationNamesTheOnesThereAre() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> VcxprojImport.read(FILTER, Optional.of("Checked|x64")));
        assertEquals(FILTER + ":2: no configuration 'Checked|x64'; the project has Debug|Win32, Release|Win32, "
                + "Debug|x64, Release|x64", e.getMessage());
    }

    @Test
    void umdfIsUserModeAndArm64IsAnalyzedAsX64() throws ProjectFileException {
        Path umdf = fixture("umdf/sensorhub.vcxproj");
        ImportedBuild build = VcxprojImport.read(umdf, Optional.of("Debug|ARM64"));
        BuildSettings settings = build.forAll().orElseThrow();
        assertEquals(Optional.of(DriverKind.UMDF), settings.driverKind());
        assertEquals(Optional.of(ModeOverride.USER), settings.mode());
        assertEquals(Optional.empty(), settings.arch());
        assertEquals(List.of("SENSOR_HUB", "UMDF_VERSION_MAJOR=2", "UMDF_VERSION_MINOR=33"), settings.defines());
        List<String> messages = build.diagnostics().stream().map(d -> d.line() + " " + d.message()).toList();
        assertTrue(messages.contains("24 cannot evaluate the condition \"$(Configuration.StartsWith('Deb'))\"; "
                + "<ItemDefinitionGroup> is ignored"), messages::toString);
        assertTrue(messages.contains("21 PreprocessorDefinitions entry '$(ExtraDefines)' is left out: $(ExtraDefines) "
                + "is not known here"), messages::toString);
        assertTrue(messages.contains("21 PreprocessorDefinitions entry '1BAD' is left out: not a macro definition"),
                messages::toString);
        assertTrue(messages.contains("0 platform ARM64 of Debug|ARM64 is analyzed as x64 (ZwLint models x64 and x86)"),
                messages::toString);
    }

    /** Item definitions outside any condition apply to every configuration, before the chosen one's own. */
    private static final String RING = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
              <ItemGroup Label="ProjectConfigurations">
                <ProjectConfiguration Include="Debug|x64"><Configuration>Debug</Configuration><Platform>x64</Platform></ProjectConfiguration>
                <ProjectConfiguration Include="Release|x64"><Configuration>Release</Configuration><Platform>x64</Platform></ProjectConfiguration>
              </ItemGroup>
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
                  <PreprocessorDefinitions>RING_TRACE;%(PreprocessorDefinitions)</PreprocessorDefinitions>
                  <AdditionalIncludeDirectories>..\\inc;shared\\public;%(AdditionalIncludeDirectories)</AdditionalIncludeDirectories>
                </ClCompile>
              </ItemDefinitionGroup>
            </Project>
            """;

    @Test
    void theUnconditionalItemDefinitionsApplyToEveryConfiguration() throws ProjectFileException {
        Path project = Path.of("/drivers/ring/sys/ring.vcxproj");
        ImportedBuild release = VcxprojImport.parse(RING.getBytes(StandardCharsets.UTF_8), project,
                Optional.of("Release|x64"), file -> Optional.empty());
        BuildSettings settings = release.forAll().orElseThrow();
        assertEquals(List.of("RING_TRACE", "POOL_NX_OPTIN=1"), settings.defines());
        assertEquals(List.of(Path.of("/drivers/ring/inc"), Path.of("/drivers/ring/sys/shared/public")),
                settings.includeDirs(), "backslashes and '..' as Windows reads them, from the project's folder");
        ImportedBuild debug = VcxprojImport.parse(RING.getBytes(StandardCharsets.UTF_8), project,
                Optional.empty(), file -> Optional.empty());
        assertEquals(List.of("DBG=1", "RING_TRACE", "POOL_NX_OPTIN=1"), debug.forAll().orElseThrow().defines(),
                "without a configuration, the first x64 one");
        assertTrue(debug.diagnostics().stream().anyMatch(d -> d.message().contains("$(IntDir)")),
                () -> "an MSBuild property only a build knows is left out and named: " + debug.diagnostics());
    }

    @Test
    void brokenXmlIsAnErrorAtItsLine() {
        byte[] bytes = "<?xml version=\"1.0\"?>\n<Project>\n  <ItemGroup>\n    <ProjectConfiguration Include=\"a|x64\">\n  </ItemGroup>\n</Project>\n"
                .getBytes(StandardCharsets.UTF_8);
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> VcxprojImport.parse(bytes, Path.of("/p/bad.vcxproj"), Optional.empty(), p -> Optional.empty()));
        assertEquals(5, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("/p/bad.vcxproj:5: not well-formed XML: "), e.getMessage());
    }

    @Test
    void aFileThatIsNotAProjectSaysSo() {
        byte[] bytes = "<Solution>\n</Solution>\n".getBytes(StandardCharsets.UTF_8);
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> VcxprojImport.parse(bytes, Path.of("/p/x.vcxproj"), Optional.empty(), p -> Optional.empty()));
        assertEquals("/p/x.vcxproj:1: not an MSBuild project: the root element is <Solution>, not <Project>",
                e.getMessage());
    }

    @Test
    void aProjectWithoutConfigurationsSaysSo() {
        byte[] bytes = "<Project>\n  <PropertyGroup/>\n</Project>\n".getBytes(StandardCharsets.UTF_8);
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> VcxprojImport.parse(bytes, Path.of("/p/x.vcxproj"), Optional.empty(), p -> Optional.empty()));
        assertTrue(e.getMessage().contains("lists no ProjectConfiguration"), e.getMessage());
    }

    @Test
    void entitiesAreNotExpanded() {
        byte[] bytes = ("<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Project><ItemGroup><ProjectConfiguration Include=\"a|x64\"/></ItemGroup>"
                + "<ItemDefinitionGroup><ClCompile><PreprocessorDefinitions>&x;</PreprocessorDefinitions></ClCompile>"
                + "</ItemDefinitionGroup></Project>").getBytes(StandardCharsets.UTF_8);
        try {
            ImportedBuild build = VcxprojImport.parse(bytes, Path.of("/p/x.vcxproj"), Optional.empty(),
                    p -> Optional.empty());
            assertTrue(build.forAll().orElseThrow().defines().stream().noneMatch(d -> d.contains("root")));
        } catch (ProjectFileException e) {
            assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage()); // refused: as good
        }
    }

    @Test
    void anImportCycleIsReportedNotFollowed() throws ProjectFileException, IOException {
        byte[] project = ("<Project><ItemGroup><ProjectConfiguration Include=\"a|x64\"/></ItemGroup>\n"
                + "<Import Project=\"loop.props\"/></Project>").getBytes(StandardCharsets.UTF_8);
        byte[] loop = "<Project>\n<Import Project=\"loop.props\"/>\n</Project>".getBytes(StandardCharsets.UTF_8);
        ImportedBuild build = VcxprojImport.parse(project, Path.of("/p/x.vcxproj"), Optional.empty(),
                p -> p.equals(Path.of("/p/loop.props")) ? Optional.of(loop) : Optional.empty());
        assertEquals(List.of(Severity.WARNING), build.diagnostics().stream().map(Diagnostic::severity).toList());
        assertTrue(build.diagnostics().get(0).message().contains("imports itself again"));
        assertEquals(2, build.diagnostics().get(0).line());
    }
}
