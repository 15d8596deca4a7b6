package org.zwlint.ui.tests;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Measures how long the UI thread stays busy while a test class drives the workbench: a daemon
 * thread asks the UI thread every 20 ms to run an empty runnable and records the longest wait.
 * While a wait passes 50 ms it samples the UI thread's stack every 10 ms, so that a stall is
 * told apart by whose code the UI thread was running: ZwLint's ({@code org.zwlint.ui}, tests
 * aside) or the workbench's own. It prints both figures after the class (the benchmark in the
 * build log); it asserts nothing.
 */
final class UiStallWatchdog implements BeforeAllCallback, AfterAllCallback {
    private static final long SAMPLE_AFTER_MILLIS = 50;
    private static final AtomicLong LONGEST_OVERALL = new AtomicLong();
    private static final AtomicLong LONGEST_ZWLINT_OVERALL = new AtomicLong();

    private final AtomicLong longest = new AtomicLong();
    private final AtomicLong longestZwLint = new AtomicLong();
    /** Stalls where the UI thread waited for a scheduling rule (a resource change while a job held it). */
    private final AtomicLong longestRuleWait = new AtomicLong();
    private final AtomicReference<String> ruleWaitJobs = new AtomicReference<>("");
    private final AtomicReference<String> zwLintFrame = new AtomicReference<>("");
    private final AtomicReference<String> longestFrame = new AtomicReference<>("");
    private volatile boolean running;

    @Override
    public void beforeAll(ExtensionContext context) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        Thread uiThread = display.getThread();
        running = true;
        Thread watcher = new Thread(() -> {
            while (running && !display.isDisposed()) {
                probe(display, uiThread);
                UiDriver.sleep(20);
            }
        }, "UI stall watchdog");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void probe(Display display, Thread uiThread) {
        long start = System.nanoTime();
        CountDownLatch ran = new CountDownLatch(1);
        try {
            display.asyncExec(ran::countDown);
        } catch (org.eclipse.swt.SWTException disposed) {
            return;
        }
        String ours = "";
        String deepestOther = "";
        String ruleHolders = "";
        try {
            while (!ran.await(10, TimeUnit.MILLISECONDS)) {
                if (!running || display.isDisposed()) {
                    return;
                }
                if ((System.nanoTime() - start) / 1_000_000 >= SAMPLE_AFTER_MILLIS) {
                    StackTraceElement[] stack = uiThread.getStackTrace();
                    String frame = zwLintFrame(stack);
                    if (ruleHolders.isEmpty() && waitsForRule(stack)) {
                        ruleHolders = runningJobs();
                    }
                    if (!frame.isEmpty()) {
                        ours = frame;
                    } else if (deepestOther.isEmpty() && stack.length > 0) {
                        deepestOther = stack[Math.min(stack.length - 1, 8)].toString();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > longest.get()) {
            longestFrame.set(ours.isEmpty() ? deepestOther : ours);
        }
        longest.accumulateAndGet(millis, Math::max);
        LONGEST_OVERALL.accumulateAndGet(millis, Math::max);
        if (!ruleHolders.isEmpty()) {
            if (millis > longestRuleWait.get()) {
                ruleWaitJobs.set(ruleHolders);
            }
            longestRuleWait.accumulateAndGet(millis, Math::max);
        }
        if (!ours.isEmpty()) {
            if (millis > longestZwLint.get()) {
                zwLintFrame.set(ours);
            }
            longestZwLint.accumulateAndGet(millis, Math::max);
            LONGEST_ZWLINT_OVERALL.accumulateAndGet(millis, Math::max);
        }
    }

    /** The first frame of ZwLint's plugin code on the stack (its tests' driving code is not ZwLint). */
    private static String zwLintFrame(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            if (type.startsWith("org.zwlint.") && !type.startsWith("org.zwlint.ui.tests.")) {
                return frame.toString();
            }
        }
        return "";
    }

    /** Whether the UI thread is blocked on the job manager's rules (a workspace operation waiting its turn). */
    private static boolean waitsForRule(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("org.eclipse.core.internal.jobs.ThreadJob")
                    || frame.getClassName().startsWith("org.eclipse.core.internal.jobs.ImplicitJobs")) {
                return true;
            }
        }
        return false;
    }

    private static String runningJobs() {
        StringBuilder names = new StringBuilder();
        for (org.eclipse.core.runtime.jobs.Job job : org.eclipse.core.runtime.jobs.Job.getJobManager().find(null)) {
            if (job.getState() == org.eclipse.core.runtime.jobs.Job.RUNNING) {
                names.append(names.isEmpty() ? "" : ", ").append(job.getName());
            }
        }
        return names.isEmpty() ? "(no job running)" : names.toString();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        running = false;
        System.out.println("UI-thread watchdog in " + context.getDisplayName() + ": longest stall " + longest.get()
                + " ms" + (longestFrame.get().isEmpty() ? "" : " (UI thread in " + longestFrame.get() + ")")
                + "; longest with ZwLint code on the UI thread " + longestZwLint.get() + " ms"
                + (zwLintFrame.get().isEmpty() ? "" : " (in " + zwLintFrame.get() + ")")
                + "; longest waiting for a scheduling rule " + longestRuleWait.get() + " ms"
                + (ruleWaitJobs.get().isEmpty() ? "" : " (running: " + ruleWaitJobs.get() + ")")
                + "; longest of the run so far: " + LONGEST_OVERALL.get() + " ms, ZwLint's "
                + LONGEST_ZWLINT_OVERALL.get() + " ms");
    }
}
