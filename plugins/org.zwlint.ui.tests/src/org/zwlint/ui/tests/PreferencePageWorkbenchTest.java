package org.zwlint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

/** Window > Preferences > ZwLint, used with the mouse: untick a rule, press Apply and Close. */
@ExtendWith({NoErrorInWorkbenchLog.class, UiStallWatchdog.class})
class PreferencePageWorkbenchTest {
    private final UiDriver ui = new UiDriver();

    @AfterEach
    void restoreDefaults() {
        InstanceScope.INSTANCE.getNode(ZwLintPlugin.ID).remove(ZwLintPreferences.ruleEnabledKey("PM001"));
    }

    @Test
    void untickingARuleOnThePageSwitchesItOff() {
        assertTrue(ZwLintPreferences.config().isEnabled("PM001"));
        PreferenceDialog dialog = ui.onUi(() -> {
            PreferenceDialog created = PreferencesUtil.createPreferenceDialogOn(
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "org.zwlint.ui.preferences",
                    new String[] {"org.zwlint.ui.preferences"}, null);
            created.setBlockOnOpen(false);
            created.open();
            return created;
        });
        try {
            Button rule = ui.onUi(() -> button(dialog.getShell(), "PM001")).orElseThrow();
            assertTrue(ui.onUi(rule::getSelection), "rules are on by default");
            ui.click(rule);
            ui.waitUntil("the PM001 box to be unticked", () -> !ui.onUi(rule::getSelection));
            Button apply = ui.onUi(() -> button(dialog.getShell(), "Apply and Close")).orElseThrow();
            ui.click(apply);
            ui.waitUntil("the dialog to close", () -> ui.onUi(() -> dialog.getShell() == null
                    || dialog.getShell().isDisposed()));
        } finally {
            ui.onUi(() -> dialog.close());
        }
        assertFalse(ZwLintPreferences.config().isEnabled("PM001"), "the page stored the choice");
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
