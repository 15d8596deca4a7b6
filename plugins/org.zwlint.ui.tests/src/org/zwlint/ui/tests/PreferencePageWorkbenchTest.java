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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zwlint.ui.ZwLintPlugin;
import org.zwlint.ui.internal.ZwLintPreferences;

/** Window > Preferences > ZwLint: a rule switched off, or set to a level that the markers then have. */
@ExtendWith({NoErrorInWorkbenchLog.class, UiStallWatchdog.class})
class PreferencePageWorkbenchTest {
    private final UiDriver ui = new UiDriver();

    private final DriverProject driver = new DriverProject();

    @AfterEach
    void restoreDefaults() throws Exception {
        InstanceScope.INSTANCE.getNode(ZwLintPlugin.ID).remove(ZwLintPreferences.ruleEnabledKey("PM001"));
        InstanceScope.INSTANCE.getNode(ZwLintPlugin.ID).remove(ZwLintPreferences.ruleLevelKey("PM001"));
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

    /** Opens Window > Preferences > ZwLint, chooses {@code label} for the rule, presses Apply and Close. */
    private void choose(String ruleId, String label) {
        PreferenceDialog dialog = ui.onUi(() -> {
            PreferenceDialog created = PreferencesUtil.createPreferenceDialogOn(
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "org.zwlint.ui.preferences",
                    new String[] {"org.zwlint.ui.preferences"}, null);
            created.setBlockOnOpen(false);
            created.open();
            return created;
        });
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
