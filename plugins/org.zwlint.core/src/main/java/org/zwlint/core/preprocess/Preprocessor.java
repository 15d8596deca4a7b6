package org.zwlint.core.preprocess;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    private record ModelKey(Map<String, String> defines, List<String> undefines) {
    }

    private static final Map<ModelKey, ModelBaseline> MODELS = new ConcurrentHashMap<>();

    private final ZwLintConfig config;
    private final HeaderCache headers;
    private final PreprocessorLimits limits;

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

    public PreprocessedUnit run(SourceFile file) {
        ModelBaseline model = model();
        return new UnitRun(config, headers, limits, model.coveredHeaders(), new HashMap<>(model.macros())).run(file);
    }

    /** The bundled model header, preprocessed; computed once per distinct set of -D/-U options. */
    public PreprocessedUnit modelUnit() {
        return model().unit();
    }

    private ModelBaseline model() {
        return MODELS.computeIfAbsent(new ModelKey(config.defines(), config.undefines()),
                key -> ModelBaseline.build(config));
    }
}
