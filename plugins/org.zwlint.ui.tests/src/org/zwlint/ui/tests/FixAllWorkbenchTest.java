package org.zwlint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fixing every Nt* call of a file at once: the fix-all says what it does and how many places it
 * changes, per file and per project; chosen with Ctrl+1 in the editor it rewrites exactly those
 * calls, and one Undo puts the file back.
 */
@ExtendWith({NoErrorInWorkbenchLog.class, UiStallWatchdog.class})
class FixAllWorkbenchTest {
    private static final String REGISTRY = "// Remove the driver's parameters key on uninstall.\n"
            + "NTSTATUS RemoveParameters(HANDLE Key, PUNICODE_STRING Value)\n"
            + "{\n"
            + "    NTSTATUS status = NtDeleteValueKey(Key, Value);\n"
            + "    if (NT_SUCCESS(status)) {\n"
            + "        status = NtDeleteKey(Key);\n"
            + "    }\n"
            + "    NtClose(Key);\n"
            + "    return status;\n"
            + "}\n";
    private static final String OTHER = "NTSTATUS DropEvent(HANDLE Event)\n{\n    return NtClose(Event);\n}\n";
    private static final String FILE_LABEL = "Replace each Nt* call with its Zw* routine in registry.c (3)";

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
    void theFixAllIsLabelledForWhatItDoesAndRewritesTheWholeFileUndoneAtOnce() throws Exception {
        IFile file = driver.add("registry.c", REGISTRY);
        IFile other = driver.add("event.c", OTHER);
        ui.waitForBuilds();
        List<IMarker> markers = DriverProject.markers(file, "PM001");
        assertEquals(3, markers.size(), "three Nt calls");

        List<IMarkerResolution> resolutions = ui.onUi(
                () -> List.of(IDE.getMarkerHelpRegistry().getResolutions(markers.get(0))));
        List<String> labels = resolutions.stream().map(IMarkerResolution::getLabel).toList();
        assertTrue(labels.contains("Replace NtDeleteValueKey with ZwDeleteValueKey"), labels.toString());
        assertTrue(labels.contains(FILE_LABEL), labels.toString());
        assertTrue(labels.contains("Replace each Nt* call with its Zw* routine in project "
                + driver.project().getName() + " (4)"), labels.toString());
        assertTrue(labels.contains("Suppress each PM001 finding with a comment in registry.c (3)"), labels.toString());
        // A fix-all never borrows one marker's text: it names what it does to all of them.
        for (IMarkerResolution resolution : resolutions) {
            if (resolution instanceof WorkbenchMarkerResolution) {
                assertTrue(!resolution.getLabel().contains("NtDeleteValueKey"), resolution.getLabel());
            }
        }
        // In the Problems view the fix-all picks the same markers: those of the file, whatever their call.
        WorkbenchMarkerResolution overFile = ui.onUi(() -> (WorkbenchMarkerResolution) Arrays
                .stream(IDE.getMarkerHelpRegistry().getResolutions(markers.get(0)))
                .filter(r -> r.getLabel().equals(FILE_LABEL)).findFirst().orElseThrow());
        IMarker[] all = java.util.stream.Stream.concat(markers.stream(), DriverProject.markers(other, "PM001").stream())
                .toArray(IMarker[]::new);
        assertEquals(3, overFile.findOtherMarkers(all).length);

        ITextEditor editor = ui.onUi(() -> {
            try {
                return (ITextEditor) IDE.openEditor(page(), file, true);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        int first = REGISTRY.indexOf("NtDeleteValueKey");
        ui.onUi(() -> {
            editor.selectAndReveal(first + 2, 0);
            Widgets.textWidget(editor).setFocus();
        });
        ui.pointAt(ui.onUi(() -> Widgets.textWidget(editor)));
        ui.press(SWT.CTRL, '1');
        ui.waitUntil("the quick fix list with the fix-all",
                () -> ui.onUi(() -> Widgets.visibleTableWithRow(ui.display(), FILE_LABEL)).isPresent());
        Table proposals = ui.onUi(() -> Widgets.visibleTableWithRow(ui.display(), FILE_LABEL)).orElseThrow();
        ui.screenshot("fix-all-proposals");
        ui.onUi(() -> {
            int row = Widgets.rowContaining(proposals, FILE_LABEL);
            proposals.setSelection(row);
            Event choose = new Event();
            choose.item = proposals.getItem(row);
            proposals.notifyListeners(SWT.DefaultSelection, choose); // see QuickFixWorkbenchTest: the popup takes no X input
        });

        String fixed = REGISTRY.replace("NtDeleteValueKey", "ZwDeleteValueKey").replace("NtDeleteKey", "ZwDeleteKey")
                .replace("NtClose", "ZwClose");
        ui.waitUntil("all three calls fixed on disk", () -> fixed.equals(DriverProject.read(file)));
        assertEquals(OTHER, DriverProject.read(other), "the file-wide fix leaves other files alone");
        ui.waitForBuilds();
        assertEquals(List.of(), DriverProject.markers(file, "PM001"));
        assertEquals(1, DriverProject.markers(other, "PM001").size());

        // An Undo that runs past 800 ms opens a progress dialog, and creating it under Xvfb once crashed libpango
        // (a SIGSEGV in CI, in the first walk of a cold workbench): the editor's priming after the build goes first.
        org.eclipse.core.runtime.jobs.Job.getJobManager().join(org.zwlint.ui.internal.LiveAnalysisJob.FAMILY, null);
        ui.onUi(() -> Widgets.textWidget(editor).setFocus());
        ui.pointAt(ui.onUi(() -> Widgets.textWidget(editor)));
        ui.press(SWT.CTRL, 'z');
        IDocument document = ui.onUi(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
        ui.waitUntil("one undo to revert the whole fix", () -> REGISTRY.equals(ui.onUi(() -> document.get())));
        assertTrue(ui.onUi(() -> editor.isDirty()), "undone in the editor, not yet saved");
    }

    @Test
    void theProjectFixAllRewritesFilesNoEditorShowsInTheBackground() throws Exception {
        IFile file = driver.add("registry.c", REGISTRY);
        IFile other = driver.add("event.c", OTHER);
        ui.waitForBuilds();
        List<IMarker> markers = DriverProject.markers(file, "PM001");
        String projectLabel = "Replace each Nt* call with its Zw* routine in project " + driver.project().getName()
                + " (4)";
        // No editor is open: the fix reads, edits and writes both files in a job, not on the UI thread.
        ui.onUi(() -> Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(markers.get(0)))
                .filter(r -> r.getLabel().equals(projectLabel)).findFirst().orElseThrow().run(markers.get(0)));

        String fixed = REGISTRY.replace("NtDeleteValueKey", "ZwDeleteValueKey").replace("NtDeleteKey", "ZwDeleteKey")
                .replace("NtClose", "ZwClose");
        String otherFixed = OTHER.replace("NtClose", "ZwClose");
        ui.waitUntil("both files fixed on disk",
                () -> fixed.equals(DriverProject.read(file)) && otherFixed.equals(DriverProject.read(other)));
        ui.waitForBuilds();
        assertEquals(List.of(), DriverProject.markers(file, "PM001"));
        assertEquals(List.of(), DriverProject.markers(other, "PM001"));
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}
