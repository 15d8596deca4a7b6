package org.zwlint.cli;

/** What a command prints and the exit code it returns: text on stdout when done, one error line on stderr. */
record CommandReport(String text, int exitCode) {
    static CommandReport done(String text) {
        return new CommandReport(text, ExitCode.CLEAN);
    }

    static CommandReport error(String message) {
        return new CommandReport("error: " + message, ExitCode.BAD_INPUT);
    }
}
