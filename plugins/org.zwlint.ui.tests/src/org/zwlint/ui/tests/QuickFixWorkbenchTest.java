package org.zwlint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zwlint.ui.ZwLintPlugin;
import org.zwlint.ui.internal.MarkerFixes;
import org.zwlint.ui.internal.ProjectNatures;
import org.zwlint.ui.internal.ZwLintPreferences;

/**
 * A driver developer's session: enable ZwLint on a project, add a driver file, see the PM001
 * marker, press Ctrl+1 in the editor, pick the fix with Enter, and check the bytes on disk.
 */
@ExtendWith({NoErrorInWorkbenchLog.class, UiStallWatchdog.class})
class QuickFixWorkbenchTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String DRIVER_SOURCE = "// Close the log file opened at DriverEntry.\r\n"
            + "NTSTATUS CloseLog(HANDLE LogHandle)\r\n"
            + "{\r\n"
            + "    return NtClose(LogHandle);\r\n"
            + "}\r\n";

    private final UiDriver ui = new UiDriver();
    private final IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("driver" + System.nanoTime());

    @BeforeEach
    void createProjectWithNature() throws CoreException {
        ui.onUi(() -> {
            Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
            shell.forceActive();
        });
        project.create(null);
        project.open(null);
        ProjectNatures.enable(project, new NullProgressMonitor());
        assertTrue(project.hasNature(ZwLintPlugin.NATURE_ID));
        assertTrue(Arrays.stream(project.getDescription().getBuildSpec())
                .anyMatch(c -> ZwLintPlugin.BUILDER_ID.equals(c.getBuilderName())), "builder installed by the nature");
    }

    @AfterEach
    void deleteProject() throws CoreException {
        ui.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
        InstanceScope.INSTANCE.getNode(ZwLintPlugin.ID).remove(ZwLintPreferences.ruleEnabledKey("PM001"));
        project.delete(true, true, null);
    }

    @Test
    void ctrl1AppliesTheNtToZwFixByteForByteAndUndoRevertsIt() throws Exception {
        IFile file = project.getFile("log.c");
        byte[] original = concat(BOM, DRIVER_SOURCE.getBytes(StandardCharsets.UTF_8));
        file.create(new ByteArrayInputStream(original), true, null);
        ui.waitForBuilds();

        IMarker marker = single(pm001Markers(file));
        assertEquals(4, marker.getAttribute(IMarker.LINE_NUMBER, -1));
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        assertEquals(DRIVER_SOURCE.indexOf("NtClose"), start, "marker starts at the call, in document offsets");
        assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));

        ITextEditor editor = openInEditor(file);
        ui.onUi(() -> {
            editor.selectAndReveal(start + 2, 0);
            textWidget(editor).setFocus();
        });
        ui.pointAt(ui.onUi(() -> textWidget(editor)));
        long parsedBefore = MarkerFixes.parsed();
        ui.press(SWT.CTRL, '1');
        ui.waitUntil("the quick fix proposal list",
                () -> ui.onUi(() -> findProposalTable("Replace NtClose with ZwClose")).isPresent());
        Table proposals = ui.onUi(() -> findProposalTable("Replace NtClose with ZwClose")).orElseThrow();
        assertEquals(parsedBefore, MarkerFixes.parsed(), "Ctrl+1 read the fixes the build decoded, parsed nothing");
        ui.screenshot("quickfix-popup");
        // Under Xvfb without a window manager the open proposal popup receives no further X input
        // (posted keys and clicks are lost), so the choice is made with the SWT event a double-click
        // produces; the popup applies the proposal through the same listener either way.
        ui.onUi(() -> {
            org.eclipse.swt.widgets.Event choose = new org.eclipse.swt.widgets.Event();
            choose.item = proposals.getItem(proposals.getSelectionIndex());
            proposals.notifyListeners(SWT.DefaultSelection, choose);
        });

        byte[] expected = concat(BOM, DRIVER_SOURCE.replace("NtClose", "ZwClose").getBytes(StandardCharsets.UTF_8));
        ui.waitUntil("the fixed file on disk", () -> Arrays.equals(expected, read(file)));
        assertArrayEquals(expected, read(file), "only the two letters changed; BOM and CRLF kept");

        ui.waitForBuilds();
        assertEquals(List.of(), pm001Markers(file), "marker gone after the fix");

        ui.onUi(() -> textWidget(editor).setFocus());
        ui.pointAt(ui.onUi(() -> textWidget(editor)));
        ui.press(SWT.CTRL, 'z');
        IDocument document = ui.onUi(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
        ui.waitUntil("undo in the editor", () -> ui.onUi(() -> document.get()).contains("NtClose"));
        assertEquals(DRIVER_SOURCE, ui.onUi(() -> document.get()));
        assertTrue(ui.onUi(() -> proposals.isDisposed() || !proposals.isVisible()), "proposal list closed");
    }

    @Test
    void disablingTheRuleInPreferencesRemovesItsMarkers() throws Exception {
        IFile file = project.getFile("close.c");
        file.create(new ByteArrayInputStream(DRIVER_SOURCE.getBytes(StandardCharsets.UTF_8)), true, null);
        ui.waitForBuilds();
        assertEquals(1, pm001Markers(file).size());

        InstanceScope.INSTANCE.getNode(ZwLintPlugin.ID).putBoolean(ZwLintPreferences.ruleEnabledKey("PM001"), false);
        project.build(org.eclipse.core.resources.IncrementalProjectBuilder.FULL_BUILD, null);
        assertEquals(List.of(), pm001Markers(file));
    }

    @Test
    void aFindingInAnIncludedHeaderIsOneMarkerOnTheHeader() throws Exception {
        IFile header = project.getFile("section_util.h");
        header.create(new ByteArrayInputStream(("static __inline NTSTATUS ReleaseSection(HANDLE Section)\n"
                + "{\n"
                + "    return NtClose(Section);\n"
                + "}\n").getBytes(StandardCharsets.UTF_8)), true, null);
        List<IFile> units = List.of(project.getFile("reader.c"), project.getFile("writer.c"));
        for (IFile unit : units) {
            unit.create(new ByteArrayInputStream(("#include \"section_util.h\"\n"
                    + "NTSTATUS Stop(HANDLE Section) { return ReleaseSection(Section); }\n")
                    .getBytes(StandardCharsets.UTF_8)), true, null);
        }
        ui.waitForBuilds();
        project.build(org.eclipse.core.resources.IncrementalProjectBuilder.FULL_BUILD, null);
        List<IMarker> onHeader = pm001Markers(header);
        assertEquals(1, onHeader.size(), "one marker at the header, not one per including file");
        assertEquals(3, onHeader.get(0).getAttribute(IMarker.LINE_NUMBER, -1));
        for (IFile unit : units) {
            assertEquals(List.of(), pm001Markers(unit), unit.getName());
        }
    }

    private ITextEditor openInEditor(IFile file) {
        return ui.onUi(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            try {
                IEditorPart part = IDE.openEditor(page, file, true);
                assertEquals("org.eclipse.ui.genericeditor.GenericEditor", part.getSite().getId(),
                        ".c files open in the generic editor, which offers marker quick fixes");
                return (ITextEditor) part;
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static StyledText textWidget(ITextEditor editor) {
        Control control = editor.getAdapter(Control.class);
        if (control instanceof StyledText text) {
            return text;
        }
        throw new AssertionError("editor has no StyledText: " + control);
    }

    /** The quick assist popup: a shell with a table listing our fix, or null while it is not open. */
    private Optional<Table> findProposalTable(String label) {
        for (Shell shell : ui.display().getShells()) {
            Optional<Table> table = findTable(shell, label);
            if (table.isPresent() && shell.isVisible()) {
                return table;
            }
        }
        return Optional.empty();
    }

    private static Optional<Table> findTable(Control control, String label) {
        if (control instanceof Table table) {
            for (TableItem item : table.getItems()) {
                if (item.getText().contains(label)) {
                    return Optional.of(table);
                }
            }
        }
        List<Control> children = new java.util.ArrayList<>();
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            children.addAll(Arrays.asList(composite.getChildren()));
        }
        if (control instanceof Shell shell) {
            children.addAll(Arrays.asList(shell.getShells()));
        }
        for (Control child : children) {
            Optional<Table> found = findTable(child, label);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static List<IMarker> pm001Markers(IFile file) throws CoreException {
        return Arrays.stream(file.findMarkers(ZwLintPlugin.MARKER_TYPE, false, IResource.DEPTH_ZERO))
                .filter(m -> "PM001".equals(m.getAttribute("ruleId", ""))).toList();
    }

    private static IMarker single(List<IMarker> markers) {
        assertEquals(1, markers.size(), "exactly one PM001 marker: " + markers);
        return markers.get(0);
    }

    private static byte[] read(IFile file) {
        try (InputStream in = file.getContents(true)) {
            return in.readAllBytes();
        } catch (IOException | CoreException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
