package org.zwlint.ui.tests;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test when the workbench log gained an error entry while it ran, or before it if no
 * test has looked yet (errors of the workbench's start). A stack trace in the log is a bug even
 * when the test's own assertions hold: SPI Fly's weaving errors once passed unnoticed this way.
 */
final class NoErrorInWorkbenchLog implements AfterEachCallback {
    private static final long SETTLE_MILLIS = 10_000;

    /** Entries already checked, shared by every test class of the run: they share one workspace. */
    private static final AtomicInteger CHECKED = new AtomicInteger();

    @Override
    public void afterEach(ExtensionContext context) {
        settle();
        List<WorkbenchLogEntry> entries = WorkbenchLog.entries();
        int from = Math.min(CHECKED.getAndSet(entries.size()), entries.size());
        List<WorkbenchLogEntry> errors = entries.subList(from, entries.size()).stream()
                .filter(WorkbenchLogEntry::isError).toList();
        if (!errors.isEmpty()) {
            throw new AssertionError(errors.size() + " error entr" + (errors.size() == 1 ? "y" : "ies")
                    + " in the workbench log:\n" + errors.stream().map(WorkbenchLogEntry::summary)
                            .collect(Collectors.joining("\n")));
        }
    }

    /**
     * Lets what the test set off finish first (decorations are drawn by UI jobs after the test's
     * last step), so that its errors are charged to it and not to the next test or to nobody.
     */
    private static void settle() {
        long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
        do {
            PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
                // runs after the UI runnables queued before it
            });
            UiDriver.sleep(100);
        } while (!Job.getJobManager().isIdle() && System.currentTimeMillis() < deadline);
    }
}
