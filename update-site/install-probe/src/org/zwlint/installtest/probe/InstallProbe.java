package org.zwlint.installtest.probe;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Once the workbench is up: imports the projects found in the workspace folder (as File > Import >
 * Existing Projects does), lets the workspace build them, writes the ZwLint markers to the file
 * the install test named, shows them as a user would see them (with a screenshot beside the
 * report), and closes the workbench. Idle unless that file is named, so an
 * installation that carries the probe by mistake behaves as without it.
 */
public final class InstallProbe implements IStartup {
    /** System property with the path of the marker report; set by the install test only. */
    static final String REPORT_PROPERTY = "zwlint.installtest.report";

    @Override
    public void earlyStartup() {
        String report = System.getProperty(REPORT_PROPERTY);
        if (report == null || report.isBlank()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        try {
            IWorkspace workspace = ResourcesPlugin.getWorkspace();
            NullProgressMonitor monitor = new NullProgressMonitor();
            ExistingProjects.importAll(workspace, monitor);
            // The build a user gets: the auto-build the import set off. The explicit build after it
            // only makes sure nothing is pending when the markers are read.
            Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, monitor);
            workspace.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, monitor);
            Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, monitor);
            Path reportFile = Path.of(report);
            MarkerReport.write(workspace.getRoot(), reportFile);
            UserView.show(workbench, workspace.getRoot(), MarkerReport.ZWLINT_MARKER,
                    reportFile.resolveSibling("installed-workbench.png"));
        } catch (CoreException | IOException e) {
            // Logged as an error, which the install test fails on.
            ILog.of(InstallProbe.class).error("install probe: import, build or report failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ILog.of(InstallProbe.class).error("install probe: interrupted while waiting for the build", e);
        } finally {
            workbench.getDisplay().asyncExec(workbench::close);
        }
    }
}
