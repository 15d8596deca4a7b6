package org.zwlint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zwlint.ui.ZwLintPlugin;
import org.zwlint.ui.internal.ZwLintPreferences;

/**
 * Window > Preferences > ZwLint: a rule switched off, or set to a level that the markers then have;
 * include directories typed one per line.
 */
@ExtendWith({NoErrorInWorkbenchLog.class, UiStallWatchdog.class})
class PreferencePageWorkbenchTest {
    private final UiDriver ui = new UiDriver();

    private final DriverProject driver = new DriverProject();

    @AfterEach
    void restoreDefaults() throws Exception {
        InstanceScope.INSTANCE.getNode(ZwLintPlugin.ID).remove(ZwLintPreferences.ruleEnabledKey("PM001"));
        InstanceScope.INSTANCE.getNode(ZwLintPlugin.ID).remove(ZwLintPreferences.ruleLevelKey("PM001"));
        InstanceScope.INSTANCE.getNode(ZwLintPlugin.ID).remove(ZwLintPreferences.INCLUDE_DIRS);
        driver.delete();
    }

    @Test
    void aRuleSwitchedOffOnThePageIsOff() {
        assertTrue(ZwLintPreferences.config().isEnabled("PM001"));
        choose("PM001", "Off");
        assertFalse(ZwLintPreferences.config().isEnabled("PM001"), "the page stored the choice");
    }

    @Test
    void aRuleLevelChosenOnThePageChangesTheMarkersSeverityAfterTheRebuild() throws Exception {
        IFile source = driver.add("close.c", "NTSTATUS CloseChannel(HANDLE Channel)\n{\n    return NtClose(Channel);\n}\n");
        ui.waitForBuilds();
        List<IMarker> before = DriverProject.markers(source, "PM001");
        assertEquals(1, before.size());
        assertEquals(IMarker.SEVERITY_WARNING, before.get(0).getAttribute(IMarker.SEVERITY, -1), "the rule's default");
        choose("PM001", "Error");
        ui.waitForBuilds();
        List<IMarker> after = DriverProject.markers(source, "PM001");
        assertEquals(1, after.size());
        assertEquals(IMarker.SEVERITY_ERROR, after.get(0).getAttribute(IMarker.SEVERITY, -1),
                "the workspace's projects were analyzed again with the level");
        choose("PM001", "Info");
        ui.waitForBuilds();
        assertEquals(IMarker.SEVERITY_INFO, DriverProject.markers(source, "PM001").get(0).getAttribute(IMarker.SEVERITY, -1),
                "Info is the .zwlint's note");
    }

    @Test
    void includeDirectoriesAreTypedOnePerLine() {
        // Stored as JFace's path editor stored them: the path separator between them.
        InstanceScope.INSTANCE.getNode(ZwLintPlugin.ID).put(ZwLintPreferences.INCLUDE_DIRS,
                "inc" + java.io.File.pathSeparator + "shared/inc");
        PreferenceDialog dialog = openPage();
        try {
            ui.waitUntil("the include directories box", () -> includeDirs(dialog).isPresent());
            Text box = includeDirs(dialog).orElseThrow();
            String shown = ui.onUi(() -> box.getText());
            assertEquals("inc\nshared/inc", shown, "one directory per line");
            ui.onUi(() -> box.setText("inc\n  \nshared/inc\nwdk/km \n"));
            ui.click(ui.onUi(() -> button(dialog.getShell(), "Apply and Close")).orElseThrow());
            ui.waitUntil("the dialog to close", () -> ui.onUi(() -> dialog.getShell() == null
                    || dialog.getShell().isDisposed()));
        } finally {
            ui.onUi(() -> dialog.close());
        }
        assertEquals(List.of(java.nio.file.Path.of("inc"), java.nio.file.Path.of("shared/inc"),
                java.nio.file.Path.of("wdk/km")), ZwLintPreferences.config().includeDirs());
    }

    /** The multi-line text box after the include directories' label. */
    private Optional<Text> includeDirs(PreferenceDialog dialog) {
        return ui.onUi(() -> {
            List<Control> pending = new ArrayList<>(List.of(dialog.getShell()));
            while (!pending.isEmpty()) {
                Control control = pending.remove(0);
                if (control instanceof Text text && (text.getStyle() & SWT.MULTI) != 0
                        && text.getParent().getChildren()[0] instanceof Label label
                        && label.getText().startsWith("Include directories")) {
                    return Optional.of(text);
                }
                if (control instanceof Composite composite) {
                    pending.addAll(List.of(composite.getChildren()));
                }
            }
            return Optional.empty();
        });
    }

    private PreferenceDialog openPage() {
        return ui.onUi(() -> {
            PreferenceDialog created = PreferencesUtil.createPreferenceDialogOn(
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "org.zwlint.ui.preferences",
                    new String[] {"org.zwlint.ui.preferences"}, null);
            created.setBlockOnOpen(false);
            created.open();
            return created;
        });
    }

    /** Opens Window > Preferences > ZwLint, chooses {@code label} for the rule, presses Apply and Close. */
    private void choose(String ruleId, String label) {
        PreferenceDialog dialog = openPage();
        try {
            new RuleLevelCells(ui, dialog.getShell()).choose(ruleId, label);
            ui.screenshot("zwlint-preference-page");
            Button apply = ui.onUi(() -> button(dialog.getShell(), "Apply and Close")).orElseThrow();
            ui.click(apply);
            ui.waitUntil("the dialog to close", () -> ui.onUi(() -> dialog.getShell() == null
                    || dialog.getShell().isDisposed()));
        } finally {
            ui.onUi(() -> dialog.close());
        }
    }

    private static Optional<Button> button(Control root, String textStart) {
        List<Control> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            Control control = pending.remove(0);
            if (control instanceof Button button && button.getText().replace("&", "").startsWith(textStart)) {
                return Optional.of(button);
            }
            if (control instanceof Composite composite) {
                pending.addAll(List.of(composite.getChildren()));
            }
        }
        return Optional.empty();
    }
}
