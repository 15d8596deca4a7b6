package org.zwlint.core;

import java.nio.file.Path;
import java.util.List;

import org.zwlint.core.config.ZwLintConfig;

/**
 * What to analyze: files and folders (folders are walked for .c and .h files), how, and on how
 * many threads (the result is the same for any number).
 */
public record AnalysisRequest(List<Path> inputs, ZwLintConfig config, int jobs) {
    public AnalysisRequest {
        inputs = List.copyOf(inputs);
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
    }

    /** A request that runs on every core. */
    public AnalysisRequest(List<Path> inputs, ZwLintConfig config) {
        this(inputs, config, Runtime.getRuntime().availableProcessors());
    }
}
