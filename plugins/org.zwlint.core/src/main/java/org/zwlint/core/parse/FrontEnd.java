package org.zwlint.core.parse;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.Severity;
import org.zwlint.core.ast.Span;
import org.zwlint.core.ast.TranslationUnit;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.preprocess.PreprocessedUnit;
import org.zwlint.core.preprocess.Preprocessor;
import org.zwlint.core.source.SourceFile;

/**
 * The C front end: preprocess, then parse, one file at a time. Safe to share between threads;
 * the bundled WDK model is parsed once per front end and its typedef names seed every translation
 * unit. Everything it caches is its own, so dropping the front end frees it.
 */
public final class FrontEnd {
    /** The parser's wall-clock last resort per file, behind its counted budget (see {@link CParserDriver}). */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(30);

    private final Preprocessor preprocessor;
    private final long budgetNanos;
    private final ParserProfile profile;
    /** The model, parsed once by this front end on first use: its typedef names and its tree. */
    private volatile @Nullable ParsedModel model;
    /** The model's typedef names as {@link TypedefScanner} reads them, long before its parse ends. */
    private volatile @Nullable Set<String> scannedNames;

    private record ParsedModel(Set<String> typeNames, TranslationUnit ast) {
    }

    public FrontEnd(ZwLintConfig config) {
        this(new Preprocessor(config), DEFAULT_BUDGET);
    }

    public FrontEnd(Preprocessor preprocessor, Duration budget) {
        this(preprocessor, budget, ParserProfile.fromSystemProperty());
    }

    public FrontEnd(Preprocessor preprocessor, Duration budget, ParserProfile profile) {
        this.preprocessor = preprocessor;
        this.budgetNanos = budget.toNanos();
        this.profile = profile;
    }

    /** ANTLR's decision profile of the files this front end parsed (empty unless the profile is enabled). */
    public ParserProfile profile() {
        return profile;
    }

    public ParsedUnit parse(SourceFile file) {
        try {
            PreprocessedUnit unit = preprocessor.run(file);
            // The parser has its own wall-clock limit, a last resort behind its counted budget: time the
            // preprocessor spent on a loaded machine must not leave the parser a zero budget.
            ParsedUnit parsed = new CParserDriver(new TypeNames(modelTypeNames()), budgetNanos, profile).parse(unit);
            List<Diagnostic> all = new java.util.ArrayList<>(unit.diagnostics());
            switch (file.encoding()) {
                case UTF_16LE_BOM, UTF_16BE_BOM, UTF_16LE, UTF_16BE, WINDOWS_1252 -> all.add(Diagnostic.ofFile(Severity.NOTE, file.path(),
                        "decoded as " + file.encoding().displayName() + "; edits keep this encoding"));
                default -> {
                    // UTF-8, with or without a BOM: nothing to say
                }
            }
            java.util.OptionalInt comment = UnterminatedComment.find(file.text());
            if (comment.isPresent()) {
                int at = comment.getAsInt();
                all.add(new Diagnostic(Severity.ERROR, file.path(), file.lines().line(at), file.lines().column(at),
                        "unterminated /* comment: the rest of the file is inside it"));
            }
            if (all.isEmpty()) {
                return parsed;
            }
            all.addAll(parsed.diagnostics());
            return new ParsedUnit(parsed.ast(), all, parsed.functionCount(), parsed.parsedFunctionCount(),
                    parsed.includedHeaders(), parsed.warningPragmas(), parsed.includes());
        } catch (RuntimeException | StackOverflowError e) {
            Diagnostic crash = Diagnostic.ofFile(Severity.ERROR, file.path(),
                    "internal error in the C front end (" + e + "); file skipped");
            TranslationUnit empty = new TranslationUnit(Span.of(file.range(0, 0)), file.path(), List.of(), List.of());
            return new ParsedUnit(empty, List.of(crash), 0, 0);
        }
    }

    /**
     * The typedef names (and struct tags) the bundled WDK model declares, which files are parsed
     * with: scanned from the preprocessed model, so files need not wait for its parse; the parsed
     * model's own names once they are known and differ (see {@link #scanMatchesModel()}).
     */
    public Set<String> modelTypeNames() {
        ParsedModel parsed = model;
        return parsed != null ? parsed.typeNames() : scannedNames();
    }

    /**
     * Whether the scanned names are those the model's parse learned (it waits for the parse). When
     * not, files parsed before the parse ended must be parsed again; for the bundled model with
     * any usual configuration they are the same, and a test holds them so.
     */
    public boolean scanMatchesModel() {
        return model().typeNames().equals(scannedNames());
    }

    private Set<String> scannedNames() {
        Set<String> known = scannedNames;
        if (known == null) {
            known = TypedefScanner.names(preprocessor.modelUnit().tokens()); // the same set, should two threads race
            scannedNames = known;
        }
        return known;
    }

    /** The bundled WDK model's own tree: its types, records and prototypes, for semantics. */
    public TranslationUnit modelAst() {
        return model().ast();
    }

    private ParsedModel model() {
        ParsedModel known = model;
        if (known != null) {
            return known;
        }
        synchronized (this) { // the first files of a parallel run all ask at once; parse the model once
            ParsedModel again = model;
            if (again != null) {
                return again;
            }
            TypeNames names = new TypeNames(Set.of());
            TranslationUnit ast = new CParserDriver(names, DEFAULT_BUDGET.toNanos()).parse(preprocessor.modelUnit())
                    .ast();
            ParsedModel parsed = new ParsedModel(names.snapshot(), ast);
            model = parsed;
            return parsed;
        }
    }

    /** Syntax problems in the bundled model itself; empty when the grammar understands all of it. */
    public List<Diagnostic> modelDiagnostics() {
        return new CParserDriver(new TypeNames(Set.of()), DEFAULT_BUDGET.toNanos()).parse(preprocessor.modelUnit())
                .diagnostics();
    }
}
