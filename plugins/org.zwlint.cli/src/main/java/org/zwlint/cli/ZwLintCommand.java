package org.zwlint.cli;

import org.eclipse.jdt.annotation.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level `zwlint` command. Subcommands for the front end and the dispatcher model
 * (parse, services, simulate) join the list below once their core APIs exist.
 */
@Command(name = "zwlint", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
        description = "Finds PreviousMode, probing and Nt/Zw boundary bugs in Windows kernel-driver C code.",
        subcommands = { CheckCommand.class, InitCommand.class, ParseCommand.class, ExplainCommand.class, RulesCommand.class, ServicesCommand.class,
                SimulateCommand.class, HelpCommand.class },
        footer = { "", "Without a command, zwlint runs `check`: zwlint [check] [OPTIONS] PATH...",
                "Exit codes: 0 no findings, 1 findings, 2 bad usage or unanalyzable input, 3 internal error." })
public final class ZwLintCommand implements Runnable {
    @Spec
    private @Nullable CommandSpec spec;

    @Override
    public void run() {
        CommandSpec injected = Injected.get(spec, "spec");
        injected.commandLine().usage(injected.commandLine().getOut());
    }
}
