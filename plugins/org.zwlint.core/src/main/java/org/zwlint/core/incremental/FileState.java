package org.zwlint.core.incremental;

import java.util.List;

import org.zwlint.core.RuleFinding;
import org.zwlint.core.analysis.CodeMode;
import org.zwlint.core.config.ZwLintConfig;

/**
 * What the last clean analysis of a file left for the next: its text, settings and mode, its
 * functions, and the rules' findings that lie in each function ({@code findings.get(i)} in
 * {@code chunked.chunks().get(i)}), in rule order.
 */
record FileState(ZwLintConfig config, String text, ChunkedText chunked, CodeMode mode,
        List<List<RuleFinding>> findings) {
    FileState {
        findings = findings.stream().map(List::copyOf).toList();
    }
}
