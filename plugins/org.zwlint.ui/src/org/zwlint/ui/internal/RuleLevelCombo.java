package org.zwlint.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.zwlint.core.rules.RuleDescription;

/**
 * A rule's row on the property page and the preference page: its id and summary, and a choice of
 * Default, Error, Warning, Info or Off ({@link RuleLevelChoice}).
 */
final class RuleLevelCombo {
    private RuleLevelCombo() {
    }

    /** Adds the label and the combo, in two columns of {@code parent}; the combo carries the rule id as "ruleId". */
    static Combo create(Composite parent, RuleDescription rule, RuleLevelChoice selected) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(rule.id() + "  " + rule.summary());
        Combo level = new Combo(parent, SWT.READ_ONLY);
        level.setItems(RuleLevelChoice.labels());
        level.select(selected.ordinal());
        level.setData("ruleId", rule.id()); // for tests and accessibility tools
        return level;
    }

    static RuleLevelChoice chosen(Combo level) {
        int index = level.getSelectionIndex();
        return index < 0 ? RuleLevelChoice.DEFAULT : RuleLevelChoice.values()[index];
    }
}
