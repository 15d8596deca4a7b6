package org.zwlint.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.Finding;
import org.zwlint.core.Progress;
import org.zwlint.core.ProjectRun;
import org.zwlint.core.baseline.Baseline;
import org.zwlint.core.cache.ResultCache;
import org.zwlint.core.baseline.BaselineState;
import org.zwlint.core.baseline.Fingerprints;
import org.zwlint.core.config.BuildSource;
import org.zwlint.core.config.ConfigOverrides;
import org.zwlint.core.config.FailLevel;
import org.zwlint.core.config.ProjectFileException;
import org.zwlint.core.model.Arch;
import org.zwlint.core.report.JsonReport;
import org.zwlint.core.report.ReportFormat;
import org.zwlint.core.report.SarifInvocation;
import org.zwlint.core.report.SarifReport;
import org.zwlint.core.report.TextOptions;
import org.zwlint.core.report.TextReport;
import org.zwlint.core.rules.RuleDescription;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** `zwlint [check]`: analyze files and folders, print or write a report, optionally apply fixes. */
@Command(name = CheckCommand.NAME, mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
        sortOptions = false,
        description = { "Analyzes C files and folders (folders are searched for .c and .h files; build output "
                + "folders and C++ files are skipped).",
                "Each file uses the nearest .zwlint above it (or --config FILE); options override it." },
        footer = { "", "Exit codes (the highest that applies): 0 nothing at or above the fail level, 1 findings, "
                + "2 bad usage, a bad .zwlint or input that could not be analyzed, 3 internal error." })
public final class CheckCommand implements Callable<Integer> {
    static final String NAME = "check";
    /** Set by the launcher script: what to analyze when no PATH is given (the examples folder). */
    static final String DEFAULT_PATHS_PROPERTY = "zwlint.defaultPaths";

