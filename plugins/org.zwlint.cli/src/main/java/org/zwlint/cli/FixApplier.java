package org.zwlint.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.source.SourceEditor;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.SourceReader;
import org.zwlint.core.source.TextEdit;

/**
 * Applies the fixes findings offer, file by file and byte-exactly. Two fixes that touch the same
 * text (alternatives for one finding, or neighbouring findings) cannot both apply: the first one
 * in file order wins and the other is reported as skipped. A fix applies only to the bytes it was
 * computed on: when the file changed since the analysis, it is refused and the file left alone.
 * The fixed file is written to a temporary file in the same folder and moved over the original in
 * one atomic step, so a crash or a full disk never leaves a half-written source file.
 */
final class FixApplier {
    private FixApplier() {
    }

    /** What happened to one offered fix. */
    record Outcome(Finding finding, Fix fix, boolean applied, String detail) {
        String format() {
            return finding.range().describe() + ": " + (applied ? "fixed " : "not fixed ") + finding.ruleId() + ": "
                    + fix.label() + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    private record Offer(Finding finding, Fix fix) {
    }

    static List<Outcome> applyAll(List<Finding> findings) {
        return applyAll(findings, false, new StringBuilder());
    }

    /**
     * With {@code dryRun}, no file is written: the unified diff of what would be written is
     * appended to {@code diff} instead.
     */
    static List<Outcome> applyAll(List<Finding> findings, boolean dryRun, StringBuilder diff) {
        Map<Path, List<Offer>> byFile = new LinkedHashMap<>();
        for (Finding finding : findings) {
            for (Fix fix : finding.fixes()) {
                if (fix.kind() != Fix.Kind.REPAIR) {
                    continue; // --fix repairs code; silencing a finding is the developer's decision
                }
                byFile.computeIfAbsent(fix.file(), f -> new ArrayList<>()).add(new Offer(finding, fix));
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        byFile.forEach((file, offers) -> outcomes.addAll(applyToFile(file, offers, dryRun, diff)));
        return outcomes;
    }

    private static List<Outcome> applyToFile(Path path, List<Offer> offers, boolean dryRun, StringBuilder diff) {
        SourceReader.Result read = SourceReader.read(path);
        if (!(read instanceof SourceReader.Loaded loaded)) {
            String reason = read instanceof SourceReader.Refused refused ? refused.reason() : "cannot read";
            return offers.stream().map(o -> new Outcome(o.finding(), o.fix(), false, reason)).toList();
        }
        SourceFile file = loaded.file();
        byte[] analyzedBytes = file.bytes();
        List<Offer> ordered = offers.stream()
                .sorted(Comparator.comparingInt((Offer o) -> firstOffset(o.fix()))).toList();
        List<Outcome> outcomes = new ArrayList<>();
        List<TextEdit> accepted = new ArrayList<>();
        for (Offer offer : ordered) {
            List<TextEdit> edits = offer.fix().edits();
            boolean changed = offer.fix().analyzed().map(digest -> !digest.matches(analyzedBytes)).orElse(false);
            if (changed || edits.stream().anyMatch(e -> e.endOffset() > file.text().length())) {
                outcomes.add(new Outcome(offer.finding(), offer.fix(), false,
                        "the file changed since it was analyzed"));
            } else if (edits.stream().anyMatch(e -> overlapsAny(e, accepted))) {
                outcomes.add(new Outcome(offer.finding(), offer.fix(), false, "overlaps a fix applied before it"));
            } else {
                accepted.addAll(edits);
                outcomes.add(new Outcome(offer.finding(), offer.fix(), true, ""));
            }
        }
        if (!accepted.isEmpty() && dryRun) {
            diff.append(UnifiedDiff.of(label(path), file.text(), accepted));
        } else if (!accepted.isEmpty()) {
            try {
                replace(path, analyzedBytes, SourceEditor.apply(file, accepted));
            } catch (ChangedMeanwhile e) {
                outcomes.replaceAll(o -> o.applied()
                        ? new Outcome(o.finding(), o.fix(), false, "the file changed while it was being fixed")
                        : o);
            } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
                String reason = "cannot write the file: " + e.getMessage();
                outcomes.replaceAll(o -> o.applied() ? new Outcome(o.finding(), o.fix(), false, reason) : o);
            }
        }
        return outcomes;
    }

    /** The file as a patch names it: relative to the current directory with '/', when it is below it. */
    private static String label(Path path) {
        Path here = Path.of("").toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(here) ? here.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.startsWith("/") ? text.substring(1) : text;
    }

    /** The file's bytes differ from those the fixes were applied to. */
    private static final class ChangedMeanwhile extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Writes {@code content} to a temporary file beside the real file (a link is followed, and stays a
     * link), with the original's permissions, flushed to disk, and moves it over the original
     * atomically, unless the original no longer holds {@code expected}. The temporary file never
     * outlives this call.
     */
    private static void replace(Path path, byte[] expected, byte[] content) throws IOException, ChangedMeanwhile {
        Path target = path.toRealPath();
        Path folder = target.getParent();
        if (folder == null) {
            throw new IOException("no folder for " + target);
        }
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".zwlint-fix");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (posix != null) {
                Files.setPosixFilePermissions(temporary, posix.readAttributes().permissions());
            }
            if (!Arrays.equals(Files.readAllBytes(target), expected)) {
                throw new ChangedMeanwhile();
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static int firstOffset(Fix fix) {
        return fix.edits().stream().mapToInt(TextEdit::startOffset).min().orElse(0);
    }

    /** Edits overlap when their spans share a char, or both insert at the same point. */
    private static boolean overlapsAny(TextEdit edit, List<TextEdit> accepted) {
        for (TextEdit other : accepted) {
            boolean sameInsertionPoint = edit.startOffset() == other.startOffset()
                    && (edit.startOffset() == edit.endOffset() || other.startOffset() == other.endOffset());
            if (sameInsertionPoint || edit.startOffset() < other.endOffset() && other.startOffset() < edit.endOffset()) {
                return true;
            }
        }
        return false;
    }
}
