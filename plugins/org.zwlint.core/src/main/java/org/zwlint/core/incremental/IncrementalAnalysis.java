package org.zwlint.core.incremental;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.Finding;
import org.zwlint.core.RuleFinding;
import org.zwlint.core.Severity;
import org.zwlint.core.UnitFindings;
import org.zwlint.core.analysis.CodeMode;
import org.zwlint.core.analysis.IoctlSpelling;
import org.zwlint.core.analysis.UnitContext;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceFile;

/**
 * The analysis of a file edited again and again (an editor's text, reanalyzed after each pause in
 * typing), by its functions. The file's text is cut into its function definitions ({@link ChunkScanner});
 * after an edit, the functions whose text changed, those removed, and every function linked to them
 * by name ({@link NameLinks}) are analyzed again, in a copy of the text where every other function is
 * blanked out (spaces, line ends kept, so places stay where they are); the findings of the others are
 * carried over from the previous analysis, moved with their function ({@link FindingShift}).
 * <p>
 * The result is the one {@link Analyzer#analyze(SourceFile, ZwLintConfig, BooleanSupplier)} gives for the
 * text; where that cannot be vouched for, the whole file is analyzed: the first time, when the text
 * between the functions changed (declarations, macros, includes; comments and blank lines aside),
 * when a function that decides the file's mode appears or goes (DriverEntry, main), when a finding
 * lies outside the functions, when the engine hit a budget, when the file holds a {@code #pragma warning}
 * (its scope runs past the function it is in), and while the text has a syntax error
 * (the last clean analysis is kept, so once it is fixed the edit counts from there). Headers are read
 * from disk: {@link #forget()} when they change. The IOCTL names spelled in the functions carried over
 * (case labels, == operands) are handed to the analysis of the rest, so that a code compared there only
 * as a number is named as the whole file names it; an edit that names a code otherwise analyzes the
 * whole file. The other files of the file's driver project, when
 * there are any, are analyzed in full each time, with every function of the file that links to theirs.
 */
public final class IncrementalAnalysis {
    private static final int FILES_KEPT = 8;
    /** A {@code #pragma warning}, {@code __pragma(warning(...))} or {@code _Pragma} in the file's own text. */
    private static final java.util.regex.Pattern WARNING_PRAGMA = java.util.regex.Pattern
            .compile("#\\s*pragma\\s+warning|__pragma\\s*\\(\\s*warning|_Pragma\\s*\\(");

    private final Analyzer analyzer;
    private final Map<Path, FileState> states = new LinkedHashMap<>(16, 0.75f, true);
    private final AtomicLong partial = new AtomicLong();
    private final AtomicLong whole = new AtomicLong();
    private final AtomicLong rehearsed = new AtomicLong();
    private volatile int lastReanalyzed;
    private volatile int lastFunctions;

