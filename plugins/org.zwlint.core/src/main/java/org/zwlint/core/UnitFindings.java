package org.zwlint.core;

import java.util.List;

import org.zwlint.core.analysis.CodeMode;
import org.zwlint.core.analysis.IoctlSpelling;
import org.zwlint.core.parse.WarningPragmas;

/**
 * One file's analysis up to its rules' findings (see {@link Analyzer#analyzeUnits}): the mode it was
 * judged in, the findings in rule order before suppression, what the analysis said, whether the
 * engine hit a budget (then the file's functions were not each analyzed in full), and the
 * {@code #pragma warning} scopes that may silence its findings, and the IOCTL names its analyzed text
 * spells (the findings name codes by them).
 */
public record UnitFindings(CodeMode mode, List<RuleFinding> findings, List<Diagnostic> diagnostics,
        boolean budgetHit, WarningPragmas pragmas, List<IoctlSpelling> ioctlSpellings) {
    public UnitFindings {
        findings = List.copyOf(findings);
        diagnostics = List.copyOf(diagnostics);
        ioctlSpellings = List.copyOf(ioctlSpellings);
    }
}
