package org.zwlint.core.incremental;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwlint.core.DispatcherVerdict;
import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.Witness;
import org.zwlint.core.WitnessStep;
import org.zwlint.core.source.TextEdit;
import org.zwlint.core.source.TextRange;

/**
 * Carries a finding of the previous analysis over to the edited text: every place in the file it
 * names (its range, its witness steps, its fixes' edits) moves with the function it lies in. It cannot
 * be carried over, and its function is analyzed again, when one of those places lies outside the
 * functions that moved unchanged, or when its words name a line at or after the first edited one
 * ("the value read at line 40"), which a move does not rewrite.
 */
final class FindingShift {
    private static final Pattern LINE = Pattern.compile("\\blines? (\\d+)");

    private final Path file;
    private final List<ChunkMove> moves;
    private final int firstEditedLine;

    /** {@code moves}: the functions carried over; {@code firstEditedLine}: the old text's first line that differs. */
    FindingShift(Path file, List<ChunkMove> moves, int firstEditedLine) {
        this.file = file;
        this.moves = List.copyOf(moves);
        this.firstEditedLine = firstEditedLine;
    }

    /** The finding in the edited text, or empty when it cannot be carried over. */
    Optional<Finding> shift(Finding finding) {
        try {
            if (namesMovedLine(finding)) {
                return Optional.empty();
            }
            List<WitnessStep> steps = new ArrayList<>();
            for (WitnessStep step : finding.witness().path()) {
                steps.add(new WitnessStep(range(step.range()), step.message()));
            }
            List<Fix> fixes = new ArrayList<>();
            for (Fix fix : finding.fixes()) {
                List<TextEdit> edits = new ArrayList<>();
                for (TextEdit edit : fix.edits()) {
                    edits.add(fix.file().equals(file) ? edit(edit) : edit);
                }
                fixes.add(new Fix(fix.label(), fix.file(), edits, fix.kind(), fix.analyzed()));
            }
            return Optional.of(new Finding(finding.ruleId(), finding.severity(), range(finding.range()),
                    finding.message(), new Witness(steps, finding.witness().verdict(), finding.witness().unconfirmed()),
                    fixes));
        } catch (Unmovable e) {
            return Optional.empty();
        }
    }

    private boolean namesMovedLine(Finding finding) {
        List<String> words = new ArrayList<>();
        words.add(finding.message());
        finding.witness().path().forEach(step -> words.add(step.message()));
        finding.witness().verdict().map(DispatcherVerdict::trace).ifPresent(words::addAll);
        finding.witness().unconfirmed().ifPresent(words::add);
        for (Fix fix : finding.fixes()) {
            words.add(fix.label());
            fix.edits().forEach(edit -> words.add(edit.replacement()));
        }
        for (String word : words) {
            Matcher line = LINE.matcher(word);
            while (line.find()) {
                if (line.group(1).length() > 9 || Integer.parseInt(line.group(1)) >= firstEditedLine) {
                    return true;
                }
            }
        }
        return false;
    }

    private TextRange range(TextRange range) {
        if (!range.file().equals(file)) {
            return range; // a header: not edited here
        }
        ChunkMove move = moveOf(range.startOffset(), range.endOffset());
        return new TextRange(file, range.startOffset() + move.offsets(), range.endOffset() + move.offsets(),
                range.startLine() + move.lines(), range.startColumn(), range.endLine() + move.lines(),
                range.endColumn());
    }

    private TextEdit edit(TextEdit edit) {
        ChunkMove move = moveOf(edit.startOffset(), edit.endOffset());
        return new TextEdit(edit.startOffset() + move.offsets(), edit.endOffset() + move.offsets(),
                edit.replacement());
    }

    private ChunkMove moveOf(int start, int end) {
        for (ChunkMove move : moves) {
            if (move.from().contains(start, end)) {
                if (!move.keepsColumns()) {
                    throw new Unmovable();
                }
                return move;
            }
        }
        throw new Unmovable();
    }

    /** A place outside the functions carried over. */
    private static final class Unmovable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unmovable() {
            super(null, null, false, false);
        }
    }
}
