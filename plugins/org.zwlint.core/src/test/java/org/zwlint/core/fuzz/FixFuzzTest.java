package org.zwlint.core.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.Severity;
import org.zwlint.core.config.ModeOverride;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceEditor;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.TextEdit;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The fix engine: analyze the bytes (any encoding, any line ends), apply every offered fix on its
 * own and then all of them together, and check that the bytes outside each edit are unchanged, that
 * the file keeps its encoding, and that the fixed file has no more syntax errors than the original.
 */
class FixFuzzTest {
    private static final Analyzer ANALYZER = new Analyzer();
    private static final ZwLintConfig KERNEL = ZwLintConfig.defaults().withMode(ModeOverride.KERNEL);
    private static final Path PATH = Path.of("fuzz", FuzzFiles.MAIN);

    @FuzzTest
    void applyEveryFix(byte[] input) {
        SourceFile file = SourceFile.decode(PATH, input);
        AnalysisResult result = ANALYZER.analyze(file, KERNEL);
        long errors = syntaxErrors(result);
        List<TextEdit> all = new ArrayList<>();
        for (Finding finding : result.findings()) {
            for (Fix fix : finding.fixes()) {
                if (fix.file().equals(PATH)) {
                    checkApplied(file, fix.edits(), errors);
                    all.addAll(fix.edits());
                }
            }
        }
        if (!all.isEmpty() && !overlap(all)) {
            checkApplied(file, all, errors);
        }
    }

    private static void checkApplied(SourceFile file, List<TextEdit> edits, long errorsBefore) {
        byte[] before = file.bytes();
        byte[] after = SourceEditor.apply(file, edits);
        List<TextEdit> sorted = edits.stream().sorted(Comparator.comparingInt(TextEdit::startOffset)).toList();
        int from = 0; // in before
        int shift = 0; // after's index minus before's, past the edits seen so far
        for (TextEdit edit : sorted) {
            int start = file.byteOffset(edit.startOffset());
            int end = file.byteOffset(edit.endOffset());
            sameBytes(before, from, after, from + shift, start - from);
            int written = edit.replacement().getBytes(file.encoding().charset()).length;
            shift += written - (end - start);
            from = end;
        }
        sameBytes(before, from, after, from + shift, before.length - from);
        Oracles.check(after.length == before.length + shift, "fixed file has stray bytes at its end");
        SourceFile fixed = SourceFile.decode(file.path(), after);
        Oracles.check(fixed.encoding() == file.encoding(),
                "fix changed the encoding from " + file.encoding() + " to " + fixed.encoding());
        long errorsAfter = syntaxErrors(ANALYZER.analyze(fixed, KERNEL));
        Oracles.check(errorsAfter <= errorsBefore,
                "fix added syntax errors: " + errorsBefore + " before, " + errorsAfter + " after");
    }

    private static void sameBytes(byte[] before, int from, byte[] after, int at, int length) {
        Oracles.check(at >= 0 && at + length <= after.length
                && Arrays.equals(before, from, from + length, after, at, at + length),
                "bytes " + from + ".." + (from + length) + " outside the edits changed");
    }

    private static long syntaxErrors(AnalysisResult result) {
        return result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR && d.line() > 0)
                .map(Diagnostic::message).count();
    }

    private static boolean overlap(List<TextEdit> edits) {
        List<TextEdit> sorted = edits.stream().sorted(Comparator.comparingInt(TextEdit::startOffset)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).startOffset() < sorted.get(i - 1).endOffset()) {
                return true;
            }
        }
        return false;
    }
}
