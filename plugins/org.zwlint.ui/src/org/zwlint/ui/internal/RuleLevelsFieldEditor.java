package org.zwlint.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.zwlint.core.rules.RuleDescription;

/**
 * The rules' levels on the preference page, one {@link RuleLevelTable} for all of them, each stored
 * as {@link ZwLintPreferences#ruleLevelKey}: the property page's table.
 */
final class RuleLevelsFieldEditor extends FieldEditor {
    private final List<RuleDescription> rules;
    private @Nullable RuleLevelTable table;

    RuleLevelsFieldEditor(List<RuleDescription> rules, Composite parent) {
        this.rules = List.copyOf(rules);
        // The editor stands for many keys; its own name is the first rule's, which store() keeps as the others.
        init(ZwLintPreferences.ruleLevelKey(rules.isEmpty() ? "" : rules.get(0).id()), "Rules");
        createControl(parent);
    }

    @Override
    protected void adjustForNumColumns(int numColumns) {
        RuleLevelTable shown = table;
        if (shown != null) {
            ((GridData) shown.control().getLayoutData()).horizontalSpan = numColumns;
        }
    }

    @Override
    protected void doFillIntoGrid(Composite parent, int numColumns) {
        RuleLevelTable created = new RuleLevelTable(parent, rules);
        created.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, numColumns, 1));
        table = created;
    }

    @Override
    protected void doLoad() {
        // The workspace's own values: a rule nothing was stored for is at its default level, and on.
        Map<String, RuleLevelChoice> stored = new LinkedHashMap<>();
        for (RuleDescription rule : rules) {
            stored.put(rule.id(), ZwLintPreferences.levelOf(
                    ZwLintPreferences.node().get(ZwLintPreferences.ruleLevelKey(rule.id()), ""),
                    ZwLintPreferences.node().getBoolean(ZwLintPreferences.ruleEnabledKey(rule.id()), true)));
        }
        shown().setAll(stored);
    }

    @Override
    protected void doLoadDefault() {
        shown().setAll(Map.of());
    }

    /** Every rule's level, also after Restore Defaults (where a field editor would reset its one key only). */
    @Override
    public void store() {
        if (getPreferenceStore() != null) {
            doStore();
        }
    }

    @Override
    protected void doStore() {
        RuleLevelTable shown = table;
        if (shown == null) {
            return;
        }
        // Stored even as "default": a level stored wins over an older workspace's on/off switch.
        shown.levels().forEach((id, choice) -> getPreferenceStore().setValue(ZwLintPreferences.ruleLevelKey(id),
                choice.name().toLowerCase(Locale.ROOT)));
    }

    @Override
    public int getNumberOfControls() {
        return 1;
    }

    private RuleLevelTable shown() {
        RuleLevelTable shown = table;
        if (shown == null) {
            throw new IllegalStateException("the rules table is not created");
        }
        return shown;
    }
}
