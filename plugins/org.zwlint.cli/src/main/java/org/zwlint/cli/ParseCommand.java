package org.zwlint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.Severity;
import org.zwlint.core.parse.ParseRun;
import org.zwlint.core.parse.ParseRunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `zwlint parse`: preprocess and parse C files on every core, print syntax diagnostics and one summary line. */
@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class, sortOptions = false,
        description = "Parses C files and folders with ZwLint's front end and prints its diagnostics, then "
                + "files=N lines=N functions=N parsed=N errors=N seconds=S.",
        footer = { "", "Exit codes: 0 no errors, 1 syntax or input errors, 2 bad usage." })
public final class ParseCommand implements Callable<Integer> {
    @Spec
    private @Nullable CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "C files and folders to parse.")
    private List<Path> paths = new ArrayList<>();

    @Mixin
    private PreprocessorOptions preprocessor = new PreprocessorOptions();

    @Option(names = "--notes", description = "Also print notes, such as each header that was not found "
            + "(without WDK headers there is one for every #include of a WDK header the bundled model stands in for).")
    private boolean notes;

    @Override
    public Integer call() {
        CommandSpec commandSpec = Injected.get(spec, "spec");
        PrintWriter out = commandSpec.commandLine().getOut();
        ParseRunResult result = ParseRun.run(paths, preprocessor.toConfig(commandSpec.commandLine(), Set.of()),
                Runtime.getRuntime().availableProcessors());
        for (Diagnostic diagnostic : result.diagnostics()) {
            if (notes || diagnostic.severity() != Severity.NOTE) {
                out.println(diagnostic.format());
            }
        }
        out.println(result.summaryLine());
        out.flush();
        return result.errors() == 0 ? ExitCode.CLEAN : ExitCode.FINDINGS;
    }
}
