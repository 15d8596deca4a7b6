package org.zwlint.core.preprocess;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.zwlint.core.Diagnostic;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceReader;

/**
 * Measures the preprocessor over a corpus: {@code PreprocessCorpusRun [-jN] [-v] PATH...} preprocesses
 * every .c file under the paths on N threads (default 2), then prints the diagnostics grouped by
 * kind, crashes, the slowest files, and one summary line. Not a unit test: run it by hand, e.g.
 * over Windows-driver-samples.
 */
public final class PreprocessCorpusRun {
    private PreprocessCorpusRun() {
    }

    public static void main(String[] args) throws Exception {
        int threads = 2;
        int rounds = 1;
        boolean verbose = false;
        List<Path> roots = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("-j")) {
                threads = Integer.parseInt(arg.substring(2));
            } else if (arg.startsWith("-r")) {
                rounds = Integer.parseInt(arg.substring(2)); // extra rounds show the warmed-up speed
            } else if (arg.equals("-v")) {
                verbose = true;
            } else {
                roots.add(Path.of(arg));
            }
        }
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".c") && Files.isRegularFile(p)).sorted().forEach(files::add);
            }
        }
        for (int round = 1; round < rounds; round++) {
            Preprocessor warm = new Preprocessor(ZwLintConfig.defaults());
            long t0 = System.nanoTime();
            files.parallelStream().forEach(f -> {
                if (SourceReader.read(f) instanceof SourceReader.Loaded loaded) {
                    warm.run(loaded.file());
                }
            });
            System.out.printf("round %d: %.2f s%n", round, (System.nanoTime() - t0) / 1e9);
        }
        Preprocessor pp = new Preprocessor(ZwLintConfig.defaults());
        pp.modelUnit(); // built once up front, as a run would
        AtomicLong lines = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        Map<String, Integer> kinds = new ConcurrentHashMap<>();
        Map<Path, Long> millis = new ConcurrentHashMap<>();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> crashes = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> jobs = new ArrayList<>();
        for (Path file : files) {
            jobs.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                try {
                    switch (SourceReader.read(file)) {
                        case SourceReader.Loaded loaded -> {
                            PreprocessedUnit unit = pp.run(loaded.file());
                            lines.addAndGet(loaded.file().lines().lineCount());
                            tokens.addAndGet(unit.tokens().size());
                            for (Diagnostic d : unit.diagnostics()) {
                                kinds.merge(d.severity().label() + ": " + kind(d.message()), 1, Integer::sum);
                                if (d.severity() != org.zwlint.core.Severity.NOTE) {
                                    errors.add(d.format());
                                }
                            }
                        }
                        case SourceReader.Refused refused -> kinds.merge("refused: " + refused.reason(), 1, Integer::sum);
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    crashes.add(file + ": " + e);
                }
                millis.put(file, (System.nanoTime() - t0) / 1_000_000);
            }));
        }
        for (Future<?> job : jobs) {
            job.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        new TreeMap<>(kinds).forEach((k, v) -> System.out.printf("%6d  %s%n", v, k));
        if (verbose) {
            errors.stream().sorted().forEach(System.out::println);
        }
        crashes.forEach(c -> System.out.println("CRASH " + c));
        millis.entrySet().stream().sorted(Map.Entry.<Path, Long>comparingByValue().reversed()).limit(3)
                .forEach(e -> System.out.println("slowest " + e.getValue() + " ms " + e.getKey()));
        Runtime rt = Runtime.getRuntime();
        System.out.printf("files=%d lines=%d tokens=%d crashes=%d threads=%d seconds=%.2f files/s=%.0f heapMB=%d headersLexed=%d%n",
                files.size(), lines.get(), tokens.get(), crashes.size(), threads, seconds, files.size() / seconds,
                (rt.totalMemory() - rt.freeMemory()) >> 20, pp.headerCache().lexCount());
    }

    /** The message with quoted names removed, so that diagnostics of one kind count together. */
    private static String kind(String message) {
        String k = message.replaceAll("\"[^\"]*\"|<[^>]*>|'[^']*'", "X");
        return k.startsWith("#error") ? "#error" : k.replaceAll("\\d+", "N");
    }

}
