package org.zwlint.ui.internal;

import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.zwlint.core.rules.RuleDescription;

/** A rule's level on the preference page, stored as {@link ZwLintPreferences#ruleLevelKey}: the property page's row. */
final class RuleLevelFieldEditor extends FieldEditor {
    private final RuleDescription rule;
    private @Nullable Combo combo;

    RuleLevelFieldEditor(RuleDescription rule, Composite parent) {
        this.rule = rule;
        init(ZwLintPreferences.ruleLevelKey(rule.id()), rule.id());
        createControl(parent);
    }

    @Override
    protected void adjustForNumColumns(int numColumns) {
        // the label takes the first column and the combo the rest: nothing to widen
    }

    @Override
    protected void doFillIntoGrid(Composite parent, int numColumns) {
        combo = RuleLevelCombo.create(parent, rule, RuleLevelChoice.DEFAULT);
    }

    @Override
    protected void doLoad() {
        // The workspace's own values: a rule nothing was stored for is at its default level, and on.
        select(ZwLintPreferences.levelOf(ZwLintPreferences.node().get(getPreferenceName(), ""),
                ZwLintPreferences.node().getBoolean(ZwLintPreferences.ruleEnabledKey(rule.id()), true)));
    }

    @Override
    protected void doLoadDefault() {
        select(RuleLevelChoice.DEFAULT);
    }

    @Override
    protected void doStore() {
        Combo shown = combo;
        if (shown == null) {
            return;
        }
        // Stored even as "default": a level stored wins over an older workspace's on/off switch.
        getPreferenceStore().setValue(getPreferenceName(), RuleLevelCombo.chosen(shown).name().toLowerCase(Locale.ROOT));
    }

    @Override
    public int getNumberOfControls() {
        return 2;
    }

    private void select(RuleLevelChoice choice) {
        Combo shown = combo;
        if (shown != null) {
            shown.select(choice.ordinal());
        }
    }
}
