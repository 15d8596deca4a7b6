package org.zwlint.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceFile;

/** An analysis whose result is no longer wanted (an editor's text, typed on) stops at its next step. */
class CancelledAnalysisTest {
    private static final SourceFile FILE = SourceFile.of(Path.of("/projects/ring/teardown.c"), """
            NTSTATUS TeardownRing(HANDLE Section)
            {
                return NtClose(Section);
            }
            """);

    private final Analyzer analyzer = new Analyzer();

    @Test
    void anAnalysisNeverCancelledGivesWhatThePlainOneGives() {
        AnalysisResult plain = analyzer.analyze(FILE, ZwLintConfig.defaults());
        AnalysisResult watched = analyzer.analyze(FILE, ZwLintConfig.defaults(), () -> false);
        assertEquals(1, plain.findings().size());
        assertEquals(plain.findings(), watched.findings());
    }

    @Test
    void anAnalysisCancelledOnTheWayStopsAtItsNextStep() {
        assertThrows(CancellationException.class,
                () -> analyzer.analyze(FILE, ZwLintConfig.defaults(), () -> true));
        AtomicInteger asked = new AtomicInteger();
        // Wanted through the front end and the engine, then no longer: no rule runs to the end.
        assertThrows(CancellationException.class,
                () -> analyzer.analyze(FILE, ZwLintConfig.defaults(), () -> asked.incrementAndGet() > 2));
        assertTrue(asked.get() == 3, "asked after the front end, after the engine, before the first rule: " + asked);
    }
}
