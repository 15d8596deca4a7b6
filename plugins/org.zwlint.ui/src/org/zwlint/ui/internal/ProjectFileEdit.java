package org.zwlint.ui.internal;

import java.util.List;
import java.util.Map;

import org.zwlint.core.config.ProjectFileDocument;

/**
 * What the property page sets in a {@code .zwlint}: each rule's level, the defines, include
 * directories, WDK include directory and architecture (empty: no line). A value taken from the
 * page's widgets on the UI thread, applied to the file's text in a job.
 */
record ProjectFileEdit(Map<String, RuleLevelChoice> levels, List<String> defines, List<String> includeDirs,
        String wdkInclude, String arch) {
    private static final String RULE_KEY = "rule[%s]";

    ProjectFileEdit {
        levels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(levels));
        defines = List.copyOf(defines);
        includeDirs = List.copyOf(includeDirs);
    }

    /** The document with these keys set; everything else in it as it was. */
    ProjectFileDocument applyTo(ProjectFileDocument document) {
        ProjectFileDocument result = document;
        for (Map.Entry<String, RuleLevelChoice> rule : levels.entrySet()) {
            result = result.with(String.format(RULE_KEY, rule.getKey()),
                    rule.getValue().setting().map(s -> List.of(s.label())).orElse(List.of()));
        }
        result = result.with("define", defines);
        result = result.with("include-dir", includeDirs);
        result = result.with("wdk-include", wdkInclude.isEmpty() ? List.of() : List.of(wdkInclude));
        return result.with("arch", arch.isEmpty() ? List.of() : List.of(arch));
    }

    /** {@code before} edited, with the line ends it had. */
    String applyTo(String before) {
        String text = applyTo(ProjectFileDocument.of(before)).text();
        return before.contains("\r\n") ? text.replace("\n", "\r\n") : text;
    }
}
