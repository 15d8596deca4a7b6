package org.zwlint.cli;

/** The process exit codes scripts and CI steps rely on. */
public final class ExitCode {
    /** Everything asked for was analyzed and nothing was found. */
    public static final int CLEAN = 0;
    /** At least one finding. */
    public static final int FINDINGS = 1;
    /** Bad usage, or an input that could not be analyzed (missing path, binary file, no C files). */
    public static final int BAD_INPUT = 2;
    /** ZwLint itself failed; the message asks for a bug report. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
