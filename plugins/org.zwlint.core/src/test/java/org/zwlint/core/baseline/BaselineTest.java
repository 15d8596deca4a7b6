package org.zwlint.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.AnalysisRequest;
import org.zwlint.core.Analyzer;
import org.zwlint.core.Finding;
import org.zwlint.core.config.ZwLintConfig;

/** A baseline keeps accepted findings through moves and unrelated edits; new ones stay new. */
class BaselineTest {
    private static final String ORIGINAL = """
            #include <ntddk.h>

            NTSTATUS StopLog(HANDLE Log)
            {
                return NtClose(Log);
            }

            NTSTATUS StopSection(HANDLE Section)
            {
                return NtClose(Section);
            }
            """;
    /** The same two calls, re-indented, reordered and pushed down by new code above them. */
    private static final String MOVED = """
            #include <ntddk.h>

            /* Added later: a helper and a comment that push everything down. */
            static ULONG Counter;

            NTSTATUS StopSection(HANDLE Section)
            {
                Counter++;
                    return   NtClose(Section);
            }

            NTSTATUS StopLog(HANDLE Log)
            {
                return NtClose(Log);
            }
            """;
    /** One accepted call is gone and a new one appeared. */
    private static final String CHANGED = """
            #include <ntddk.h>

            NTSTATUS StopLog(HANDLE Log)
            {
                return NtClose(Log);
            }

            NTSTATUS StopEvent(HANDLE Event)
            {
                return NtClose(Event);
            }
            """;

    @TempDir
    Path root = Path.of(""); // replaced by JUnit before each test

    private final Analyzer analyzer = new Analyzer();

    private List<Finding> findings(String text) throws IOException {
        Path file = Files.writeString(root.resolve("log.c"), text);
        return analyzer.analyze(new AnalysisRequest(List.of(file), ZwLintConfig.defaults())).findings();
    }

    @Test
    void movedAndReindentedFindingsAreUnchanged() throws IOException {
        Fingerprints fingerprints = new Fingerprints(root);
        List<Finding> before = findings(ORIGINAL);
        assertEquals(2, before.size());
        Baseline baseline = Baseline.of(before, fingerprints);
        Path file = root.resolve("zwlint-baseline.json");
        baseline.write(file);
        Baseline read = Baseline.read(file);
        assertEquals(baseline, read);
        assertEquals("log.c", read.entries().get(0).file());

        List<Finding> after = findings(MOVED);
        assertNotEquals(before.get(0).range().startLine(), after.get(1).range().startLine());
        Baseline.Comparison comparison = read.compare(after, new Fingerprints(root));
        assertEquals(List.of(BaselineState.UNCHANGED, BaselineState.UNCHANGED), comparison.states());
        assertEquals(List.of(), comparison.absent());
    }

    @Test
    void aNewFindingIsNewAndAFixedOneIsAbsent() throws IOException {
        Fingerprints fingerprints = new Fingerprints(root);
        Baseline baseline = Baseline.of(findings(ORIGINAL), fingerprints);
        List<Finding> after = findings(CHANGED);
        Baseline.Comparison comparison = baseline.compare(after, fingerprints);
        assertEquals(List.of(BaselineState.UNCHANGED, BaselineState.NEW), comparison.states());
        assertEquals(1, comparison.absent().size());
        assertEquals("PM001", comparison.absent().get(0).ruleId());
    }

    @Test
    void twoEqualLinesInOneFileKeepTwoEntries() throws IOException {
        String twice = "#include <ntddk.h>\nVOID A(HANDLE h) { NtClose(h); }\nVOID B(HANDLE h) { NtClose(h); }\n"
                .replace("VOID B(HANDLE h) { NtClose(h); }", "VOID A(HANDLE h) { NtClose(h); }");
        List<Finding> found = findings(twice);
        Fingerprints fingerprints = new Fingerprints(root);
        List<String> prints = fingerprints.of(found);
        assertEquals(2, prints.size());
        assertNotEquals(prints.get(0), prints.get(1));
        Baseline one = new Baseline(List.of(Baseline.of(found, fingerprints).entries().get(0)));
        assertEquals(1, one.compare(found, fingerprints).count(BaselineState.NEW));
    }

    @Test
    void aFileThatIsNotABaselineIsRefusedWithItsName() throws IOException {
        Path bad = Files.writeString(root.resolve("b.json"), "{\"version\": 7}");
        IOException e = assertThrows(IOException.class, () -> Baseline.read(bad));
        assertEquals(bad + ": not a ZwLint baseline of version 1", e.getMessage());
        Path garbage = Files.writeString(root.resolve("c.json"), "[1, 2");
        assertThrows(IOException.class, () -> Baseline.read(garbage));
    }
}
