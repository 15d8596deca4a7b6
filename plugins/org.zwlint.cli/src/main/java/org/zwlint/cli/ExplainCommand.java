package org.zwlint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.Analyzer;
import org.zwlint.core.analysis.UnitAnalysis;
import org.zwlint.core.config.ConfigOverrides;
import org.zwlint.core.config.ConfigResolver;
import org.zwlint.core.config.ProjectFile;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.model.Arch;
import org.zwlint.core.report.ExplainReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `zwlint explain FILE[:LINE]`: what the engine believes about a file or a line. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class, sortOptions = false,
        description = "Prints what the analysis engine believes about a C file, analyzed with the other files of its "
                + "project: kernel or user code, the driver model, the entry points, and for each function its "
                + "context (role, PreviousMode) and at each access, probe, fetch and call the pointer's provenance, "
                + "the probe that covers it, the __except guard, the requestor-mode check and the IOCTL handled, with the "
                + "I/O manager's handling of each IOCTL on the target architecture (--arch, or the project's).",
        footer = { "", "With FILE:LINE, only the functions around that line and the facts on it.",
                "Exit codes: 0 explained, 2 bad usage or a file that cannot be read." })
public final class ExplainCommand implements Callable<Integer> {
    private static final Pattern WITH_LINE = Pattern.compile("(.+):(\\d+)");

    @Spec
    private @Nullable CommandSpec spec;

    @Parameters(paramLabel = "FILE[:LINE]", arity = "1", description = "The C file, optionally with a line.")
    private String target = "";

    @Mixin
    private PreprocessorOptions preprocessor = new PreprocessorOptions();

    @Option(names = "--arch", paramLabel = "x86|x64", description = "Target architecture: x64 (default) or x86 "
            + "(as -D _X86_); sets the layouts the engine folds sizeof with and the I/O manager shown.")
    private @Nullable String arch;

    @Override
    public Integer call() {
        CommandSpec commandSpec = Injected.get(spec, "spec");
        PrintWriter out = commandSpec.commandLine().getOut();
        PrintWriter err = commandSpec.commandLine().getErr();
        Path file = Path.of(target);
        OptionalInt line = OptionalInt.empty();
        Matcher matcher = WITH_LINE.matcher(target);
        if (!Files.isRegularFile(file) && matcher.matches()) {
            file = Path.of(matcher.group(1));
            line = OptionalInt.of(Integer.parseInt(matcher.group(2)));
        }
        if (!Files.isRegularFile(file)) {
            err.println("zwlint explain: " + file + ": no such file");
            return ExitCode.BAD_INPUT;
        }
        ZwLintConfig config = config(commandSpec, file);
        Optional<UnitAnalysis> analysis = new Analyzer().explain(file, config);
        if (analysis.isEmpty()) {
            err.println("zwlint explain: " + file + ": cannot be read as a C source file");
            return ExitCode.BAD_INPUT;
        }
        out.print(ExplainReport.render(file.toAbsolutePath().normalize(), analysis.get(), line, config.arch()));
        out.flush();
        return ExitCode.CLEAN;
    }

    /** The options' configuration, with --arch applied as check applies it (x86: _X86_ defined, _WIN64 not). */
    private ZwLintConfig config(CommandSpec commandSpec, Path file) {
        String archName = arch;
        Optional<Arch> chosen = Optional.empty();
        if (archName != null) {
            chosen = Optional.of(Arch.parse(archName).orElseThrow(() -> new ParameterException(
                    commandSpec.commandLine(), "--arch " + archName + ": use x64 or x86")));
        }
        ConfigOverrides overrides = preprocessor.toOverrides(commandSpec.commandLine(), chosen, Set.of(), Set.of(),
                Optional.empty(), Optional.empty());
        Path folder = file.toAbsolutePath().normalize().getParent();
        return new ConfigResolver(Set.of(), overrides).resolve(ProjectFile.none(folder));
    }
}
