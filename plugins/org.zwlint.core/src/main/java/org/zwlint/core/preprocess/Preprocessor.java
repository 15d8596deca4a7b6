package org.zwlint.core.preprocess;

import java.nio.file.Path;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceFile;

/**
 * Turns a source file into the token stream the parser reads: includes, macros, conditionals,
 * with every token mapped back to where it was written. One instance serves one run and may be
 * used from several threads at once; headers are lexed once per instance (see {@link HeaderCache}).
 *
 * <p>Every translation unit starts with the macros of the bundled WDK model header
 * ({@value ModelBaseline#MODEL_RESOURCE}), which also predefines what MSVC defines for an x64
 * kernel-mode driver build. The model's own tokens are not repeated in each unit; parse
 * {@link #modelUnit()} once to learn its typedef names and prototypes.
 */
public final class Preprocessor {
    /** The path the bundled model's tokens report as their origin. */
    public static final Path MODEL_PATH = Path.of("zwlint-builtin", ModelBaseline.MODEL_RESOURCE);

    private final ZwLintConfig config;
    private final HeaderCache headers;
    private final PreprocessorLimits limits;
    /** The model preprocessed with this instance's -D/-U options, built on first use. */
    private volatile @Nullable ModelBaseline model;

    public Preprocessor(ZwLintConfig config) {
        this(config, new HeaderCache(), PreprocessorLimits.defaults());
    }

    public Preprocessor(ZwLintConfig config, HeaderCache headers, PreprocessorLimits limits) {
        this.config = config;
        this.headers = headers;
        this.limits = limits;
    }

    public HeaderCache headerCache() {
        return headers;
    }

    /**
     * The same configuration, limits and (once built) model, with an empty header cache: for a
     * caller whose headers changed wholesale, e.g. a fuzz target that rewrites its file system on
     * every input, without preprocessing the model again.
     */
    public Preprocessor withFreshHeaders() {
        Preprocessor fresh = new Preprocessor(config, new HeaderCache(), limits);
        fresh.model = model();
        return fresh;
    }

    public PreprocessedUnit run(SourceFile file) {
        ModelBaseline baseline = model();
        return new UnitRun(config, headers, limits, baseline.coveredHeaders(), new MacroTable(baseline.macros()))
                .run(file);
    }

    /** The bundled model header, preprocessed; computed once per preprocessor. */
    public PreprocessedUnit modelUnit() {
        return model().unit();
    }

    private ModelBaseline model() {
        ModelBaseline built = model;
        if (built != null) {
            return built;
        }
        synchronized (this) { // parallel files all start with the model; build it once
            ModelBaseline again = model;
            if (again != null) {
                return again;
            }
            ModelBaseline fresh = ModelBaseline.build(config);
            model = fresh;
            return fresh;
        }
    }
}
