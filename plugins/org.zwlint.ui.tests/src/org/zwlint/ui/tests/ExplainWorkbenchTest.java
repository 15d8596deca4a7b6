package org.zwlint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zwlint.ui.internal.MarkerWitness;
import org.zwlint.ui.internal.VerdictRecord;
import org.zwlint.ui.internal.WitnessStepRecord;
import org.zwlint.ui.internal.ZwLintHover;
import org.zwlint.ui.internal.ZwLintView;

/**
 * A developer asks why a marker is there: the marker carries the witness, the ZwLint view shows
 * the rule's help, the witness path and the dispatcher's replay for the marker under the caret,
 * a click on a step selects its range, and the hover shows the message, help and fixes.
 */
@ExtendWith({NoErrorInWorkbenchLog.class, UiStallWatchdog.class})
class ExplainWorkbenchTest {
    private static final String SOURCE = "// Tear down the device's log channel.\n"
            + "NTSTATUS StopLogChannel(HANDLE Channel)\n"
            + "{\n"
            + "    NTSTATUS status;\n"
            + "    status = NtClose(Channel);\n"
            + "    return status;\n"
            + "}\n";

    private final UiDriver ui = new UiDriver();
    private final DriverProject driver = new DriverProject();

    @BeforeEach
    void activate() {
        ui.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().forceActive());
    }

    @AfterEach
    void cleanUp() throws Exception {
        ui.onUi(() -> {
            IWorkbenchPage page = page();
            page.closeAllEditors(false);
            var view = page.findViewReference(ZwLintView.ID);
            if (view != null) {
                page.hideView(view);
            }
        });
        driver.delete();
    }

    @Test
    void theMarkerCarriesTheWitnessAndTheViewExplainsItAndJumpsToASteps() throws Exception {
        IFile file = driver.add("channel.c", SOURCE);
        ui.waitForBuilds();
        List<IMarker> markers = DriverProject.markers(file, "PM001");
        assertEquals(1, markers.size(), "one PM001 marker");
        IMarker marker = markers.get(0);
        int callStart = SOURCE.indexOf("NtClose");

        // The witness as attributes: a step at the call, and the dispatcher's verdict with its trace.
        List<WitnessStepRecord> steps = MarkerWitness.steps(marker);
        assertEquals(1, steps.size(), "the call is the witness's one step");
        assertEquals(file.getLocation().toOSString(), steps.get(0).location());
        assertEquals(callStart, steps.get(0).start());
        assertEquals(callStart + "NtClose".length(), steps.get(0).end());
        assertEquals(5, steps.get(0).line());
        assertTrue(steps.get(0).text().contains("PreviousMode"), steps.get(0).text());
        VerdictRecord verdict = MarkerWitness.verdict(marker).orElseThrow();
        assertTrue(verdict.hexStatus().matches("0x[0-9A-F]{8}"), verdict.hexStatus());
        assertEquals("STATUS_INVALID_HANDLE", verdict.statusName());
        assertTrue(verdict.trace().size() >= 3, "a replay has several steps: " + verdict.trace());
        assertTrue(verdict.trace().stream().anyMatch(line -> line.contains("PreviousMode")), verdict.trace().toString());
        assertEquals("NtClose", marker.getAttribute(MarkerWitness.ANALYZED_TEXT, ""));

        ITextEditor editor = ui.onUi(() -> open(file));
        ui.onUi(() -> {
            try {
                page().showView(ZwLintView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        StyledText text = ui.onUi(() -> Widgets.textWidget(editor));
        // The user moves the caret into the call with the keyboard: the view follows it to the marker.
        ui.onUi(() -> text.setFocus());
        ui.pointAt(text);
        ui.press(SWT.CTRL, SWT.HOME);
        for (int i = 0; i < 4; i++) {
            ui.press(SWT.NONE, SWT.ARROW_DOWN);
        }
        int column = callStart - SOURCE.lastIndexOf('\n', callStart) - 1;
        for (int i = 0; i < column + 3; i++) {
            ui.press(SWT.NONE, SWT.ARROW_RIGHT);
        }
        ui.waitUntil("the caret in the call", () -> ui.onUi(() -> caret(editor)).getOffset() == callStart + 3);
        Label title = (Label) role("title");
        ui.waitUntil("the view to show PM001", () -> ui.onUi(() -> title.getText()).startsWith("PM001"));
        assertEquals("PM001 DirectNtCall (warning)", ui.onUi(() -> title.getText()));
        String help = ui.onUi(() -> ((Text) role("help")).getText());
        assertTrue(help.contains("Bad:") && help.contains("Good:") && help.contains("ZwClose(handle)"), help);
        Table stepTable = (Table) role("steps");
        assertEquals(1, ui.onUi(() -> stepTable.getItemCount()));
        assertEquals("channel.c:5", ui.onUi(() -> stepTable.getItem(0).getText(1)));
        String status = ui.onUi(() -> ((Label) role("status")).getText());
        assertTrue(status.contains(verdict.hexStatus()) && status.contains("STATUS_INVALID_HANDLE"), status);
        Table trace = (Table) role("trace");
        assertEquals(verdict.trace().size(), (int) ui.onUi(() -> trace.getItemCount()), "one row per trace line");
        // The picture a person looks at (target/screenshots): the whole screen, the view given room.
        ui.onUi(() -> page().getWorkbenchWindow().getShell().setBounds(ui.display().getClientArea()));
        UiDriver.sleep(500);
        ui.screenshot("zwlint-view");

        // Elsewhere in the file: no marker there, the view keeps explaining; then choosing the step jumps back.
        for (int i = 0; i < 4; i++) {
            ui.press(SWT.NONE, SWT.ARROW_UP);
        }
        ui.waitUntil("the caret to move away", () -> ui.onUi(() -> caret(editor)).getOffset() < callStart);
        UiDriver.sleep(1000); // longer than the post-selection delay: the view has seen the new caret
        assertEquals("PM001 DirectNtCall (warning)", ui.onUi(() -> title.getText()));
        // The editor's selections, as they happen.
        List<ITextSelection> selections = new java.util.concurrent.CopyOnWriteArrayList<>();
        ui.onUi(() -> editor.getSelectionProvider().addSelectionChangedListener(
                event -> selections.add((ITextSelection) event.getSelection())));
        ui.onUi(() -> stepTable.setFocus());
        ui.pointAt(stepTable);
        ui.press(SWT.NONE, SWT.ARROW_DOWN);
        ui.waitUntil("the editor to select the step's range", () -> selections.stream()
                .anyMatch(s -> s.getOffset() == callStart && s.getLength() == "NtClose".length()));
        assertEquals("PM001 DirectNtCall (warning)", ui.onUi(() -> title.getText()));
        // The step is shown, and the focus stays in the view: the next step is a key away.
        assertEquals(ZwLintView.ID, ui.onUi(() -> page().getActivePart().getSite().getId()),
                "choosing a step leaves the view active");
        // Return (or a double click) goes to the editor, where the step's range stays selected. The
        // default selection is sent as the table sends it: GTK has no key for the character '\r' to
        // post, and SWT's table takes only Return, not the keypad's Enter, as the default selection.
        ui.onUi(() -> {
            org.eclipse.swt.widgets.Event chosen = new org.eclipse.swt.widgets.Event();
            chosen.item = stepTable.getItem(0);
            stepTable.notifyListeners(SWT.DefaultSelection, chosen);
        });
        ui.waitUntil("the default selection to activate the editor", () -> ui.onUi(() -> page().getActivePart() == editor));
        ITextSelection atStep = ui.onUi(() -> caret(editor));
        assertEquals(callStart, atStep.getOffset());
        assertEquals("NtClose".length(), atStep.getLength());
        assertFalse(ui.onUi(() -> editor.isDirty()), "choosing the step typed nothing");
    }

    @Test
    void theHoverOverAMarkerShowsTheMessageTheHelpAndTheFixes() throws Exception {
        IFile file = driver.add("hover.c", SOURCE);
        ui.waitForBuilds();
        IMarker marker = DriverProject.markers(file, "PM001").get(0);
        String expected = ui.onUi(() -> ZwLintHover.text(marker));
        assertTrue(expected.startsWith(marker.getAttribute(IMarker.MESSAGE, "")), expected);
        assertTrue(expected.contains("DirectNtCall: Direct call to an Nt* system service"), expected);
        assertTrue(expected.contains("Replace NtClose with ZwClose"), expected);

        ITextEditor editor = ui.onUi(() -> open(file));
        StyledText text = ui.onUi(() -> Widgets.textWidget(editor));
        ui.onUi(() -> text.setFocus());
        // The editor shows hovers only in the active shell, and X has no active window without a
        // window manager: .ci/run runs the tests under openbox; a bare xvfb-run skips this walk.
        assumeTrue(ui.onUi(() -> ui.display().getActiveShell() != null), "no window manager: no active shell");
        int callStart = SOURCE.indexOf("NtClose");
        Point over = ui.onUi(() -> {
            Point at = text.getLocationAtOffset(callStart + 2);
            return new Point(at.x + 2, at.y + text.getLineHeight() / 2);
        });
        // The pointer comes to rest on the call; if no hover shows (the mouse-hover timer is armed
        // by motion the X server may merge), it leaves and comes back, as a user would.
        for (int attempt = 0; attempt < 5 && !ui.onUi(() -> hoverShowing("DirectNtCall: Direct call")); attempt++) {
            ui.pointAt(text);
            UiDriver.sleep(300);
            ui.moveTo(text, over);
            long until = System.currentTimeMillis() + 3_000;
            while (System.currentTimeMillis() < until && !ui.onUi(() -> hoverShowing("DirectNtCall: Direct call"))) {
                UiDriver.sleep(50);
            }
        }
        ui.waitUntil("the hover with the rule's help", () -> ui.onUi(() -> hoverShowing("DirectNtCall: Direct call")));
        ui.screenshot("zwlint-hover");
    }

    private boolean hoverShowing(String expected) {
        for (Shell shell : ui.display().getShells()) {
            if (shell.isVisible() && Widgets.find(shell, c -> c instanceof StyledText s && s.getText().contains(expected)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private Control role(String name) {
        return ui.onUi(() -> Widgets.find(page().getWorkbenchWindow().getShell(),
                c -> name.equals(c.getData(ZwLintView.ROLE))).orElseThrow(() -> new AssertionError("no " + name)));
    }

    private static ITextSelection caret(ITextEditor editor) {
        return (ITextSelection) editor.getSelectionProvider().getSelection();
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static ITextEditor open(IFile file) {
        try {
            return (ITextEditor) IDE.openEditor(page(), file, true);
        } catch (PartInitException e) {
            throw new AssertionError(e);
        }
    }
}
