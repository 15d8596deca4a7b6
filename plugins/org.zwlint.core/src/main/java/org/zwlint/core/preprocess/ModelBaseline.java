package org.zwlint.core.preprocess;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceFile;

/**
 * The macros every translation unit starts with, and the preprocessed model header they came
 * from. Built in three steps so that options win where they should: the -D options first (so
 * they can steer the model's own conditionals, such as the target architecture), then the model
 * header (compiler predefines and WDK declarations), then -D again and -U last.
 */
record ModelBaseline(PreprocessedUnit unit, Map<String, Macro> macros, Set<String> coveredHeaders) {
    static final String MODEL_RESOURCE = "wdk-model.h";
    private static final String COVERS_MARKER = "// zwlint-model-covers:";

    static ModelBaseline build(ZwLintConfig config) {
        MacroTable macros = MacroTable.empty();
        HeaderCache noHeaders = new HeaderCache();
        PreprocessorLimits limits = PreprocessorLimits.defaults();
        ZwLintConfig isolated = ZwLintConfig.defaults(); // the model never searches include directories
        String defines = commandLine(config, false);
        new UnitRun(isolated, noHeaders, limits, Set.of(), macros)
                .run(SourceFile.of(Path.of("zwlint-builtin", "command-line"), defines));
        SourceFile model = SourceFile.of(Preprocessor.MODEL_PATH, modelText());
        PreprocessedUnit unit = new UnitRun(isolated, noHeaders, limits, Set.of(), macros).run(model);
        new UnitRun(isolated, noHeaders, limits, Set.of(), macros)
                .run(SourceFile.of(Path.of("zwlint-builtin", "command-line"), commandLine(config, true)));
        return new ModelBaseline(unit, macros.snapshot(), covered(model.text()));
    }

    /** -D and -U options as directive lines; "-DX" with no value means 1, as compilers do. */
    private static String commandLine(ZwLintConfig config, boolean withUndefines) {
        StringBuilder sb = new StringBuilder();
        config.defines().forEach((name, value) -> sb.append("#define ").append(name).append(' ')
                .append(value.isEmpty() ? "1" : value.replace('\n', ' ').replace('\r', ' ')).append('\n'));
        if (withUndefines) {
            for (String name : config.undefines()) {
                sb.append("#undef ").append(name).append('\n');
            }
        }
        return sb.toString();
    }

    private static Set<String> covered(String modelText) {
        Set<String> names = new HashSet<>();
        for (String line : modelText.split("\n")) {
            if (line.startsWith(COVERS_MARKER)) {
                for (String name : line.substring(COVERS_MARKER.length()).trim().split("\\s+")) {
                    names.add(name.toLowerCase(Locale.ROOT));
                }
            }
        }
        return Set.copyOf(names);
    }

    private static String modelText() {
        try (InputStream in = ModelBaseline.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled WDK model " + MODEL_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
