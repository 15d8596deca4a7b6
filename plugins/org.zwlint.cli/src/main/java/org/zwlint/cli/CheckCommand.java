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
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.AnalysisRequest;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.report.JsonReport;
import org.zwlint.core.report.ReportFormat;
import org.zwlint.core.report.SarifReport;
import org.zwlint.core.report.TextReport;
import org.zwlint.core.rules.RuleDescription;
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
        description = "Analyzes C files and folders (folders are searched for .c and .h files).",
        footer = { "", "Exit codes: 0 no findings, 1 findings, 2 bad usage or unanalyzable input, 3 internal error." })
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

    @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "Switch a rule off, e.g. PM001.")
    private List<String> disabled = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "Report format: text (default), json or sarif (SARIF 2.1.0).")
    private ReportFormat format = ReportFormat.TEXT;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    private @Nullable Path output;

    @Option(names = "--base-dir", paramLabel = "DIR",
            description = "Name files in SARIF relative to DIR (as SRCROOT), so the log is portable.")
    private @Nullable Path baseDir;

    @Option(names = "--fix", description = "Apply every offered fix in place, then report what is left.")
    private boolean fix;

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
        ZwLintConfig config = config(commandSpec, analyzer);
        AnalysisRequest request = new AnalysisRequest(inputs(commandSpec), config);
        AnalysisResult result = analyzer.analyze(request);
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
                result = analyzer.analyze(request); // report what the fixes left behind
            }
        }
        String report = render(analyzer, result);
        @Nullable Path target = output;
        if (target == null) {
            out.print(report);
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
            out.println("zwlint: wrote " + format.label() + " report to " + target);
            if (format != ReportFormat.TEXT) {
                result.diagnostics().forEach(d -> err.println(d.format()));
            }
            out.println(TextReport.summary(result));
        }
        if (result.hasUnanalyzableInput()) {
            return ExitCode.BAD_INPUT;
        }
        return result.findings().isEmpty() ? ExitCode.CLEAN : ExitCode.FINDINGS;
    }

    private String render(Analyzer analyzer, AnalysisResult result) {
        return switch (format) {
            case TEXT -> TextReport.render(result);
            case JSON -> new JsonReport(ToolVersion.toolInfo()).render(result);
            case SARIF -> new SarifReport(ToolVersion.toolInfo(), analyzer.catalog(),
                    Injected.optional(baseDir)).render(result);
        };
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

    private ZwLintConfig config(CommandSpec commandSpec, Analyzer analyzer) {
        Set<String> off = new LinkedHashSet<>();
        List<String> known = analyzer.catalog().all().stream().map(RuleDescription::id).toList();
        for (String rule : disabled) {
            String id = rule.trim();
            if (!known.contains(id)) {
                throw new ParameterException(commandSpec.commandLine(),
                        "--disable " + rule + ": unknown rule; known rules: " + String.join(", ", known));
            }
            off.add(id);
        }
        return preprocessor.toConfig(commandSpec.commandLine(), off);
    }
}
