package org.zwlint.ui.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.texteditor.ITextEditor;

/** Finds the widgets a user sees, by what they show. Call on the UI thread. */
final class Widgets {
    private Widgets() {
    }

    static StyledText textWidget(ITextEditor editor) {
        Control control = editor.getAdapter(Control.class);
        if (control instanceof StyledText text) {
            return text;
        }
        throw new AssertionError("editor has no StyledText: " + control);
    }

    /** A table in a visible shell with a row whose text contains {@code label} (the quick fix popup). */
    static Optional<Table> visibleTableWithRow(Display display, String label) {
        for (Shell shell : display.getShells()) {
            if (shell.isVisible()) {
                Optional<Control> found = find(shell, c -> c instanceof Table table
                        && Arrays.stream(table.getItems()).anyMatch(item -> item.getText().contains(label)));
                if (found.isPresent()) {
                    return Optional.of((Table) found.get());
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Control> find(Control control, Predicate<Control> matches) {
        if (matches.test(control)) {
            return Optional.of(control);
        }
        List<Control> children = new ArrayList<>();
        if (control instanceof Composite composite) {
            children.addAll(Arrays.asList(composite.getChildren()));
        }
        if (control instanceof Shell shell) {
            children.addAll(Arrays.asList(shell.getShells()));
        }
        for (Control child : children) {
            Optional<Control> found = find(child, matches);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    static int rowContaining(Table table, String text) {
        TableItem[] items = table.getItems();
        for (int i = 0; i < items.length; i++) {
            if (items[i].getText().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no row with " + text);
    }
}
