package org.zwlint.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.preprocess.Preprocessor;
import org.zwlint.core.source.SourceFile;

/** What a front end caches is its own: dropping the front end (an analyzer's) frees it. */
class FrontEndStateTest {
    private static final SourceFile SAMPLE = SourceFile.of(Path.of("queue.c"), """
            typedef struct _QUEUE_CONTEXT { ULONG Depth; } QUEUE_CONTEXT, *PQUEUE_CONTEXT;
            NTSTATUS QueueDepth(PQUEUE_CONTEXT Queue, PULONG Depth)
            {
                if (Queue == NULL) { return STATUS_INVALID_PARAMETER; }
                *Depth = Queue->Depth;
                return STATUS_SUCCESS;
            }
            """);

    @Test
    void theModelIsParsedOncePerFrontEndAndNotSharedWithAnother() {
        FrontEnd one = new FrontEnd(ZwLintConfig.defaults());
        Set<String> first = one.modelTypeNames();
        assertSame(first, one.modelTypeNames());
        assertNotSame(first, new FrontEnd(ZwLintConfig.defaults()).modelTypeNames());
    }

    @Test
    void theDecisionProfileBelongsToItsFrontEnd() {
        FrontEnd profiled = new FrontEnd(new Preprocessor(ZwLintConfig.defaults()), FrontEnd.DEFAULT_BUDGET,
                new ParserProfile(true));
        FrontEnd plain = new FrontEnd(new Preprocessor(ZwLintConfig.defaults()), FrontEnd.DEFAULT_BUDGET,
                new ParserProfile(false));
        assertEquals(List.of(), profiled.parse(SAMPLE).diagnostics());
        assertEquals(List.of(), plain.parse(SAMPLE).diagnostics());
        List<DecisionTotals> slowest = profiled.profile().slowest(5);
        assertEquals(5, slowest.size(), slowest::toString);
        assertTrue(slowest.stream().allMatch(d -> d.invocations() > 0), slowest::toString);
        for (int i = 1; i < slowest.size(); i++) {
            assertTrue(slowest.get(i - 1).predictionNanos() >= slowest.get(i).predictionNanos(), slowest::toString);
        }
        assertEquals(List.of(), plain.profile().slowest(5));
    }
}
