package org.zwlint.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.zwlint.core.rules.RuleDescription;

/**
 * The rules on the property page and the preference page: one table, a row per rule (its id and
 * summary, and its level: Default, Error, Warning, Info or Off, {@link RuleLevelChoice}), and under it
 * one choice of level for the rows selected. Two native widgets for all rules instead of a label and a
 * combo each, and a plain virtual table rather than a JFace viewer (whose classes, loaded the first
 * time a page opened, held the UI thread for 81 ms once): a row's texts are made when the table
 * first shows it.
 */
final class RuleLevelTable {
    /** The table's data key naming it, for tests and accessibility tools. */
    static final String DATA_KEY = "zwlint.ruleLevels";
    /** The level choice's data key. */
    static final String LEVEL_KEY = "zwlint.ruleLevel";

    private final Composite control;
    private final Table table;
    private final List<RuleDescription> rules;
    private @Nullable Combo level;
    private final Map<String, RuleLevelChoice> levels = new LinkedHashMap<>();
    private boolean rowsShown;

    RuleLevelTable(Composite parent, List<RuleDescription> rules) {
        this.rules = List.copyOf(rules);
        rules.forEach(rule -> levels.put(rule.id(), RuleLevelChoice.DEFAULT));
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        control.setLayout(layout);
        table = new Table(control, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.VIRTUAL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(DATA_KEY, Boolean.TRUE);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        column("Rule", 420);
        column("Level", 100);
        table.addListener(SWT.SetData, event -> {
            RuleDescription rule = this.rules.get(event.index);
            ((TableItem) event.item).setText(new String[] {rule.id() + "  " + rule.summary(), of(rule).label()});
        });
        table.addListener(SWT.Selection, event -> showSelected());
        // The level choice and the rows each in a later turn of the event loop: every turn is short.
        Display display = table.getDisplay();
        display.asyncExec(() -> {
            if (!control.isDisposed()) {
                createLevelChoice();
                display.asyncExec(() -> {
                    if (!table.isDisposed()) {
                        table.setItemCount(this.rules.size());
                        rowsShown = true;
                    }
                });
            }
        });
    }

    private void column(String text, int width) {
        TableColumn column = new TableColumn(table, SWT.NONE);
        column.setText(text);
        column.setWidth(width);
    }

    private void createLevelChoice() {
        Label label = new Label(control, SWT.NONE);
        label.setText("Level of the selected rules:");
        Combo choice = new Combo(control, SWT.READ_ONLY);
        choice.setItems(RuleLevelChoice.labels());
        choice.setData(LEVEL_KEY, Boolean.TRUE);
        choice.addListener(SWT.Selection, event -> {
            int index = choice.getSelectionIndex();
            if (index >= 0) {
                for (int row : table.getSelectionIndices()) {
                    levels.put(rules.get(row).id(), RuleLevelChoice.values()[index]);
                    table.clear(row); // its texts are made again when it is shown
                }
            }
        });
        level = choice;
        showSelected();
        control.layout(true);
    }

    /** The table with the level choice under it, for the page's layout. */
    Composite control() {
        return control;
    }

    /** Each rule's level, in catalog order. */
    Map<String, RuleLevelChoice> levels() {
        return java.util.Collections.unmodifiableMap(levels);
    }

    void setAll(Map<String, RuleLevelChoice> chosen) {
        levels.replaceAll((id, old) -> chosen.getOrDefault(id, RuleLevelChoice.DEFAULT));
        if (rowsShown) { // else the rows, when they come, show the levels
            table.clearAll();
        }
        showSelected();
    }

    void setEnabled(boolean enabled) {
        table.setEnabled(enabled);
        showSelected();
    }

    /** The choice shows the selected rows' level (none where they differ), and is enabled while rows are selected. */
    private void showSelected() {
        Combo choice = level;
        if (choice == null) {
            return; // not created yet: it shows the selection when it is
        }
        int[] selected = table.getSelectionIndices();
        choice.setEnabled(table.isEnabled() && selected.length > 0);
        java.util.Set<RuleLevelChoice> chosen = new java.util.HashSet<>();
        for (int row : selected) {
            chosen.add(of(rules.get(row)));
        }
        if (chosen.size() == 1) {
            choice.select(chosen.iterator().next().ordinal());
        } else {
            choice.deselectAll();
        }
    }

    private RuleLevelChoice of(RuleDescription rule) {
        return levels.getOrDefault(rule.id(), RuleLevelChoice.DEFAULT);
    }
}
