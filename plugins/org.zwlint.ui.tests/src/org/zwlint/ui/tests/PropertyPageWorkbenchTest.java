package org.zwlint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zwlint.ui.internal.ZwLintPropertyPage;

/**
 * Project &gt; Properties &gt; ZwLint writes the project's {@code .zwlint}, keeping its comments,
 * and the project is analyzed again with it; a {@code .zwlint} edited by hand rebuilds too, and
 * one that cannot be used is marked at its bad line.
 */
@ExtendWith({NoErrorInWorkbenchLog.class, UiStallWatchdog.class})
class PropertyPageWorkbenchTest {
    private static final String PROJECT_FILE_PROBLEM = "org.zwlint.ui.projectFileProblem";

    private final UiDriver ui = new UiDriver();
    private final DriverProject driver = new DriverProject();

    @AfterEach
    void cleanUp() throws Exception {
        driver.delete();
    }

    @Test
    void aRuleLevelChosenOnThePageGoesIntoTheProjectFileAndTheMarkers() throws Exception {
        IFile source = driver.add("close.c", "NTSTATUS CloseChannel(HANDLE Channel)\n{\n    return NtClose(Channel);\n}\n");
        IFile settings = driver.add(".zwlint", "# Team settings: reviewed with the driver's build files.\n"
                + "define = POOL_NX_OPTIN=1\n"
                + "\n"
                + "# PM001 stays on: the channel code must use Zw* routines.\n");
        ui.waitForBuilds();
        List<IMarker> before = DriverProject.markers(source, "PM001");
        assertEquals(1, before.size());
        assertEquals(IMarker.SEVERITY_WARNING, before.get(0).getAttribute(IMarker.SEVERITY, -1), "the rule's default");

        PreferenceDialog dialog = openPage();
        try {
            Button use = settingsSwitch(dialog);
            assertTrue(ui.onUi(use::getSelection), "the project has a .zwlint: its settings are in use");
            RuleLevelCells rules = new RuleLevelCells(ui, dialog.getShell());
            assertEquals("Default", rules.level("PM001"));
            rules.choose("PM001", "Error");
            ui.screenshot("zwlint-property-page");
            ui.click(ui.onUi(() -> button(dialog.getShell(), "Apply and Close")).orElseThrow());
            ui.waitUntil("the dialog to close", () -> ui.onUi(() -> dialog.getShell() == null
                    || dialog.getShell().isDisposed()));
        } finally {
            ui.onUi(() -> dialog.close());
        }

        String expected = "# Team settings: reviewed with the driver's build files.\n"
                + "define = POOL_NX_OPTIN=1\n"
                + "\n"
                + "# PM001 stays on: the channel code must use Zw* routines.\n"
                + "rule[PM001] = error\n";
        // The page writes the file in a job, after the dialog closed.
        ui.waitUntil("the .zwlint written", () -> expected.equals(DriverProject.read(settings)));
        assertEquals(expected, DriverProject.read(settings), "comments and other keys kept");
        ui.waitForBuilds();
        List<IMarker> after = DriverProject.markers(source, "PM001");
        assertEquals(1, after.size());
        assertEquals(IMarker.SEVERITY_ERROR, after.get(0).getAttribute(IMarker.SEVERITY, -1),
                "the project was analyzed again with its new .zwlint");
    }

