package org.zwlint.core;

import java.nio.file.Path;
import java.util.List;

import org.zwlint.core.config.ZwLintConfig;

/** What to analyze: files and folders (folders are walked for .c and .h files), and how. */
public record AnalysisRequest(List<Path> inputs, ZwLintConfig config) {
    public AnalysisRequest {
        inputs = List.copyOf(inputs);
    }
}
