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
 * While a wait passes 10 ms it samples the UI thread's stack every 10 ms, so that a stall is told
 * apart by whose code the UI thread was running (each sample counts for the time since the one
 * before, the first for the time since the wait began): ZwLint's ({@code org.zwlint.*}, tests
 * aside) or another's, named by its innermost frame outside the JDK and SWT, and whether it waited
 * for a scheduling rule. For ZwLint's share it also names the innermost such frames (ZwLint's own,
 * or a listener ZwLint's call set off), how much CPU time the UI thread had in it (the rest it
 * waited: for a core on a busy machine, for the X server) and how long the collector stopped every
 * thread during that wait. It also prints ZwLint's share as
 * this watchdog counted it before, sampling only from 50 ms on, where the first sample stood for
 * the whole first 50 ms, so the figures compare with earlier runs. It prints the figures after the
 * class (the benchmark in the build log); it asserts nothing.
 */
final class UiStallWatchdog implements BeforeAllCallback, AfterAllCallback {
    private static final long SAMPLE_AFTER_MILLIS = 10;
    /** Where this watchdog began to sample before: its first sample then stood for all the wait until it. */
    private static final long EARLIER_SAMPLE_AFTER_MILLIS = 50;
    private static final long SAMPLE_EVERY_MILLIS = 10;
    private static final AtomicLong LONGEST_OVERALL = new AtomicLong();
    private static final AtomicLong LONGEST_ZWLINT_OVERALL = new AtomicLong();

