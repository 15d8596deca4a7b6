package org.zwlint.ui.internal;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.zwlint.ui.ZwLintPlugin;

/**
 * Removes the markers a fix dealt with, in a job: deleting a marker is a workspace operation, and on
 * the UI thread it waits for a running build to let go of the workspace. Until the job runs, the
 * markers' text no longer matches what was analyzed, so they offer no fix; the next build replaces
 * them anyway.
 */
final class FixedMarkers {
    private FixedMarkers() {
    }

    static void removeLater(List<IMarker> markers) {
        if (markers.isEmpty()) {
            return;
        }
        IMarker[] fixed = markers.toArray(IMarker[]::new);
        Job job = Job.create("ZwLint: removing the markers of applied fixes", monitor -> {
            try {
                ResourcesPlugin.getWorkspace().deleteMarkers(fixed); // those already gone are skipped
                return Status.OK_STATUS;
            } catch (CoreException e) {
                return new Status(IStatus.WARNING, ZwLintPlugin.ID, "fixed markers not removed", e);
            }
        });
        job.setSystem(true);
        job.schedule();
    }
}