    @Spec
    private @Nullable CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "C files and folders to analyze.")
    private List<Path> paths = new ArrayList<>();

    @Mixin
    private PreprocessorOptions preprocessor = new PreprocessorOptions();

    @Option(names = "--arch", paramLabel = "ARCH", description = "Target architecture: x64 (default) or x86.")
    private @Nullable String arch;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Use this .zwlint for every file instead of the nearest one above each.")
    private @Nullable Path configFile;

    @Option(names = "--vcxproj", paramLabel = "FILE",
            description = "Take defines, include directories, the platform and the driver model (KMDF, WDM, UMDF) from "
                    + "this Visual Studio project and the .props files it imports from the tree.")
    private @Nullable Path vcxproj;

    @Option(names = "--configuration", paramLabel = "CONFIG|PLATFORM",
            description = "The --vcxproj configuration to read, e.g. \"Release|x64\" (default: its first x64 one).")
    private @Nullable String configuration;

    @Option(names = "--compile-commands", paramLabel = "FILE",
            description = "Take each file's defines and include directories from this compile_commands.json.")
    private @Nullable Path compileCommands;

    @Option(names = "--enable", paramLabel = "RULE", split = ",", description = "Switch a rule on, e.g. PM001.")
    private List<String> enabled = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "Switch a rule off, e.g. PM001.")
    private List<String> disabled = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "The least severe finding that makes the exit code 1: error, warning (default), note or "
                    + "none. Syntax errors never do.")
    private String failOn = "warning";

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "Report format: text (default), json or sarif (SARIF 2.1.0).")
    private ReportFormat format = ReportFormat.TEXT;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    private @Nullable Path output;

    @Option(names = "--base-dir", paramLabel = "DIR",
            description = "Name files in SARIF relative to DIR (as SRCROOT); default: the folder of the .zwlint, "
                    + "else the current one.")
    private @Nullable Path baseDir;

    @Option(names = "--jobs", paramLabel = "N", description = "Analyze on N threads (default: every core).")
    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep each driver project's results in DIR and reuse them while its files, the headers "
                    + "they include, the configuration and ZwLint are unchanged.")
    private @Nullable Path cacheDir;

    @Option(names = "--progress", paramLabel = "WHEN",
            description = "A progress bar on stderr: auto (default: only when stderr is a terminal), always or never.")
    private String progress = "auto";

    @Option(names = { "-q", "--quiet" }, description = "Print findings and errors only, no notes or summary.")
    private boolean quiet;

    @Option(names = { "-v", "--verbose" },
            description = "Also list the C++ files skipped and each dispatcher replay's trace.")
    private boolean verbose;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Findings recorded in FILE do not fail the run and are not printed; only new ones are "
                    + "(SARIF marks each result new, unchanged or absent). Default: the .zwlint's baseline.")
    private @Nullable Path baselineFile;

    @Option(names = "--update-baseline",
            description = "Record the current findings in the baseline file and exit 0.")
    private boolean updateBaseline;

    @Option(names = "--fix", description = "Apply every offered fix in place, then report what is left.")
    private boolean fix;

    @Option(names = "--dry-run",
            description = "With --fix: write nothing; print the fixes as a unified diff (for patch -p1 or git apply).")
    private boolean dryRun;

    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(@Nullable String value) {
            String name = value == null ? "" : value;
            return ReportFormat.named(name).orElseThrow(() -> new TypeConversionException(
                    "unknown format '" + value + "'; use text, json or sarif"));
        }
    }

    @Override
    public Integer call() {
        CommandSpec commandSpec = Injected.get(spec, "spec");
        PrintWriter out = commandSpec.commandLine().getOut();
        PrintWriter err = commandSpec.commandLine().getErr();
        Analyzer analyzer = new Analyzer();
        ConfigOverrides overrides = overrides(commandSpec, analyzer);
        FailLevel failLevel = FailLevel.named(failOn).orElseThrow(() -> new ParameterException(
                commandSpec.commandLine(), "--fail-on " + failOn + ": use error, warning, note or none"));
        if (jobs < 1) {
            throw new ParameterException(commandSpec.commandLine(), "--jobs " + jobs + ": must be at least 1");
        }
        List<Path> inputs = inputs(commandSpec);
        Path cacheFolder = cacheDir;
        Optional<ResultCache> cache = cacheFolder == null ? Optional.empty() : Optional.of(ResultCache.open(cacheFolder));
        Optional<ProgressBar> bar = progressBar(commandSpec, err);
        ProjectRun.Outcome outcome;
        try {
            outcome = ProjectRun.run(analyzer, inputs, overrides, jobs, cache,
                    bar.<Progress>map(b -> b).orElse(Progress.NONE));
        } catch (ProjectFileException e) {
            bar.ifPresent(ProgressBar::finish);
            err.println("zwlint: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        bar.ifPresent(ProgressBar::finish); // before anything else is printed
        if (cache.isPresent()) {
            // On stderr: the report is the same bytes with a cold cache, a warm one or none.
            cache.get().notes().forEach(note -> err.println("zwlint: " + note));
            if (verbose) {
                err.println("zwlint: cache " + cacheFolder + ": " + cache.get().reused() + " projects reused, "
                        + cache.get().analyzed() + " analyzed");
            }
        }
        AnalysisResult result = outcome.result();
        if (dryRun && !fix) {
            throw new ParameterException(commandSpec.commandLine(), "--dry-run: only with --fix");
        }
        if (fix && dryRun) {
            // The diff alone on standard output, so it can go straight to patch or git apply.
            StringBuilder diff = new StringBuilder();
            List<FixApplier.Outcome> outcomes = FixApplier.applyAll(result.findings(), true, diff);
            out.print(diff);
            outcomes.stream().filter(o -> !o.applied()).forEach(o -> err.println(o.format()));
            long planned = outcomes.stream().filter(FixApplier.Outcome::applied).count();
            long files = outcomes.stream().filter(FixApplier.Outcome::applied).map(o -> o.fix().file()).distinct()
                    .count();
            err.println("zwlint: --dry-run: would apply " + planned + " of " + outcomes.size() + " offered fixes in "
                    + files + (files == 1 ? " file" : " files") + "; nothing was written");
            return exitCode(result, failLevel);
        }
        if (fix) {
            // A JSON or SARIF report on standard output must stay parseable, so the fix log goes to stderr then.
            PrintWriter fixLog = format == ReportFormat.TEXT || output != null ? out : err;
            List<FixApplier.Outcome> outcomes = FixApplier.applyAll(result.findings());
            outcomes.forEach(o -> fixLog.println(o.format()));
            long applied = outcomes.stream().filter(FixApplier.Outcome::applied).count();
            long files = outcomes.stream().filter(FixApplier.Outcome::applied).map(o -> o.fix().file()).distinct()
                    .count();
            fixLog.println("zwlint: applied " + applied + " of " + outcomes.size() + " offered fixes in " + files
                    + (files == 1 ? " file" : " files"));
            if (applied > 0) {
                try {
                    // what the fixes left (the fixed files' projects are analyzed again, the others reused)
                    result = ProjectRun.run(analyzer, inputs, overrides, jobs, cache, Progress.NONE).result();
                } catch (ProjectFileException e) {
                    err.println("zwlint: " + e.getMessage());
                    return ExitCode.BAD_INPUT;
                }
            }
        }
        TextOptions textOptions = new TextOptions(Path.of(""), quiet, verbose)
                .withConfiguration(outcome.configurationFingerprint());
        Fingerprints fingerprints = new Fingerprints(fingerprintBase(outcome));
        Optional<Path> baselinePath = Injected.optional(baselineFile).or(outcome::baseline);
        if (updateBaseline) {
            Path target = baselinePath.orElseThrow(() -> new ParameterException(commandSpec.commandLine(),
                    "--update-baseline: name the file with --baseline FILE or 'baseline = FILE' in the .zwlint"));
            try {
                Baseline.of(result.findings(), fingerprints).write(target);
            } catch (IOException e) {
                err.println("zwlint: cannot write the baseline " + target + ": " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
            out.println("zwlint: wrote " + result.findings().size() + " findings to the baseline " + target);
            return Math.max(ExitCode.CLEAN, exitCode(new AnalysisResult(List.of(), result.diagnostics(),
                    result.filesAnalyzed()), failLevel));
        }
        Optional<Baseline> baseline = Optional.empty();
        AnalysisResult shown = result;
        String baselineNote = "";
        if (baselinePath.isPresent()) {
            try {
                baseline = Optional.of(Baseline.read(baselinePath.get()));
            } catch (IOException e) {
                err.println("zwlint: cannot use the baseline: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
            Baseline.Comparison comparison = baseline.get().compare(result.findings(), fingerprints);
            List<Finding> fresh = new ArrayList<>();
            for (int i = 0; i < result.findings().size(); i++) {
                if (comparison.states().get(i) == BaselineState.NEW) {
                    fresh.add(result.findings().get(i));
                }
            }
            shown = new AnalysisResult(fresh, result.diagnostics(), result.filesAnalyzed(), result.skippedCxx());
            baselineNote = "zwlint: baseline " + baselinePath.get() + ": " + comparison.count(BaselineState.UNCHANGED)
                    + " unchanged (not shown), " + comparison.absent().size() + " no longer found";
        }
        int exitCode = exitCode(shown, failLevel);
        String report;
        if (format == ReportFormat.SARIF) {
            // Named relative to --base-dir, else the .zwlint's folder, else the current one: no machine paths.
            Path sarifBase = Injected.optional(baseDir).orElse(fingerprintBase(outcome));
            report = new SarifReport(ToolVersion.toolInfo(), analyzer.catalog(), Optional.of(sarifBase), fingerprints,
                    baseline)
                    .withInvocation(SarifInvocation.of(commandSpec.commandLine().getParseResult().originalArgs(),
                            sarifBase, exitCode))
                    .withConfiguration(outcome.configurationFingerprint())
                    .withSources(CheckCommand::source).render(result);
        } else {
            report = render(shown, textOptions);
        }
        @Nullable Path target = output;
        if (target == null) {
            out.print(report);
            if (format != ReportFormat.TEXT && !quiet) {
                TextReport.skippedLines(result, textOptions).forEach(err::println);
            }
            if (!baselineNote.isEmpty() && !quiet) {
                (format == ReportFormat.TEXT ? out : err).println(baselineNote);
            }
        } else {
            try {
                Path parent = target.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(target, report, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("zwlint: cannot write the report to " + target + ": " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
            if (!quiet) {
                out.println("zwlint: wrote " + format.label() + " report to " + target);
            }
            if (format != ReportFormat.TEXT) {
                result.diagnostics().stream()
                        .filter(d -> !quiet || d.severity() == org.zwlint.core.Severity.ERROR)
                        .forEach(d -> err.println(TextReport.format(d, textOptions)));
                if (!quiet) {
                    TextReport.skippedLines(result, textOptions).forEach(err::println);
                }
            }
            if (!quiet) {
                if (!baselineNote.isEmpty()) {
                    out.println(baselineNote);
                }
                out.println(TextReport.summary(shown, textOptions));
            }
        }
        return exitCode;
    }

    /** The bar, when asked for or when stderr is a terminal (never with --quiet). */
    private Optional<ProgressBar> progressBar(CommandSpec commandSpec, PrintWriter err) {
        boolean wanted = switch (progress) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> !quiet && StderrTerminal.isTerminal();
            default -> throw new ParameterException(commandSpec.commandLine(),
                    "--progress " + progress + ": use auto, always or never");
        };
        return wanted ? Optional.of(new ProgressBar(err, System::nanoTime)) : Optional.empty();
    }

    private static Optional<SourceFile> source(Path path) {
        return SourceReader.read(path) instanceof SourceReader.Loaded loaded ? Optional.of(loaded.file())
                : Optional.empty();
    }

    /**
     * The folder fingerprints name files from, so that they do not depend on where the run was
     * started: --base-dir, else the folder of the .zwlint of the first file, else the current one.
     */
    private Path fingerprintBase(ProjectRun.Outcome outcome) {
        Path base = baseDir;
        if (base != null) {
            return base;
        }
        return outcome.projectFiles().stream().filter(p -> Files.isRegularFile(p.file())).map(p -> p.folder())
                .findFirst().orElse(Path.of(""));
    }

    /** The highest code that applies: 3 over 2 over 1. */
    static int exitCode(AnalysisResult result, FailLevel failLevel) {
        if (result.hasInternalErrors()) {
            return ExitCode.INTERNAL_ERROR;
        }
        if (result.hasUnanalyzableInput()) {
            return ExitCode.BAD_INPUT;
        }
        boolean fails = result.findings().stream().map(Finding::severity).anyMatch(failLevel::fails);
        return fails ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    private String render(AnalysisResult result, TextOptions textOptions) {
        return format == ReportFormat.JSON ? new JsonReport(ToolVersion.toolInfo()).render(result)
                : TextReport.render(result, textOptions);
    }

    private List<Path> inputs(CommandSpec commandSpec) {
        if (!paths.isEmpty()) {
            return paths;
        }
        String fallback = System.getProperty(DEFAULT_PATHS_PROPERTY, "");
        if (fallback.isBlank()) {
            throw new ParameterException(commandSpec.commandLine(), "no PATH given: name C files or folders to analyze");
        }
        return Arrays.stream(fallback.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    private ConfigOverrides overrides(CommandSpec commandSpec, Analyzer analyzer) {
        List<String> known = analyzer.catalog().all().stream().map(RuleDescription::id).toList();
        Set<String> on = ruleIds(commandSpec, "--enable", enabled, known);
        Set<String> off = ruleIds(commandSpec, "--disable", disabled, known);
        Optional<Arch> chosenArch = Optional.empty();
        String archName = arch;
        if (archName != null) {
            chosenArch = Optional.of(Arch.parse(archName).orElseThrow(() -> new ParameterException(
                    commandSpec.commandLine(), "--arch " + archName + ": use x64 or x86")));
        }
        Path config = configFile;
        if (config != null && !Files.isRegularFile(config)) {
            throw new ParameterException(commandSpec.commandLine(), "--config " + config + ": no such file");
        }
        ConfigOverrides overrides = preprocessor.toOverrides(commandSpec.commandLine(), chosenArch, on, off,
                Injected.optional(baselineFile), Injected.optional(config));
        Path project = vcxproj;
        Path database = compileCommands;
        String chosenConfiguration = configuration;
        if (project != null && database != null) {
            throw new ParameterException(commandSpec.commandLine(),
                    "--vcxproj and --compile-commands: give one source of build settings, not both");
        }
        if (chosenConfiguration != null && project == null) {
            throw new ParameterException(commandSpec.commandLine(),
                    "--configuration " + chosenConfiguration + ": names a configuration of no project; add --vcxproj FILE");
        }
        if (chosenConfiguration != null && !chosenConfiguration.matches("[^|]+\\|[^|]+")) {
            throw new ParameterException(commandSpec.commandLine(),
                    "--configuration " + chosenConfiguration + ": use Configuration|Platform, such as \"Release|x64\"");
        }
        if (project != null) {
            if (!Files.isRegularFile(project)) {
                throw new ParameterException(commandSpec.commandLine(), "--vcxproj " + project + ": no such file");
            }
            return overrides.withBuild(new BuildSource.Vcxproj(project,
                    chosenConfiguration == null ? Optional.empty() : Optional.of(chosenConfiguration), 0));
        }
        if (database != null) {
            if (!Files.isRegularFile(database)) {
                throw new ParameterException(commandSpec.commandLine(), "--compile-commands " + database + ": no such file");
            }
            return overrides.withBuild(new BuildSource.CompileCommands(database, 0));
        }
        return overrides;
    }

    private static Set<String> ruleIds(CommandSpec commandSpec, String option, List<String> given, List<String> known) {
        Set<String> ids = new LinkedHashSet<>();
        for (String rule : given) {
            String id = rule.trim();
            if (!known.contains(id)) {
                throw new ParameterException(commandSpec.commandLine(),
                        option + " " + rule + ": unknown rule; known rules: " + String.join(", ", known));
            }
            ids.add(id);
        }
        return ids;
    }
}
