package org.zwlint.core.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.TranslationUnit;
import org.zwlint.core.semantics.SemanticModel;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.TextRange;

/** What the evaluator needs of one translation unit: its semantics, the API facts, the run's summaries, IOCTL names. */
public final class UnitContext {
    private final SourceFile file;
    private final SemanticModel semantics;
    private final ApiFacts api;
    private final Summaries summaries;
    private final Map<Long, String> ioctlNames;
    /** The names the unit's own text spells, by offset. */
    private final List<IoctlSpelling> spellings;

    public UnitContext(SourceFile file, TranslationUnit ast, SemanticModel semantics, ApiFacts api, Summaries summaries) {
        this(file, UnitScan.of(ast), semantics, api, summaries);
    }

    UnitContext(SourceFile file, UnitScan scan, SemanticModel semantics, ApiFacts api, Summaries summaries) {
        this(file, scan, semantics, api, summaries, List.of());
    }

    /**
     * {@code spelledElsewhere}: names the file spells in text left out of this analysis (the functions
     * an incremental analysis carries over), which name codes as the whole file does.
     */
    UnitContext(SourceFile file, UnitScan scan, SemanticModel semantics, ApiFacts api, Summaries summaries,
            List<IoctlSpelling> spelledElsewhere) {
        this.file = file;
        this.semantics = semantics;
        this.api = api;
        this.summaries = summaries;
        this.spellings = spellings(file, scan.comparedValues(), semantics);
        List<IoctlSpelling> all = new java.util.ArrayList<>(spellings);
        all.addAll(spelledElsewhere);
        this.ioctlNames = names(all);
    }

    /** The names the unit's own text spells, by offset. */
    List<IoctlSpelling> spellings() {
        return spellings;
    }

    /** Each code named by its first spelling in the file. */
    public static Map<Long, String> names(List<IoctlSpelling> spellings) {
        List<IoctlSpelling> ordered = new java.util.ArrayList<>(spellings);
        ordered.sort(java.util.Comparator.comparingInt(IoctlSpelling::offset));
        Map<Long, String> names = new HashMap<>();
        ordered.forEach(spelling -> names.putIfAbsent(spelling.value(), spelling.name()));
        return names;
    }

    public SourceFile file() {
        return file;
    }

    public SemanticModel semantics() {
        return semantics;
    }

    public ApiFacts api() {
        return api;
    }

    public Summaries summaries() {
        return summaries;
    }

    /** The code, named as the driver's case labels spell it where they do (IOCTL_FOO). */
    public IoctlCode ioctl(long code) {
        return new IoctlCode(code, Optional.ofNullable(ioctlNames.get(code)));
    }

    /** A case label or an == operand written as a macro (case IOCTL_FOO:, code == IOCTL_FOO) names its code. */
    private static List<IoctlSpelling> spellings(SourceFile file, List<Expression> written, SemanticModel semantics) {
        List<IoctlSpelling> spellings = new java.util.ArrayList<>();
        for (Expression value : written) {
            Optional<TextRange> site = value.expansionSite();
            if (site.isEmpty() || !site.get().file().equals(file.path())) {
                continue;
            }
            OptionalLong constant = semantics.constantValue(value);
            String text = file.text();
            int start = site.get().startOffset();
            int end = start;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                end++;
            }
            if (constant.isPresent() && end > start && start < text.length()
                    && !Character.isDigit(text.charAt(start))) {
                spellings.add(new IoctlSpelling(start, constant.getAsLong(), text.substring(start, end)));
            }
        }
        spellings.sort(java.util.Comparator.comparingInt(IoctlSpelling::offset));
        return List.copyOf(spellings);
    }
}
