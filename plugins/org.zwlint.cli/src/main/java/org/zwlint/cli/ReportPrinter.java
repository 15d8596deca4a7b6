package org.zwlint.cli;

import org.eclipse.jdt.annotation.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/** Prints a command's report: its text on stdout, or its error on stderr, and returns its exit code. */
final class ReportPrinter {
    private ReportPrinter() {
    }

    static int print(@Nullable CommandSpec spec, CommandReport report) {
        var commandLine = Injected.get(spec, "spec").commandLine();
        var stream = report.exitCode() == ExitCode.CLEAN ? commandLine.getOut() : commandLine.getErr();
        stream.print(report.text().endsWith("\n") ? report.text() : report.text() + "\n");
        stream.flush();
        return report.exitCode();
    }
}
