package org.zwlint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zwlint.ui.internal.ZwLintView;

/**
 * The walk from the Problems view: the user selects ZwLint's marker there with the keyboard, and
 * the ZwLint view explains it (rule, help, witness step, replay) without any editor open.
 */
@ExtendWith({NoErrorInWorkbenchLog.class, UiStallWatchdog.class})
class ProblemsViewWorkbenchTest {
    private static final String SOURCE = "// Detach the filter from its volume.\n"
            + "NTSTATUS DetachVolume(HANDLE Volume)\n"
            + "{\n"
            + "    return NtClose(Volume);\n"
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
            for (String id : List.of(ZwLintView.ID, IPageLayout.ID_PROBLEM_VIEW)) {
                var view = page.findViewReference(id);
                if (view != null) {
                    page.hideView(view);
                }
            }
        });
        driver.delete();
    }

    @Test
    void selectingTheMarkerInTheProblemsViewExplainsItInTheZwLintView() throws Exception {
        IFile file = driver.add("detach.c", SOURCE);
        ui.waitForBuilds();
        List<IMarker> markers = DriverProject.markers(file, "PM001");
        assertEquals(1, markers.size());
        String message = markers.get(0).getAttribute(IMarker.MESSAGE, "");
        ui.onUi(() -> {
            try {
                page().showView(ZwLintView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
                page().showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_ACTIVATE);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        Label title = (Label) role("title");
        assertFalse(ui.onUi(() -> title.getText()).startsWith("PM001"), "nothing selected yet");

        // The Problems view groups markers by severity; the group row comes first.
        ui.waitUntil("the Problems view to list the marker's group", () -> problemsTree().isPresent());
        Tree tree = problemsTree().orElseThrow();
        ui.onUi(() -> tree.setFocus());
        ui.pointAt(tree);
        ui.press(SWT.NONE, SWT.HOME);
        for (int step = 0; step < 12 && !selectedRowShows(tree, message); step++) {
            if (ui.onUi(() -> tree.getSelectionCount() == 1 && tree.getSelection()[0].getItemCount() > 0
                    && !tree.getSelection()[0].getExpanded())) {
                ui.press(SWT.SHIFT, SWT.ARROW_RIGHT); // opens the group, as '+' does
            } else {
                ui.press(SWT.NONE, SWT.ARROW_DOWN);
            }
        }
        assertTrue(selectedRowShows(tree, message), "the marker's row is selected");

        ui.waitUntil("the ZwLint view to explain the selected marker",
                () -> ui.onUi(() -> title.getText()).startsWith("PM001"));
        assertEquals("PM001 DirectNtCall (warning)", ui.onUi(() -> title.getText()));
        Table steps = (Table) role("steps");
        assertEquals("detach.c:4", ui.onUi(() -> steps.getItem(0).getText(1)));
        String status = ui.onUi(() -> ((Label) role("status")).getText());
        assertTrue(status.contains("STATUS_INVALID_HANDLE"), status);
        assertTrue(ui.onUi(() -> ((Table) role("trace")).getItemCount()) >= 3);
        ui.screenshot("zwlint-view-from-problems");
    }

    private boolean selectedRowShows(Tree tree, String message) {
        return ui.onUi(() -> tree.getSelectionCount() == 1 && tree.getSelection()[0].getText(0).equals(message));
    }

    /** The Problems view's tree, once it shows a row: the only tree with a severity group. */
    private Optional<Tree> problemsTree() {
        return ui.onUi(() -> Widgets.find(page().getWorkbenchWindow().getShell(), c -> c instanceof Tree tree
                && tree.isVisible() && tree.getItemCount() > 0 && isSeverityGroup(tree.getItem(0)))
                .map(Tree.class::cast));
    }

    private static boolean isSeverityGroup(TreeItem item) {
        String text = item.getText(0);
        return text.startsWith("Errors") || text.startsWith("Warnings") || text.startsWith("Infos");
    }

    private Control role(String name) {
        return ui.onUi(() -> Widgets.find(page().getWorkbenchWindow().getShell(),
                c -> name.equals(c.getData(ZwLintView.ROLE))).orElseThrow(() -> new AssertionError("no " + name)));
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}
