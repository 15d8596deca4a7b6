package org.zwlint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Suppressing a finding: Ctrl+1, "Suppress PM001 on this line", the IDE asks why, the developer
 * types the reason, and the comment with that reason goes above the line; the marker is gone.
 */
@ExtendWith({NoErrorInWorkbenchLog.class, UiStallWatchdog.class})
class SuppressWorkbenchTest {
    private static final String SOURCE = "NTSTATUS DropSection(HANDLE Section)\n"
            + "{\n"
            + "    return NtClose(Section);\n"
            + "}\n";
    private static final String SUPPRESS = "Suppress PM001 on this line";

    private final UiDriver ui = new UiDriver();
    private final DriverProject driver = new DriverProject();

    @AfterEach
    void cleanUp() throws Exception {
        ui.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
        driver.delete();
    }

    @Test
    void theSuppressionFixAsksForTheReasonAndWritesIt() throws Exception {
        IFile file = driver.add("section.c", SOURCE);
        ui.waitForBuilds();
        assertEquals(1, DriverProject.markers(file, "PM001").size());
        ITextEditor editor = ui.onUi(() -> {
            try {
                return (ITextEditor) IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
                        file, true);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        ui.onUi(() -> {
            editor.selectAndReveal(SOURCE.indexOf("NtClose") + 2, 0);
            Widgets.textWidget(editor).setFocus();
        });
        ui.pointAt(ui.onUi(() -> Widgets.textWidget(editor)));
        ui.press(SWT.CTRL, '1');
        ui.waitUntil("the quick fix list", () -> ui.onUi(() -> Widgets.visibleTableWithRow(ui.display(), SUPPRESS)).isPresent());
        Table proposals = ui.onUi(() -> Widgets.visibleTableWithRow(ui.display(), SUPPRESS)).orElseThrow();
        // Chosen as in QuickFixWorkbenchTest, but later on the UI thread: the fix opens a shell that asks why.
        ui.display().asyncExec(() -> {
            int row = Widgets.rowContaining(proposals, SUPPRESS);
            proposals.setSelection(row);
            Event choose = new Event();
            choose.item = proposals.getItem(row);
            proposals.notifyListeners(SWT.DefaultSelection, choose);
        });
        ui.waitUntil("the dialog asking for the reason", () -> ui.onUi(this::reasonField).isPresent());
        Text reason = ui.onUi(this::reasonField).orElseThrow();
        ui.onUi(() -> reason.setFocus());
        ui.pointAt(reason);
        for (char c : "owner closes it".toCharArray()) {
            ui.press(SWT.NONE, c);
        }
        ui.waitUntil("the typed reason", () -> "owner closes it".equals(ui.onUi(() -> reason.getText())));
        ui.screenshot("suppression-reason");
        ui.press(SWT.NONE, SWT.CR);

        String expected = SOURCE.replace("    return NtClose",
                "    // zwlint-disable-next-line PM001: owner closes it\n    return NtClose");
        ui.waitUntil("the comment in the file", () -> expected.equals(DriverProject.read(file)));
        ui.waitForBuilds();
        assertEquals(List.of(), DriverProject.markers(file, "PM001"), "suppressed");
    }

    private Optional<Text> reasonField() {
        for (Shell shell : ui.display().getShells()) {
            if (shell.isVisible() && "Suppress PM001".equals(shell.getText())) {
                Optional<Control> text = Widgets.find(shell, c -> c instanceof Text t && t.getEditable());
                return text.map(Text.class::cast);
            }
        }
        return Optional.empty();
    }
}
