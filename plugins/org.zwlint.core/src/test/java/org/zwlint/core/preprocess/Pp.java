package org.zwlint.core.preprocess;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.zwlint.core.Diagnostic;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceFile;

/** Test helpers: preprocess a snippet and look at the result as text. */
final class Pp {
    private Pp() {
    }

    static PreprocessedUnit run(String source) {
        return run(ZwLintConfig.defaults(), source);
    }

    static PreprocessedUnit run(ZwLintConfig config, String source) {
        return new Preprocessor(config).run(SourceFile.of(Path.of("snippet.c"), source));
    }

    /** The output tokens' spellings joined by single spaces. */
    static String text(PreprocessedUnit unit) {
        return unit.tokens().stream().map(t -> t.getText()).collect(Collectors.joining(" "));
    }

    static String text(String source) {
        PreprocessedUnit unit = run(source);
        return text(unit);
    }

    static String diagnostics(PreprocessedUnit unit) {
        return unit.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }
}
