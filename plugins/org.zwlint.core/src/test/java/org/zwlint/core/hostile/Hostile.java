package org.zwlint.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.zwlint.core.AnalysisRequest;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.config.ZwLintConfig;

/** Runs the analyzer as the CLI does, on files a test wrote, and checks what every hostile input owes. */
final class Hostile {
    static final Analyzer ANALYZER = new Analyzer();
    /** No hostile input may take longer than this, whatever the machine's load (budgets count work; this is slack). */
    static final long MAX_MILLIS = 60_000;

    private Hostile() {
    }

    static AnalysisResult run(Path... inputs) {
        long start = System.nanoTime();
        AnalysisResult result = ANALYZER.analyze(new AnalysisRequest(List.of(inputs), ZwLintConfig.defaults()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < MAX_MILLIS, "took " + millis + " ms");
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.message().contains("internal error")),
                () -> "internal error: " + formatted(result));
        return result;
    }

    static List<String> formatted(AnalysisResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    /** Exactly one diagnostic about {@code file} matches, and it is at {@code line} (0: the whole file). */
    static Diagnostic one(AnalysisResult result, Path file, int line, Predicate<String> message) {
        List<Diagnostic> matching = result.diagnostics().stream()
                .filter(d -> d.file().equals(file) && message.test(d.message())).toList();
        assertEquals(1, matching.size(), () -> "matching diagnostics in " + formatted(result));
        Diagnostic d = matching.get(0);
        assertEquals(file, d.file(), d.format());
        assertEquals(line, d.line(), d.format());
        return d;
    }

    static List<Diagnostic> errors(AnalysisResult result) {
        return result.diagnostics().stream().filter(d -> d.severity() == org.zwlint.core.Severity.ERROR).toList();
    }
}
