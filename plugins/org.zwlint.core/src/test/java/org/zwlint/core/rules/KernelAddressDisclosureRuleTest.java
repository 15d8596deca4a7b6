package org.zwlint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zwlint.core.Analyzer;
import org.zwlint.core.Finding;
import org.zwlint.core.Severity;
import org.zwlint.core.config.ZwLintConfig;

/** PM007's witness runs from where the address was taken to the write; its verdict is what the caller reads. */
class KernelAddressDisclosureRuleTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/rules/boundary/pm007_disclosure_vulnerable.c");

    private static List<Finding> pm007() throws IOException {
        return new Analyzer().analyze(org.zwlint.core.source.SourceFile.of(FIXTURE,
                java.nio.file.Files.readString(FIXTURE)), ZwLintConfig.defaults())
                .findings().stream().filter(f -> f.ruleId().equals(KernelAddressDisclosureRule.ID)).toList();
    }

    @Test
    void aPoolAddressInTheSystemBufferHasItsPathAndTheCallersRead() throws IOException {
        Finding pool = pm007().stream().filter(f -> f.message().contains("a kernel pool address (pool allocated"))
                .findFirst().orElseThrow();
        assertEquals(Severity.WARNING, pool.severity());
        assertTrue(pool.witness().path().get(0).message().contains("pool allocated by ExAllocatePool2"),
                pool.witness().path().toString());
        assertTrue(pool.witness().path().size() >= 3, pool.witness().path().toString()); // allocation, store, write
        String sink = pool.witness().path().get(pool.witness().path().size() - 1).message();
        assertTrue(sink.contains("written to the SystemBuffer here; app.exe reads 0xFFFFA00000004000 from its output"
                + " buffer"), sink);
        List<String> trace = pool.witness().verdict().orElseThrow().trace();
        assertTrue(trace.stream().anyMatch(l -> l.contains("IoStatus.Information = 24 bytes")), trace.toString());
        assertTrue(trace.stream().anyMatch(l -> l.contains("app.exe reads 0xFFFFA00000004000 from its output buffer:"
                + " a kernel pool address")), trace.toString());
    }

    @Test
    void eachKindOfAddressNamesWhatTheCallerLearns() throws IOException {
        List<String> messages = pm007().stream().map(Finding::message).toList();
        for (String what : List.of("a kernel stack address", "the address of a driver global",
                "the address of a kernel object", "a kernel handle value")) {
            assertTrue(messages.stream().anyMatch(m -> m.contains(what)), what + " in " + messages);
        }
        assertTrue(pm007().stream().allMatch(f -> f.witness().verdict().isPresent()));
    }
}
