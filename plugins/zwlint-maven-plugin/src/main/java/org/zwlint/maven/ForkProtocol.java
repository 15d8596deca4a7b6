package org.zwlint.maven;

/**
 * The lines a forked analysis writes on standard output: "E ", "W " or "I " and a log line, and
 * last "OUTCOME KIND message". Compiled for Java 17, so both sides can use it.
 */
public final class ForkProtocol {
    public static final String MAIN_CLASS = "org.zwlint.maven.analysis.ForkMain";
    public static final String ERROR = "E ";
    public static final String WARN = "W ";
    public static final String INFO = "I ";
    public static final String OUTCOME = "OUTCOME ";

    private ForkProtocol() {
    }

    /** A line of text as one protocol line: line breaks would start a new record. */
    public static String oneLine(String text) {
        return text.replace('\r', ' ').replace('\n', ' ');
    }
}
