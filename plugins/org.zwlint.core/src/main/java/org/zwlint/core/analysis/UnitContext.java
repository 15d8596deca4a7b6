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

    public UnitContext(SourceFile file, TranslationUnit ast, SemanticModel semantics, ApiFacts api, Summaries summaries) {
        this(file, UnitScan.of(ast), semantics, api, summaries);
    }

    UnitContext(SourceFile file, UnitScan scan, SemanticModel semantics, ApiFacts api, Summaries summaries) {
        this.file = file;
        this.semantics = semantics;
        this.api = api;
        this.summaries = summaries;
        this.ioctlNames = ioctlNames(file, scan.comparedValues(), semantics);
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
    private static Map<Long, String> ioctlNames(SourceFile file, List<Expression> written, SemanticModel semantics) {
        Map<Long, String> names = new HashMap<>(); // case labels and == operands, as the unit's walk meets them
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
                names.putIfAbsent(constant.getAsLong(), text.substring(start, end));
            }
        }
        return names;
    }
}
