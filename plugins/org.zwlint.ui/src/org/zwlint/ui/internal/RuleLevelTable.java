package org.zwlint.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.zwlint.core.rules.RuleDescription;

/**
 * The rules on the property page and the preference page: one table, a row per rule (its id and
 * summary, and its level: Default, Error, Warning, Info or Off, {@link RuleLevelChoice}), and under it
 * one choice of level for the rows selected. Two native widgets for all rules instead of a label and a
 * combo each: the pages open without the UI thread creating and styling dozens of widgets.
 */
final class RuleLevelTable {
    /** The table's data key naming it, for tests and accessibility tools. */
    static final String DATA_KEY = "zwlint.ruleLevels";
    /** The level choice's data key. */
    static final String LEVEL_KEY = "zwlint.ruleLevel";

    private final Composite control;
    private final TableViewer viewer;
    private @Nullable Combo level;
    private final Map<String, RuleLevelChoice> levels = new LinkedHashMap<>();

    RuleLevelTable(Composite parent, List<RuleDescription> rules) {
        rules.forEach(rule -> levels.put(rule.id(), RuleLevelChoice.DEFAULT));
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        control.setLayout(layout);
        viewer = new TableViewer(control, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(DATA_KEY, Boolean.TRUE);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        viewer.setContentProvider(ArrayContentProvider.getInstance());

        TableViewerColumn rule = new TableViewerColumn(viewer, SWT.NONE);
        rule.getColumn().setText("Rule");
        rule.getColumn().setWidth(420);
        rule.setLabelProvider(ColumnLabelProvider.createTextProvider(
                element -> ((RuleDescription) element).id() + "  " + ((RuleDescription) element).summary()));
        TableViewerColumn shown = new TableViewerColumn(viewer, SWT.NONE);
        shown.getColumn().setText("Level");
        shown.getColumn().setWidth(100);
        shown.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> of(element).label()));

        viewer.addSelectionChangedListener(event -> showSelected());
        // The level choice and the rows each in a later turn of the event loop: every turn is short.
        Display display = table.getDisplay();
        display.asyncExec(() -> {
            if (!control.isDisposed()) {
                createLevelChoice();
                display.asyncExec(() -> {
                    if (!table.isDisposed()) {
                        viewer.setInput(rules);
                    }
                });
            }
        });
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
                for (Object selected : viewer.getStructuredSelection()) {
                    levels.put(((RuleDescription) selected).id(), RuleLevelChoice.values()[index]);
                    viewer.update(selected, null);
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

    Table table() {
        return viewer.getTable();
    }

    /** Each rule's level, in catalog order. */
    Map<String, RuleLevelChoice> levels() {
        return java.util.Collections.unmodifiableMap(levels);
    }

    void setAll(Map<String, RuleLevelChoice> chosen) {
        levels.replaceAll((id, old) -> chosen.getOrDefault(id, RuleLevelChoice.DEFAULT));
        if (viewer.getInput() != null) { // else the rows, when they come, show the levels
            viewer.refresh();
        }
        showSelected();
    }

    void setEnabled(boolean enabled) {
        viewer.getTable().setEnabled(enabled);
        showSelected();
    }

    /** The choice shows the selected rows' level (none where they differ), and is enabled while rows are selected. */
    private void showSelected() {
        Combo choice = level;
        if (choice == null) {
            return; // not created yet: it shows the selection when it is
        }
        IStructuredSelection selection = viewer.getStructuredSelection();
        choice.setEnabled(viewer.getTable().isEnabled() && !selection.isEmpty());
        java.util.Set<RuleLevelChoice> chosen = new java.util.HashSet<>();
        selection.forEach(element -> chosen.add(of(element)));
        if (chosen.size() == 1) {
            choice.select(chosen.iterator().next().ordinal());
        } else {
            choice.deselectAll();
        }
    }

    private RuleLevelChoice of(Object element) {
        return levels.getOrDefault(((RuleDescription) element).id(), RuleLevelChoice.DEFAULT);
    }
}