    private final AtomicLong longest = new AtomicLong();
    private final AtomicLong longestZwLint = new AtomicLong();
    /** The UI thread's CPU time within ZwLint's longest share, and the collector's pauses during its wait. */
    private final AtomicLong longestZwLintCpu = new AtomicLong();
    private final AtomicLong longestZwLintGc = new AtomicLong();
    /** ZwLint's longest share as counted from 50 ms on (the first sample standing for the first 50 ms). */
    private final AtomicLong longestZwLintEarlierCount = new AtomicLong();
    /** Stalls where the UI thread waited for a scheduling rule (a resource change while a job held it). */
    private final AtomicLong longestRuleWait = new AtomicLong();
    private final AtomicReference<String> ruleWaitJobs = new AtomicReference<>("");
    private final AtomicReference<String> zwLintFrame = new AtomicReference<>("");
    /** Where the UI thread was, inside ZwLint's longest share, the three likeliest: ZwLint's own code or what it called. */
    private final AtomicReference<String> zwLintInnermost = new AtomicReference<>("");
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
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getThreadCpuTime(uiThread.threadId());
        long gcStart = collectorPauseMillis();
        // Each sample stands for the time since the one before (the first for the wait until it).
        java.util.Map<String, Long> nanosByCode = new java.util.HashMap<>();
        java.util.Map<String, Long> zwLintNanosByInnermost = new java.util.HashMap<>();
        long zwLintNanos = 0;
        long zwLintCpuNanos = 0;
        long zwLintEarlierCountNanos = 0;
        long lastEarlierCount = -1;
        String ours = "";
        String ruleHolders = "";
        long last = start;
        long lastCpu = cpuStart;
        try {
            while (!ran.await(SAMPLE_EVERY_MILLIS, TimeUnit.MILLISECONDS)) {
                if (!running || display.isDisposed()) {
                    return;
                }
                if ((System.nanoTime() - start) / 1_000_000 >= SAMPLE_AFTER_MILLIS) {
                    StackTraceElement[] stack = uiThread.getStackTrace();
                    long now = System.nanoTime();
                    long cpu = threads.getThreadCpuTime(uiThread.threadId());
                    String frame = zwLintFrame(stack);
                    if (ruleHolders.isEmpty() && waitsForRule(stack)) {
                        ruleHolders = runningJobs();
                    }
                    boolean earlierCounted = (now - start) / 1_000_000 >= EARLIER_SAMPLE_AFTER_MILLIS;
                    if (!frame.isEmpty()) {
                        ours = frame;
                        zwLintNanos += now - last;
                        zwLintCpuNanos += Math.max(0, cpu - lastCpu);
                        zwLintNanosByInnermost.merge(ownerFrame(stack), now - last, Long::sum);
                        if (earlierCounted) {
                            zwLintEarlierCountNanos += now - (lastEarlierCount < 0 ? start : lastEarlierCount);
                        }
                    }
                    if (earlierCounted) {
                        lastEarlierCount = now;
                    }
                    nanosByCode.merge(frame.isEmpty() ? ownerFrame(stack) : frame, now - last, Long::sum);
                    last = now;
                    lastCpu = cpu;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > longest.get()) {
            longestFrame.set(nanosByCode.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                    .map(e -> e.getKey() + " for " + e.getValue() / 1_000_000 + " ms").orElse(""));
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
            long share = zwLintNanos / 1_000_000;
            if (share > longestZwLint.get()) {
                zwLintFrame.set(ours);
                longestZwLintCpu.set(zwLintCpuNanos / 1_000_000);
                longestZwLintGc.set(collectorPauseMillis() - gcStart);
                zwLintInnermost.set(zwLintNanosByInnermost.entrySet().stream()
                        .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                        .map(e -> e.getKey() + " for " + e.getValue() / 1_000_000 + " ms")
                        .collect(java.util.stream.Collectors.joining(", ")));
            }
            longestZwLint.accumulateAndGet(share, Math::max);
            longestZwLintEarlierCount.accumulateAndGet(zwLintEarlierCountNanos / 1_000_000, Math::max);
            LONGEST_ZWLINT_OVERALL.accumulateAndGet(share, Math::max);
        }
    }

    /** The collectors' time so far, their concurrent work left out: the pauses that stop every thread. */
    private static long collectorPauseMillis() {
        long millis = 0;
        for (java.lang.management.GarbageCollectorMXBean collector : java.lang.management.ManagementFactory
                .getGarbageCollectorMXBeans()) {
            if (!collector.getName().contains("Concurrent")) {
                millis += Math.max(0, collector.getCollectionTime());
            }
        }
        return millis;
    }

    /** The innermost frame of code that is neither the JDK's nor SWT's: whose work the UI thread is doing. */
    private static String ownerFrame(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")
                    && !type.startsWith("org.eclipse.swt.")) {
                return frame.toString();
            }
        }
        return stack.length == 0 ? "?" : stack[0].toString();
    }

    /**
     * The innermost frame of ZwLint's plugin code (its tests' driving code is not ZwLint), unless
     * an event loop runs above it: a dialog ZwLint opened runs the workbench's events in its own
     * loop, and that work is not ZwLint's.
     */
    private static String zwLintFrame(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            if (type.equals("org.eclipse.swt.widgets.Display") && (frame.getMethodName().equals("readAndDispatch")
                    || frame.getMethodName().equals("sleep"))) {
                return "";
            }
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
                + " ms" + (longestFrame.get().isEmpty() ? "" : " (mostly in " + longestFrame.get() + ")")
                + "; ZwLint's longest share of a stall (its code on the UI thread) " + longestZwLint.get() + " ms"
                + (zwLintFrame.get().isEmpty() ? "" : " (in " + zwLintFrame.get() + ", innermost frames "
                        + zwLintInnermost.get() + "; the UI thread's CPU time in it " + longestZwLintCpu.get() + " ms, the collector's pauses during its wait "
                        + longestZwLintGc.get() + " ms)")
                + "; counted as before (sampled from 50 ms on) " + longestZwLintEarlierCount.get() + " ms"
                + "; longest waiting for a scheduling rule " + longestRuleWait.get() + " ms"
                + (ruleWaitJobs.get().isEmpty() ? "" : " (running: " + ruleWaitJobs.get() + ")")
                + "; longest of the run so far: " + LONGEST_OVERALL.get() + " ms, ZwLint's "
                + LONGEST_ZWLINT_OVERALL.get() + " ms");
    }
}
