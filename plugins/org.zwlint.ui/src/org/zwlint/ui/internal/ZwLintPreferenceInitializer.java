package org.zwlint.ui.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.zwlint.ui.ZwLintPlugin;

/**
 * Defaults: no extra defines or include directories. A rule without a stored level is at its default
 * level (see {@link ZwLintPreferences#levelOf}), so the defaults need not list the rules: reading the
 * rule catalog here, on the UI thread that opens the preferences, is not needed.
 */
public final class ZwLintPreferenceInitializer extends AbstractPreferenceInitializer {
    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(ZwLintPlugin.ID);
        defaults.put(ZwLintPreferences.DEFINES, "");
        defaults.put(ZwLintPreferences.INCLUDE_DIRS, "");
        defaults.put(ZwLintPreferences.WDK_INCLUDE_DIR, "");
    }
}
