package org.zwlint.core.fuzz;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.WitnessStep;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.TextEdit;
import org.zwlint.core.source.TextRange;

/**
 * What must hold for any input, beyond "no exception": places lie inside their files, a witness
 * ends where its finding is, diagnostics have sane positions. A violation throws {@link Violation},
 * which Jazzer reports as a finding and a regression run as a failure.
 */
final class Oracles {
    private Oracles() {
    }

    static final class Violation extends AssertionError {
        private static final long serialVersionUID = 1L;

        Violation(String message) {
            super(message);
        }
    }

    /** Whether this JVM is fuzzing (a campaign), not replaying the saved inputs (a regression run). */
    private static final boolean FUZZING = isSet(System.getenv("JAZZER_FUZZ")) || isSet(System.getProperty("jazzer.fuzz"));

    private static boolean isSet(@Nullable String value) {
        return value != null && !value.isEmpty() && !value.equals("0") && !value.equalsIgnoreCase("false");
    }

    /**
     * Whether to run {@code input} a second time for the determinism oracle. A regression run
     * checks every saved input; a campaign checks one input in eight, chosen by the input's
     * bytes (so a finding replays the same way), because the second run otherwise halves the
     * executions a campaign makes, and nondeterminism shows on any input that triggers it.
     */
    static boolean checkTwice(byte[] input) {
        return !FUZZING || (Arrays.hashCode(input) & 7) == 0;
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new Violation(message);
        }
    }

    /** {@code range} lies inside {@code file}'s text, and its lines and columns agree with its offsets. */
    static void inside(TextRange range, SourceFile file, String what) {
        int length = file.text().length();
        check(range.endOffset() <= length, what + " ends at " + range.endOffset() + ", past the end (" + length
                + ") of " + file.path());
        check(range.startLine() == file.lines().line(range.startOffset())
                && range.startColumn() == file.lines().column(range.startOffset()),
                what + " starts at " + range.startLine() + ":" + range.startColumn() + ", but offset "
                        + range.startOffset() + " is at " + file.lines().line(range.startOffset()) + ":"
                        + file.lines().column(range.startOffset()));
    }

    /**
     * Every finding of {@code result} in a file we know lies inside it, with its fixes' edits and
     * its witness; the witness's last step (the sink) covers the finding's place.
     */
    static void findings(AnalysisResult result, Map<Path, SourceFile> files) {
        for (Finding finding : result.findings()) {
            Optional<SourceFile> file = Optional.ofNullable(files.get(finding.range().file()));
            file.ifPresent(f -> inside(finding.range(), f, "finding " + finding.format()));
            List<WitnessStep> path = finding.witness().path();
            check(!path.isEmpty(), "finding without a witness: " + finding.format());
            for (WitnessStep step : path) {
                Optional.ofNullable(files.get(step.range().file()))
                        .ifPresent(f -> inside(step.range(), f, "witness step '" + step.message() + "'"));
            }
            TextRange sink = path.get(path.size() - 1).range();
            check(sink.file().equals(finding.range().file())
                    && sink.startOffset() <= finding.range().startOffset()
                    && finding.range().startOffset() <= Math.max(sink.endOffset(), sink.startOffset()),
                    "the witness of " + finding.format() + " ends at " + sink + ", not at the finding");
            for (Fix fix : finding.fixes()) {
                check(fix.file().equals(finding.range().file()), "fix " + fix.label() + " edits another file");
                file.ifPresent(f -> check(fix.analyzed().map(d -> d.matches(f.bytes())).orElse(false),
                        "fix " + fix.label() + " is not bound to the bytes analyzed"));
                for (TextEdit edit : fix.edits()) {
                    file.ifPresent(f -> check(edit.endOffset() <= f.text().length(),
                            "fix " + fix.label() + " edits past the end of the file"));
                }
            }
        }
        for (Diagnostic d : result.diagnostics()) {
            check(d.line() >= 0 && d.column() >= 0 && (d.line() == 0) == (d.column() == 0),
                    "diagnostic with a bad position: " + d.format());
            SourceFile file = files.get(d.file());
            if (file != null && d.line() > 0) {
                check(d.line() <= file.lines().line(file.text().length()),
                        "diagnostic past the last line: " + d.format());
            }
        }
    }
}
