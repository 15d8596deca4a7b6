package org.zwlint.core;

import java.nio.file.Path;
import java.util.List;

import org.zwlint.core.config.ZwLintConfig;

/**
 * What to analyze: files and folders (folders are walked for .c and .h files), how, and on how
 * many threads (the result is the same for any number), with an optional result cache (the result
 * is the same with it) and a listener told how far it got.
 */
public record AnalysisRequest(List<Path> inputs, ZwLintConfig config, int jobs,
        java.util.Optional<org.zwlint.core.cache.ResultCache> cache, Progress progress) {
    public AnalysisRequest {
        inputs = List.copyOf(inputs);
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
    }

    public AnalysisRequest(List<Path> inputs, ZwLintConfig config, int jobs) {
        this(inputs, config, jobs, java.util.Optional.empty(), Progress.NONE);
    }

    /** A request that runs on every core. */
    public AnalysisRequest(List<Path> inputs, ZwLintConfig config) {
        this(inputs, config, Runtime.getRuntime().availableProcessors());
    }
}
