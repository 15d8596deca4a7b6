package org.zwlint.core.preprocess;

import java.time.Duration;

/**
 * Bounds that keep one hostile or broken translation unit from hanging or exhausting the run.
 * Each one, when hit, gives a diagnostic at the file:line where it was exceeded.
 *
 * @param maxExpansionDepth macros nested inside macros (a real WDK expansion stays under 40)
 * @param maxOutputTokens tokens one translation unit may produce (stops macro bombs)
 * @param maxExpansionWork tokens macro expansion may produce in total, including argument pre-expansion
 * @param maxIncludeDepth nested #include levels
 * @param maxSelfInclusions how often one file may already be open when it is included again (cycles without guards)
 * @param maxExpressionNesting parentheses and operators nested in one #if expression
 * @param timeBudget wall-clock time for one translation unit: the last resort behind the counted limits,
 *        generous so that a loaded machine does not change results
 */
public record PreprocessorLimits(int maxExpansionDepth, int maxOutputTokens, long maxExpansionWork,
        int maxIncludeDepth, int maxSelfInclusions, int maxExpressionNesting, Duration timeBudget) {

    public static PreprocessorLimits defaults() {
        return new PreprocessorLimits(200, 2_000_000, 5_000_000L, 200, 2, 256, Duration.ofSeconds(30));
    }
}
