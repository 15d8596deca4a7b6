package org.zwlint.installtest.probe;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * What a user looks at after the build: the Problems view and the first marked file in its
 * editor, with their icons, decorations and annotations drawn. Drawing them is where the
 * platform's own failures showed (SPI Fly weaving the SVG rasterizer), so the probe draws them
 * before the workbench closes, and keeps a screenshot for a person to look at.
 */
final class UserView {
    private static final long SETTLE_MILLIS = 15_000;

    private UserView() {
    }

    static void show(IWorkbench workbench, IWorkspaceRoot root, String markerType, Path screenshot)
            throws CoreException {
        Optional<IMarker> first = Arrays.stream(root.findMarkers(markerType, true, IResource.DEPTH_INFINITE))
                .findFirst();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
            IWorkbenchPage page = window == null ? null : window.getActivePage();
            if (page == null) {
                throw new IllegalStateException("the workbench has no active page");
            }
            try {
                page.showView(IPageLayout.ID_PROBLEM_VIEW);
                if (first.isPresent()) {
                    IDE.openEditor(page, first.get());
                }
            } catch (PartInitException e) {
                throw new IllegalStateException("cannot open the Problems view or the marked file", e);
            }
        });
        settle(display);
        display.syncExec(() -> save(display, screenshot));
    }

    /** Until the jobs the views started (decorations, marker updates) have run, within a bound. */
    private static void settle(Display display) {
        long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
        do {
            display.syncExec(() -> {
                // runs after the UI runnables queued before it
            });
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (!Job.getJobManager().isIdle() && System.currentTimeMillis() < deadline);
    }

    private static void save(Display display, Path file) {
        GC gc = new GC(display);
        Image image = new Image(display, display.getBounds());
        try {
            gc.copyArea(image, 0, 0);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
