package org.zwlint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zwlint.ui.internal.ZwLintHover;

/**
 * Typing in the editor: the new finding shows as an annotation after a pause, before saving, and
 * the markers stay what the saved file says; a marker whose text was edited offers no fix; saving
 * brings the markers up to date.
 */
@ExtendWith({NoErrorInWorkbenchLog.class, UiStallWatchdog.class})
class LiveAnalysisWorkbenchTest {
    private static final String SOURCE = "NTSTATUS FlushAndClose(HANDLE Key)\n"
            + "{\n"
            + "    NTSTATUS status = STATUS_SUCCESS;\n"
            + "//  status = NtFlushKey(Key);\n"
            + "    NtClose(Key);\n"
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
        ui.onUi(() -> page().closeAllEditors(false));
        driver.delete();
    }

    @Test
    void typingShowsFindingsBeforeSaveAndSavingUpdatesTheMarkers() throws Exception {
        IFile file = driver.add("flush.c", SOURCE);
        ui.waitForBuilds();
        List<IMarker> before = DriverProject.markers(file, "PM001");
        assertEquals(1, before.size(), "NtClose only");
        IMarker closeMarker = before.get(0);
        ITextEditor editor = ui.onUi(() -> {
            try {
                return (ITextEditor) IDE.openEditor(page(), file, true);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });

        // The user uncomments the flush with the Delete key (letters would open word completion).
        int comment = SOURCE.indexOf("//  status");
        int flush = SOURCE.indexOf("NtFlushKey") - 2;
        ui.onUi(() -> {
            editor.selectAndReveal(comment, 2); // the "//"
            Widgets.textWidget(editor).setFocus();
        });
        ui.pointAt(ui.onUi(() -> Widgets.textWidget(editor)));
        ui.press(SWT.NONE, SWT.DEL);
        ui.waitUntil("the uncommented call", () -> ui.onUi(() -> document(editor)).contains("\n  status = NtFlushKey"));
        ui.waitUntil("a live annotation on NtFlushKey", () -> live(editor).stream().anyMatch(
                a -> a.offset() == flush && a.text().startsWith("PM001") && a.text().contains("NtFlushKey")));
        assertTrue(ui.onUi(() -> editor.isDirty()), "not saved");
        assertEquals(1, DriverProject.markers(file, "PM001").size(), "markers describe the saved file until a save");
        assertTrue(live(editor).stream().anyMatch(a -> a.text().contains("NtClose")), "the old finding is live too");
        UiDriver.sleep(500); // the editor paints the new annotations on its next redraw
        ui.screenshot("live-annotations");

        // Editing the NtClose marker's own text makes it stale: it offers no fix any more.
        int close = SOURCE.indexOf("NtClose"); // in the saved text; two characters earlier in the editor now
        assertTrue(ui.onUi(() -> IDE.getMarkerHelpRegistry().hasResolutions(closeMarker)), "a fix before the edit");
        ui.onUi(() -> editor.selectAndReveal(close - 2 + "NtC".length(), 0));
        ui.press(SWT.NONE, SWT.BS);
        ui.waitUntil("NtClose edited to Ntlose", () -> ui.onUi(() -> document(editor)).contains("Ntlose"));
        assertFalse(ui.onUi(() -> IDE.getMarkerHelpRegistry().hasResolutions(closeMarker)), "no fix on edited text");
        assertTrue(ui.onUi(() -> ZwLintHover.text(closeMarker)).contains("changed since the analysis"));
        ui.waitUntil("the live finding on NtClose to go", () -> live(editor).stream()
                .noneMatch(a -> a.text().contains("NtClose")));

        ui.press(SWT.CTRL, 's');
        ui.waitUntil("the save", () -> !ui.onUi(() -> editor.isDirty()));
        ui.waitForBuilds();
        List<IMarker> after = DriverProject.markers(file, "PM001");
        assertEquals(1, after.size(), "NtFlushKey now; Ntlose is no system service");
        assertEquals(flush, after.get(0).getAttribute(IMarker.CHAR_START, -1));
        ui.waitUntil("the live annotations to give way to the markers", () -> live(editor).isEmpty());
    }

    private record Live(int offset, String text) {
    }

    private List<Live> live(ITextEditor editor) {
        return ui.onUi(() -> {
            IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
            List<Live> found = new ArrayList<>();
            for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
                Annotation annotation = it.next();
                if (!(annotation instanceof MarkerAnnotation) && annotation.getType().startsWith("org.zwlint.ui.")) {
                    Position position = model.getPosition(annotation);
                    found.add(new Live(position == null ? -1 : position.getOffset(), String.valueOf(annotation.getText())));
                }
            }
            return found;
        });
    }

    private static String document(ITextEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}
