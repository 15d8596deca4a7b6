package org.zwlint.core.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.zwlint.core.Diagnostic;
import org.zwlint.core.Severity;

/**
 * Runs one task per file on a fixed number of worker threads, for {@code zwlint parse} and the analyzer alike.
 * Results come back in the order of the input, whatever order the workers finish in. A task that throws becomes an
 * error diagnostic on its file, and the other files go on.
 */
public final class ParallelFiles {
    /** A large stack, so deeply nested code hits the parser's nesting limit, not the JVM's. */
    public static final long STACK_BYTES = 64L * 1024 * 1024;

    private ParallelFiles() {
    }

    /**
     * {@code task} for each of {@code files} on {@code threads} workers (at least one); {@code failed} turns the
     * diagnostic of a file whose task threw into that file's result.
     */
    public static <R> List<R> run(List<Path> files, int threads, Function<Path, R> task,
            Function<Diagnostic, R> failed) {
        return run(files, threads, task, failed, file -> 0);
    }

    /**
     * As {@link #run(List, int, Function, Function)}, with the costliest tasks started first (by
     * {@code cost}, e.g. bytes of source), so a large task does not start last and run alone while
     * the other workers idle. Results still come back in input order.
     */
    public static <R> List<R> run(List<Path> files, int threads, Function<Path, R> task,
            Function<Diagnostic, R> failed, ToLongFunction<Path> cost) {
        long[] costs = new long[files.size()];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = cost.applyAsLong(files.get(i));
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < costs.length; i++) {
            starts.add(i);
        }
        starts.sort(Comparator.comparingLong((Integer i) -> costs[i]).reversed()); // stable: equal costs keep their order
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), work -> {
            Thread thread = new Thread(null, work, "zwlint-file-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> started = new ArrayList<>();
            int[] startedAs = new int[files.size()];
            for (int i : starts) {
                Path file = files.get(i);
                startedAs[i] = started.size();
                started.add(pool.submit(() -> task.apply(file)));
            }
            List<R> results = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                results.add(await(started.get(startedAs[i]), files.get(i), failed));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future, Path file, Function<Diagnostic, R> failed) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return failed.apply(Diagnostic.ofFile(Severity.ERROR, file,
                    "internal error on this file (" + e.getCause() + "); the other files went on"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed.apply(Diagnostic.ofFile(Severity.ERROR, file, "interrupted"));
        }
    }
}
