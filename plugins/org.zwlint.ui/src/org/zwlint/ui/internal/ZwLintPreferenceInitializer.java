package org.zwlint.ui.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.zwlint.core.rules.RuleDescription;
import org.zwlint.ui.ZwLintPlugin;

/** Defaults: every rule on, no extra defines or include directories. */
public final class ZwLintPreferenceInitializer extends AbstractPreferenceInitializer {
    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(ZwLintPlugin.ID);
        defaults.put(ZwLintPreferences.DEFINES, "");
        defaults.put(ZwLintPreferences.INCLUDE_DIRS, "");
        defaults.put(ZwLintPreferences.WDK_INCLUDE_DIR, "");
        for (RuleDescription rule : ZwLintPlugin.getDefault().catalog().all()) {
            defaults.putBoolean(ZwLintPreferences.ruleEnabledKey(rule.id()), true);
        }
    }
}
