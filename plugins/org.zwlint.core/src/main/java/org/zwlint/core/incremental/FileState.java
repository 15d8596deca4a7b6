package org.zwlint.core.incremental;

import java.util.List;

import org.zwlint.core.RuleFinding;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.analysis.CodeMode;
import org.zwlint.core.analysis.IoctlSpelling;
import org.zwlint.core.config.ZwLintConfig;

/**
 * What the last clean analysis of a file left for the next: its text, settings and mode, the other
 * files of its driver project it was analyzed with, its functions, and the rules' findings that lie
 * in each function ({@code findings.get(i)} in {@code chunked.chunks().get(i)}), in rule order, and
 * the IOCTL names the whole text spells (the findings name codes by the first).
 */
record FileState(ZwLintConfig config, String text, List<SourceFile> others, ChunkedText chunked, CodeMode mode,
        List<List<RuleFinding>> findings, List<IoctlSpelling> spellings) {
    FileState {
        others = List.copyOf(others);
        findings = findings.stream().map(List::copyOf).toList();
        spellings = List.copyOf(spellings);
    }

    /** Whether {@code now} are the same other files, with the same texts, as this analysis had. */
    boolean sameOthers(List<SourceFile> now) {
        if (now.size() != others.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).path().equals(others.get(i).path()) || !now.get(i).text().equals(others.get(i).text())) {
                return false;
            }
        }
        return true;
    }
}