    @Test
    void aProjectFileEditedByHandRebuildsAndABadLineIsMarked() throws Exception {
        IFile source = driver.add("close.c", "NTSTATUS CloseChannel(HANDLE Channel)\n{\n    return NtClose(Channel);\n}\n");
        IFile settings = driver.add(".zwlint", "# no project settings yet\n");
        ui.waitForBuilds();
        assertEquals(1, DriverProject.markers(source, "PM001").size());

        write(settings, "# PM001 is reviewed elsewhere\nrule[PM001] = off\n");
        ui.waitForBuilds();
        assertEquals(List.of(), DriverProject.markers(source, "PM001"), "the edit rebuilt the project");
        assertEquals(0, settings.findMarkers(PROJECT_FILE_PROBLEM, false, IResource.DEPTH_ZERO).length);

        write(settings, "# PM001 is reviewed elsewhere\nrule[PM001] = off\nrule[PM002] = loud\n");
        ui.waitForBuilds();
        IMarker[] problems = settings.findMarkers(PROJECT_FILE_PROBLEM, false, IResource.DEPTH_ZERO);
        assertEquals(1, problems.length);
        assertEquals(3, problems[0].getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals(IMarker.SEVERITY_ERROR, problems[0].getAttribute(IMarker.SEVERITY, -1));
        assertTrue(problems[0].getAttribute(IMarker.MESSAGE, "").contains("'loud' is not valid"),
                problems[0].getAttribute(IMarker.MESSAGE, ""));

        write(settings, "# PM001 is reviewed elsewhere\nrule[PM001] = on\n");
        ui.waitForBuilds();
        assertEquals(0, settings.findMarkers(PROJECT_FILE_PROBLEM, false, IResource.DEPTH_ZERO).length,
                "fixed: the marker went");
        assertEquals(1, DriverProject.markers(source, "PM001").size());
    }

    @Test
    void definesAndIncludeDirectoriesComeFromTheVisualStudioProject() throws Exception {
        driver.add("ring.vcxproj", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<Project xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">\n"
                + "  <ItemGroup Label=\"ProjectConfigurations\">\n"
                + "    <ProjectConfiguration Include=\"Release|x64\"/>\n"
                + "  </ItemGroup>\n"
                + "  <ItemDefinitionGroup Condition=\"'$(Configuration)|$(Platform)'=='Release|x64'\">\n"
                + "    <ClCompile>\n"
                + "      <PreprocessorDefinitions>RING_TRACE;POOL_NX_OPTIN=1;%(PreprocessorDefinitions)</PreprocessorDefinitions>\n"
                + "      <AdditionalIncludeDirectories>inc;$(IntDir)</AdditionalIncludeDirectories>\n"
                + "    </ClCompile>\n"
                + "  </ItemDefinitionGroup>\n"
                + "</Project>\n");
        ui.waitForBuilds();
        assertFalse(driver.project().getFile(".zwlint").exists());
        PreferenceDialog dialog = openPage();
        try {
            Button use = settingsSwitch(dialog);
            assertFalse(ui.onUi(use::getSelection), "no .zwlint yet: the workspace settings apply");
            String importLabel = "Import defines and include directories from ring.vcxproj";
            ui.waitUntil("the import button", () -> ui.onUi(() -> button(dialog.getShell(), importLabel)
                    .filter(Button::isVisible).isPresent()));
            ui.click(ui.onUi(() -> button(dialog.getShell(), importLabel)).orElseThrow());
            ui.waitUntil("the import to tick the box", () -> ui.onUi(use::getSelection));
            ui.click(ui.onUi(() -> button(dialog.getShell(), "Apply and Close")).orElseThrow());
            ui.waitUntil("the dialog to close", () -> ui.onUi(() -> dialog.getShell() == null
                    || dialog.getShell().isDisposed()));
        } finally {
            ui.onUi(() -> dialog.close());
        }
        ui.waitUntil("the .zwlint written", () -> driver.project().getFile(".zwlint").exists());
        ui.waitForBuilds();
        String written = DriverProject.read(driver.project().getFile(".zwlint"));
        assertTrue(written.startsWith("# ZwLint project file."), "a new file starts as zwlint init's: " + written);
        // Read as the CLI reads a .vcxproj (VcxprojImport): the include directory relative to the project again.
        assertTrue(written.contains("\ndefine = RING_TRACE\ndefine = POOL_NX_OPTIN=1\n"), written);
        assertTrue(written.contains("\ninclude-dir = inc\n"), written);
        assertTrue(written.contains("\narch = x64\n"), "the platform of the configuration read: " + written);
    }

    @Test
    void thePageShowsTheConfigurationFingerprintCiPrints() throws Exception {
        driver.add("close.c", "NTSTATUS CloseChannel(HANDLE Channel)\n{\n    return NtClose(Channel);\n}\n");
        IFile settings = driver.add(".zwlint", "define = POOL_NX_OPTIN=1\nrule[PM001] = error\n");
        ui.waitForBuilds();
        String first = shownFingerprint();
        assertEquals(cliFingerprint(), first, "the digits zwlint check prints for the project's folder");
        write(settings, "define = POOL_NX_OPTIN=1\nrule[PM001] = note\n");
        ui.waitForBuilds();
        String second = shownFingerprint();
        assertFalse(first.equals(second), "other settings, other digits");
        assertEquals(cliFingerprint(), second);
    }

    /** The eight hex digits the property page shows, once its job has worked them out. */
    private String shownFingerprint() {
        PreferenceDialog dialog = openPage();
        try {
            ui.waitUntil("the fingerprint", () -> ui.onUi(() -> Widgets.find(dialog.getShell(),
                    c -> c.getData("fingerprint") != null).isPresent()));
            String text = ui.onUi(() -> (String) Widgets.find(dialog.getShell(), c -> c.getData("fingerprint") != null)
                    .orElseThrow().getData("fingerprint"));
            java.util.regex.Matcher digits = java.util.regex.Pattern.compile("fingerprint: ([0-9a-f]{8}) ").matcher(text);
            assertTrue(digits.find(), text);
            return digits.group(1);
        } finally {
            ui.onUi(() -> dialog.close());
        }
    }

    private String cliFingerprint() throws Exception {
        return org.zwlint.core.ProjectRun.run(new org.zwlint.core.Analyzer(),
                List.of(driver.project().getLocation().toPath()), org.zwlint.core.config.ConfigOverrides.none(), 1)
                .configurationFingerprint();
    }

    /** The page's "Use this project's settings file" box, once the page created it (in a turn of its own). */
    private Button settingsSwitch(PreferenceDialog dialog) {
        ui.waitUntil("the settings switch", () -> ui.onUi(() -> button(dialog.getShell(), "Use this project's settings")
                .isPresent()));
        return ui.onUi(() -> button(dialog.getShell(), "Use this project's settings")).orElseThrow();
    }

    private PreferenceDialog openPage() {
        return ui.onUi(() -> {
            PreferenceDialog created = PreferencesUtil.createPropertyDialogOn(
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), driver.project(),
                    ZwLintPropertyPage.ID, new String[] {ZwLintPropertyPage.ID}, null);
            created.setBlockOnOpen(false);
            created.open();
            return created;
        });
    }

    private static void write(IFile file, String text) throws Exception {
        file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
    }

    private static java.util.Optional<Button> button(Control root, String textStart) {
        return Widgets.find(root, c -> c instanceof Button b && b.getText().replace("&", "").startsWith(textStart))
                .map(Button.class::cast);
    }
}
