package org.zwlint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import picocli.CommandLine;

/**
 * Builds the command line and runs it. `check` is the default command, so `zwlint src/` and
 * `zwlint check src/` mean the same; any other first word that names a subcommand runs it.
 */
public final class ZwLintCli {
    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private ZwLintCli() {
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new ZwLintCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("zwlint: internal error: " + exception);
            exception.printStackTrace(cmd.getErr());
            cmd.getErr().println("zwlint: this is a bug in ZwLint; please report it with the input that caused it");
            return ExitCode.INTERNAL_ERROR;
        });
        return commandLine;
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine(out, err);
        int code = commandLine.execute(withDefaultCommand(commandLine, args));
        out.flush();
        err.flush();
        return code;
    }

    private static String[] withDefaultCommand(CommandLine commandLine, String[] args) {
        if (args.length > 0
                && (commandLine.getSubcommands().containsKey(args[0]) || TOP_LEVEL_OPTIONS.contains(args[0]))) {
            return args;
        }
        List<String> withCheck = new ArrayList<>(args.length + 1);
        withCheck.add(CheckCommand.NAME);
        withCheck.addAll(List.of(args));
        return withCheck.toArray(String[]::new);
    }
}