    public IncrementalAnalysis(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** How many analyses reanalyzed only some functions, and how many the whole file. */
    public long partialAnalyses() {
        return partial.get();
    }

    public long wholeAnalyses() {
        return whole.get();
    }

    /** How many made-up edits {@link #rehearse} analyzed. */
    public long rehearsals() {
        return rehearsed.get();
    }

    /** The last analysis: how many of the file's functions it analyzed, and how many the file has. */
    public String lastScope() {
        return lastReanalyzed + " of " + lastFunctions + " functions";
    }

    /**
     * Whether the last analysis of the first of {@code units} was of this very text, with these settings
     * and these other files: the next edit of it is then analyzed by function.
     */
    public boolean holds(List<SourceFile> units, ZwLintConfig config) {
        SourceFile file = units.get(0);
        synchronized (states) {
            @Nullable FileState state = states.get(file.path());
            return state != null && state.config().equals(config) && state.text().equals(file.text())
                    && state.sameOthers(units.subList(1, units.size()));
        }
    }

    /** Drops what the previous analyses left: the headers they read may have changed. */
    public void forget() {
        synchronized (states) {
            states.clear();
        }
    }

    /**
     * The findings of {@code file} analyzed alone, as {@link Analyzer#analyze(SourceFile, ZwLintConfig, BooleanSupplier)}
     * gives them, reanalyzing only what its last edits reach.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} held at a step
     */
    public AnalysisResult analyze(SourceFile file, ZwLintConfig config, BooleanSupplier cancelled) {
        return analyzeProject(List.of(file), config, cancelled);
    }

    /**
     * The findings of a driver project whose first file is the one being edited, as
     * {@link Analyzer#analyzeProject(List, ZwLintConfig, BooleanSupplier)} gives them. The other files are
     * analyzed in full each time, with the edited file's functions they link to by name; the edited
     * file's other functions are reanalyzed only where its edits reach them. When the other files
     * changed since the last analysis, the whole project is analyzed.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} held at a step
     */
    public AnalysisResult analyzeProject(List<SourceFile> units, ZwLintConfig config, BooleanSupplier cancelled) {
        SourceFile file = units.get(0);
        List<SourceFile> others = units.subList(1, units.size());
        Optional<ChunkedText> chunked = ChunkScanner.scan(file.text());
        @Nullable FileState old;
        synchronized (states) {
            old = states.get(file.path());
        }
        if (old != null && chunked.isPresent() && old.config().equals(config) && old.sameOthers(others)) {
            Optional<Partial> done = partially(units, config, old, chunked.get(), cancelled);
            if (done.isPresent()) {
                partial.incrementAndGet();
                remember(file, Optional.of(done.get().state()));
                lastReanalyzed = done.get().reanalyzed();
                lastFunctions = chunked.get().chunks().size();
                return done.get().result();
            }
        }
        whole.incrementAndGet();
        List<UnitFindings> found = analyzer.analyzeUnits(units, config, Optional.empty(), cancelled);
        lastReanalyzed = chunked.map(c -> c.chunks().size()).orElse(0);
        lastFunctions = lastReanalyzed;
        if (chunked.isPresent() && found.stream().allMatch(IncrementalAnalysis::clean)) {
            remember(file, stateOf(config, file.text(), others, chunked.get(), found.get(0).mode(),
                    found.get(0).findings(), found.get(0).ioctlSpellings(), file.path()));
        }
        return analyzer.conclude(units, found, config);
    }

    private void remember(SourceFile file, Optional<FileState> state) {
        synchronized (states) {
            if (state.isPresent()) {
                states.put(file.path(), state.get());
                while (states.size() > FILES_KEPT) {
                    states.remove(states.keySet().iterator().next());
                }
            } else {
                states.remove(file.path());
            }
        }
    }

    /** No syntax error, no failing part, no budget hit: the per-function results can be trusted alone. */
    private static boolean clean(UnitFindings found) {
        return !found.budgetHit() && found.diagnostics().stream().allMatch(d -> d.severity() == Severity.NOTE);
    }

    /** The findings attributed to the functions they lie in; empty when one lies elsewhere. */
    private static Optional<FileState> stateOf(ZwLintConfig config, String text, List<SourceFile> others,
            ChunkedText chunked, CodeMode mode, List<RuleFinding> findings, List<IoctlSpelling> spellings, Path path) {
        List<List<RuleFinding>> byChunk = new ArrayList<>();
        chunked.chunks().forEach(c -> byChunk.add(new ArrayList<>()));
        for (RuleFinding finding : findings) {
            int chunk = chunkOf(chunked.chunks(), finding.finding(), path);
            if (chunk < 0) {
                return Optional.empty();
            }
            byChunk.get(chunk).add(finding);
        }
        return Optional.of(new FileState(config, text, others, chunked, mode, byChunk, spellings));
    }

    private static int chunkOf(List<FunctionChunk> chunks, Finding finding, Path path) {
        if (!finding.range().file().equals(path)) {
            return -1;
        }
        for (int i = 0; i < chunks.size(); i++) {
            if (chunks.get(i).contains(finding.range().startOffset(), finding.range().endOffset())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Runs the by-function analysis once on a made-up edit of the file's last analyzed text (a space
     * before the closing brace of its smallest function) and drops the result: the first partial
     * analysis in a JVM runs code the whole analyses did not, interpreted, and took 75-105 ms in the
     * workbench where the later ones took 15-35 ms, and the first in a large file still took 65-130 ms
     * when smaller files had warmed the code. Done before the first keystroke (when an editor opens,
     * after a build), that keystroke is as fast as the rest. It costs one partial analysis in the
     * background. Nothing is remembered; does nothing when no state holds for {@code units}.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} held at a step
     */
    public void rehearse(List<SourceFile> units, ZwLintConfig config, BooleanSupplier cancelled) {
        FileState old;
        synchronized (states) { // another file's analysis may evict the state between a check and a get
            if (!holds(units, config)) {
                return;
            }
            old = states.get(units.get(0).path());
        }
        Optional<FunctionChunk> smallest = old.chunked().chunks().stream()
                .filter(chunk -> !CodeMode.decidedByFunction(chunk.name()))
                .min(Comparator.comparingInt(chunk -> chunk.end() - chunk.start()));
        if (smallest.isEmpty()) {
            return;
        }
        String text = old.text();
        int brace = smallest.get().end() - 1;
        SourceFile edited = SourceFile.of(units.get(0).path(), text.substring(0, brace) + ' ' + text.substring(brace));
        Optional<ChunkedText> chunked = ChunkScanner.scan(edited.text());
        if (chunked.isPresent()) {
            List<SourceFile> made = new ArrayList<>(units);
            made.set(0, edited);
            partially(made, config, old, chunked.get(), cancelled);
            rehearsed.incrementAndGet();
        }
    }

    /** What a by-function analysis found, and the state it leaves for the next edit. */
    private record Partial(AnalysisResult result, FileState state, int reanalyzed) {
    }

    private Optional<Partial> partially(List<SourceFile> units, ZwLintConfig config, FileState old,
            ChunkedText now, BooleanSupplier cancelled) {
        SourceFile file = units.get(0);
        if (!old.chunked().between().equals(now.between())) {
            return Optional.empty();
        }
        // The other files' functions: the edited file's functions linked to them are always analyzed,
        // since the other files are, and what those functions do reaches them.
        List<FunctionChunk> external = new ArrayList<>();
        for (SourceFile other : units.subList(1, units.size())) {
            Optional<ChunkedText> theirs = ChunkScanner.scan(other.text());
            if (theirs.isEmpty()) {
                return Optional.empty();
            }
            external.addAll(theirs.get().chunks());
        }
        List<FunctionChunk> before = old.chunked().chunks();
        List<FunctionChunk> after = now.chunks();
        int prefix = 0;
        while (prefix < before.size() && prefix < after.size()
                && before.get(prefix).text().equals(after.get(prefix).text())) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < before.size() - prefix && suffix < after.size() - prefix
                && before.get(before.size() - 1 - suffix).text().equals(after.get(after.size() - 1 - suffix).text())) {
            suffix++;
        }
        Set<String> seeds = new HashSet<>();
        for (int i = prefix; i < after.size() - suffix; i++) {
            seeds.add(after.get(i).name());
        }
        for (int i = prefix; i < before.size() - suffix; i++) {
            seeds.add(before.get(i).name());
        }
        if (seeds.stream().anyMatch(CodeMode::decidedByFunction)) {
            return Optional.empty(); // the file's mode may change with it
        }
        // matched.get(j): the old function the new function j is, unchanged
        List<@Nullable FunctionChunk> matched = new ArrayList<>();
        for (int j = 0; j < after.size(); j++) {
            matched.add(j < prefix ? before.get(j)
                    : j >= after.size() - suffix ? before.get(j - after.size() + before.size()) : null);
        }
        List<FunctionChunk> all = new ArrayList<>(before);
        all.addAll(after);
        all.addAll(external);
        NameLinks links = new NameLinks(all, now.macroNames());
        external.forEach(chunk -> seeds.add(chunk.name()));
        int firstEditedLine = firstDifferentLine(old.text(), file.text());
        Map<FunctionChunk, Integer> oldIndex = new java.util.IdentityHashMap<>();
        for (int i = 0; i < before.size(); i++) {
            oldIndex.put(before.get(i), i);
        }
        // Functions whose findings cannot be carried over are analyzed again, and so is what links to them.
        Set<String> affected;
        List<@Nullable List<RuleFinding>> carried;
        while (true) {
            affected = links.linkedTo(seeds);
            List<ChunkMove> moves = new ArrayList<>();
            for (int j = 0; j < after.size(); j++) {
                FunctionChunk from = matched.get(j);
                if (from != null && !affected.contains(after.get(j).name())) {
                    moves.add(new ChunkMove(from, after.get(j)));
                }
            }
            FindingShift shift = new FindingShift(file.path(), moves, firstEditedLine);
            carried = new ArrayList<>();
            boolean settled = true;
            for (int j = 0; j < after.size(); j++) {
                FunctionChunk from = matched.get(j);
                if (from == null || affected.contains(after.get(j).name())) {
                    carried.add(null);
                    continue;
                }
                List<RuleFinding> moved = new ArrayList<>();
                for (RuleFinding finding : old.findings().get(oldIndex.get(from))) {
                    Optional<Finding> shifted = shift.shift(finding.finding());
                    if (shifted.isEmpty()) {
                        break;
                    }
                    moved.add(new RuleFinding(finding.rule(), shifted.get()));
                }
                if (moved.size() < old.findings().get(oldIndex.get(from)).size()) {
                    seeds.add(after.get(j).name());
                    settled = false;
                    break;
                }
                carried.add(moved);
            }
            if (settled) {
                break;
            }
        }
        int reanalyzed = (int) carried.stream().filter(java.util.Objects::isNull).count();
        if (reanalyzed == after.size() && !after.isEmpty()) {
            return Optional.empty(); // every function: the whole file, and a fresh state from it
        }
        // (every spelling holds "ragma": indexOf skips the regex's tries at each of the text's offsets)
        if (file.text().contains("ragma") && WARNING_PRAGMA.matcher(file.text()).find()) {
            return Optional.empty(); // a pragma's scope runs past its function: the whole text says what it silences
        }
        SourceFile part = SourceFile.of(file.path(), blanked(file.text(), after, carried));
        if (part.encoding() != file.encoding()) {
            return Optional.empty();
        }
        // The IOCTL names spelled in the functions carried over, where they are now: a code compared as a
        // number in a function analyzed again is named as the whole text names it.
        List<IoctlSpelling> carriedSpellings = new ArrayList<>();
        for (int j = 0; j < after.size(); j++) {
            FunctionChunk from = matched.get(j);
            if (from == null || carried.get(j) == null) {
                continue;
            }
            int moved = after.get(j).start() - from.start();
            for (IoctlSpelling spelling : old.spellings()) {
                if (from.contains(spelling.offset(), spelling.offset())) {
                    carriedSpellings.add(new IoctlSpelling(spelling.offset() + moved, spelling.value(), spelling.name()));
                }
            }
        }
        List<SourceFile> analyzed = new ArrayList<>(units);
        analyzed.set(0, part);
        List<UnitFindings> everyone = analyzer.analyzeUnits(analyzed, config, Optional.of(old.mode()),
                carriedSpellings, cancelled);
        if (!everyone.stream().allMatch(IncrementalAnalysis::clean)) {
            return Optional.empty(); // a syntax error, say: the whole text decides how the parser recovers
        }
        UnitFindings found = everyone.get(0);
        List<IoctlSpelling> spellings = new ArrayList<>(found.ioctlSpellings());
        spellings.addAll(carriedSpellings);
        if (!UnitContext.names(spellings).equals(UnitContext.names(old.spellings()))) {
            return Optional.empty(); // a code named otherwise now: the findings carried over may name it the old way
        }
        List<List<RuleFinding>> byChunk = new ArrayList<>();
        for (List<RuleFinding> kept : carried) {
            byChunk.add(kept != null ? new ArrayList<>(kept) : new ArrayList<>());
        }
        for (RuleFinding finding : found.findings()) {
            int chunk = chunkOf(after, finding.finding(), file.path());
            if (chunk < 0 || carried.get(chunk) != null) {
                return Optional.empty();
            }
            byChunk.get(chunk).add(finding);
        }
        List<RuleFinding> merged = new ArrayList<>();
        byChunk.forEach(merged::addAll);
        merged.sort(Comparator.comparingInt(RuleFinding::rule)); // stable: each function's own order stays
        FileState state = new FileState(config, file.text(), units.subList(1, units.size()), now, old.mode(), byChunk,
                spellings);
        List<UnitFindings> concluded = new ArrayList<>(everyone);
        concluded.set(0, new UnitFindings(found.mode(), merged, found.diagnostics(), false, found.pragmas(),
                spellings));
        return Optional.of(new Partial(analyzer.conclude(units, concluded, config), state, reanalyzed));
    }

    /** The text with the functions carried over blanked: spaces, but every line end where it was. */
    private static String blanked(String text, List<FunctionChunk> chunks, List<@Nullable List<RuleFinding>> carried) {
        char[] chars = text.toCharArray();
        for (int j = 0; j < chunks.size(); j++) {
            if (carried.get(j) == null) {
                continue;
            }
            for (int i = chunks.get(j).start(); i < chunks.get(j).end(); i++) {
                if (chars[i] != '\n' && chars[i] != '\r') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    /** The 1-based line of the old text where it first differs from the new. */
    private static int firstDifferentLine(String before, String after) {
        int common = 0;
        int limit = Math.min(before.length(), after.length());
        while (common < limit && before.charAt(common) == after.charAt(common)) {
            common++;
        }
        int line = 1;
        for (int i = 0; i < common; i++) {
            if (before.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
