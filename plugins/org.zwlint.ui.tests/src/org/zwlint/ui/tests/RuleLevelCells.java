package org.zwlint.ui.tests;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * The rules table of the property page and the preference page, driven as a user does: click a
 * rule's row, and choose its level in the choice under the table.
 */
final class RuleLevelCells {
    private static final String TABLE_KEY = "zwlint.ruleLevels";
    private static final String LEVEL_KEY = "zwlint.ruleLevel";

    private final UiDriver ui;
    private final Table table;
    private final Combo level;

    /** The page's table, once the page has filled it in and enabled it. */
    RuleLevelCells(UiDriver ui, Control page) {
        this.ui = ui;
        ui.waitUntil("the rules table", () -> ui.onUi(() -> Widgets.find(page,
                c -> c instanceof Table t && t.getData(TABLE_KEY) != null && t.isEnabled() && t.getItemCount() > 0)
                .isPresent()));
        this.table = ui.onUi(() -> (Table) Widgets.find(page, c -> c instanceof Table t && t.getData(TABLE_KEY) != null)
                .orElseThrow());
        this.level = ui.onUi(() -> (Combo) Widgets.find(page, c -> c instanceof Combo combo
                && combo.getData(LEVEL_KEY) != null).orElseThrow());
    }

    /** The level the rule's row shows. */
    String level(String ruleId) {
        return ui.onUi(() -> row(ruleId).getText(1));
    }

    /** Clicks the rule's row, then chooses {@code label} as its level. */
    void choose(String ruleId, String label) {
        Point cell = ui.onUi(() -> {
            TableItem row = row(ruleId);
            table.showItem(row);
            Rectangle bounds = row.getBounds(0);
            return new Point(bounds.x + Math.min(bounds.width / 2, 40), bounds.y + bounds.height / 2);
        });
        ui.clickAt(table, cell);
        ui.waitUntil("the row selected and its level offered", () -> ui.onUi(() -> table.getSelectionCount() == 1
                && table.getSelection()[0] == row(ruleId) && level.isEnabled()));
        assertEquals(level(ruleId), ui.onUi(level::getText), "the choice shows the row's level");
        // A read-only combo's list is a popup of the toolkit's own: choose as the keyboard does.
        ui.onUi(() -> {
            level.select(Arrays.asList(level.getItems()).indexOf(label));
            level.notifyListeners(SWT.Selection, new Event());
        });
        ui.waitUntil("the row to show " + label, () -> label.equals(level(ruleId)));
    }

    private static void assertEquals(String expected, String actual, String what) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual, what);
    }

    private TableItem row(String ruleId) {
        return table.getItem(Widgets.rowContaining(table, ruleId + "  "));
    }
}
