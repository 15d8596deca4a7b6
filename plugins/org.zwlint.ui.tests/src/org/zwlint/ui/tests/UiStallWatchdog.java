package org.zwlint.ui.tests;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Measures how long the UI thread stays busy while a test class drives the workbench: a daemon
 * thread asks the UI thread every 20 ms to run an empty runnable and records the longest wait.
 * It prints the figure after the class (for the benchmark in the build log); it asserts nothing,
 * since the workbench's own work counts too.
 */
final class UiStallWatchdog implements BeforeAllCallback, AfterAllCallback {
    private static final AtomicLong LONGEST_OVERALL = new AtomicLong();

    private final AtomicLong longest = new AtomicLong();
    private volatile boolean running;

    @Override
    public void beforeAll(ExtensionContext context) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        running = true;
        Thread watcher = new Thread(() -> {
            while (running && !display.isDisposed()) {
                long start = System.nanoTime();
                display.syncExec(() -> {
                    // nothing: how soon this runs is the measurement
                });
                long millis = (System.nanoTime() - start) / 1_000_000;
                longest.accumulateAndGet(millis, Math::max);
                LONGEST_OVERALL.accumulateAndGet(millis, Math::max);
                UiDriver.sleep(20);
            }
        }, "UI stall watchdog");
        watcher.setDaemon(true);
        watcher.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        running = false;
        System.out.println("UI-thread watchdog: longest stall " + longest.get() + " ms in "
                + context.getDisplayName() + " (longest of the run so far: " + LONGEST_OVERALL.get() + " ms)");
    }
}
