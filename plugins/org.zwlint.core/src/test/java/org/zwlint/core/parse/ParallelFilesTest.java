package org.zwlint.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.zwlint.core.Severity;

class ParallelFilesTest {
    private static final List<Path> FILES = IntStream.range(0, 12).mapToObj(i -> Path.of("f" + i + ".c")).toList();

    @Test
    void resultsComeInInputOrderWhateverOrderTheWorkersFinishIn() {
        // Earlier files sleep longer, so the workers finish them last.
        List<String> results = ParallelFiles.run(FILES, 4, path -> {
            int n = Integer.parseInt(path.toString().replaceAll("\\D", ""));
            sleep(2L * (FILES.size() - n));
            return path.toString();
        }, diagnostic -> "failed");
        assertEquals(FILES.stream().map(Path::toString).toList(), results);
    }

    @Test
    void theCostliestFilesStartFirstAndResultsStillComeInInputOrder() {
        // One worker: the order the tasks run in is the order they were started in.
        List<String> ran = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<String> results = ParallelFiles.run(FILES, 1, path -> {
            ran.add(path.toString());
            return path.toString();
        }, diagnostic -> "failed", path -> path.toString().equals("f7.c") ? 100 : path.toString().equals("f2.c") ? 50 : 0);
        assertEquals(List.of("f7.c", "f2.c", "f0.c", "f1.c", "f3.c"), ran.subList(0, 5));
        assertEquals(FILES.stream().map(Path::toString).toList(), results);
    }

    @Test
    void aFailedFileBecomesADiagnosticAndTheOthersGoOn() {
        List<String> results = ParallelFiles.run(FILES, 3, path -> {
            if (path.toString().equals("f5.c")) {
                throw new IllegalStateException("broken rule");
            }
            return "ok";
        }, diagnostic -> diagnostic.severity() + " " + diagnostic.file() + " " + diagnostic.message());
        assertEquals(11, results.stream().filter("ok"::equals).count(), results::toString);
        String failed = results.get(5);
        assertTrue(failed.startsWith(Severity.ERROR + " f5.c internal error on this file"), failed);
        assertTrue(failed.contains("broken rule"), failed);
    }

    @Test
    void runsTheFilesOnTheGivenNumberOfThreads() throws InterruptedException {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch allStarted = new CountDownLatch(3);
        ParallelFiles.run(FILES.subList(0, 3), 3, path -> {
            threads.add(Thread.currentThread().getName());
            allStarted.countDown();
            try {
                // Each task waits for the others: only three threads at once can get all three past this.
                return allStarted.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, diagnostic -> false).forEach(passed -> assertTrue(passed));
        assertEquals(3, threads.size(), threads::toString);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
