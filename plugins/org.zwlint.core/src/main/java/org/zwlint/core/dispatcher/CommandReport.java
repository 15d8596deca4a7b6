package org.zwlint.core.dispatcher;

/** What a CLI command prints and the exit code it returns (0 done, 2 bad input). */
public record CommandReport(String text, int exitCode) {
    public static final int OK = 0;
    public static final int BAD_INPUT = 2;

    static CommandReport error(String message) {
        return new CommandReport("error: " + message, BAD_INPUT);
    }
}
