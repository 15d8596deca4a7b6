package org.zwlint.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.Finding;
import org.zwlint.core.ProjectRun;
import org.zwlint.core.Severity;
import org.zwlint.core.config.ConfigOverrides;
import org.zwlint.core.config.FailLevel;
import org.zwlint.core.config.MacroDefinitions;
import org.zwlint.core.config.ProjectFileException;
import org.zwlint.core.report.SarifReport;
import org.zwlint.core.report.TextOptions;
import org.zwlint.core.report.TextReport;
import org.zwlint.core.report.ToolInfo;
import org.zwlint.core.rules.RuleDescription;

/**
 * Analyzes the project's driver sources with the settings of the nearest {@code .zwlint} (or
 * {@code configFile}) under the parameters given here, logs every finding the way a compiler
 * warning reads with its notes, always writes a SARIF log for CI to upload, and fails the build
 * when a finding is at or above {@code failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {
    /** Folders (or files) to analyze. Default: src/main/c when it exists, else the project folder. */
    @Parameter(property = "zwlint.sourceDirectories")
    private List<File> sourceDirectories = new ArrayList<>();

    /** Include directories, as the compiler's -I. */
    @Parameter(property = "zwlint.includeDirectories")
    private List<File> includeDirectories = new ArrayList<>();

    /** Preprocessor definitions, "NAME" or "NAME=VALUE", as the compiler's -D. */
    @Parameter(property = "zwlint.defines")
    private List<String> defines = new ArrayList<>();

    /** Macros to undefine, as the compiler's -U. */
    @Parameter(property = "zwlint.undefines")
    private List<String> undefines = new ArrayList<>();

    /** The WDK's include directory, if the build machine has one. */
    @Parameter(property = "zwlint.wdkIncludeDirectory")
    private @Nullable File wdkIncludeDirectory;

    /** Rule ids to switch off, e.g. PM001. */
    @Parameter(property = "zwlint.disabledRules")
    private List<String> disabledRules = new ArrayList<>();

    /** Deprecated: use failOn (false is failOn=none). Kept so existing builds keep working. */
    @Parameter(property = "zwlint.failOnFindings")
    private @Nullable Boolean failOnFindings;

    /** The least severe finding that fails the build: error, warning (default), note or none. */
    @Parameter(property = "zwlint.failOn", defaultValue = "warning")
    private String failOn = "warning";

    /** A .zwlint to use for every file; by default each file uses the nearest .zwlint above it. */
    @Parameter(property = "zwlint.configFile")
    private @Nullable File configFile;

    /** Where the SARIF 2.1.0 log goes; written on every run, with or without findings. */
    @Parameter(property = "zwlint.sarifFile", defaultValue = "${project.build.directory}/zwlint.sarif")
    private File sarifFile = new File("target/zwlint.sarif");

    /** Skip the analysis (-Dzwlint.skip). */
    @Parameter(property = "zwlint.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir = new File(".");

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory = new File("target");

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("ZwLint analysis skipped (zwlint.skip=true)");
            return;
        }
        Analyzer analyzer = new Analyzer();
        ConfigOverrides overrides = overrides(analyzer);
        FailLevel failLevel = failLevel(log);
        List<Path> inputs = inputs();
        log.info("ZwLint analyzing " + inputs.stream().map(this::relative).toList());
        AnalysisResult result;
        try {
            result = ProjectRun.run(analyzer, inputs, overrides, Runtime.getRuntime().availableProcessors()).result();
        } catch (ProjectFileException e) {
            throw new MojoExecutionException("zwlint: " + e.getMessage(), e);
        }
        TextOptions text = new TextOptions(basedir.toPath(), false, false);
        for (Finding finding : result.findings()) {
            // The finding and its notes, as the CLI prints them.
            List<String> lines = TextReport.render(new AnalysisResult(List.of(finding), List.of(), 0), text).lines()
                    .toList();
            lines.subList(0, lines.size() - 1).forEach(line -> {
                if (line.startsWith(" ")) {
                    log.info(line);
                } else if (finding.severity() == Severity.ERROR) {
                    log.error(line);
                } else {
                    log.warn(line);
                }
            });
        }
        for (Diagnostic diagnostic : result.diagnostics()) {
            switch (diagnostic.severity()) {
                case ERROR -> log.error(TextReport.format(diagnostic, text));
                case WARNING -> log.warn(TextReport.format(diagnostic, text));
                case NOTE -> log.info(TextReport.format(diagnostic, text));
            }
        }
        TextReport.skippedLines(result, text).forEach(log::info);
        writeSarif(analyzer, result);
        log.info(TextReport.summary(result));
        log.info("ZwLint SARIF log: " + sarifFile);

        long failing = result.findings().stream().filter(f -> failLevel.fails(f.severity())).count();
        if (failing > 0) {
            throw new MojoFailureException("ZwLint found " + countsByLevel(result) + " in the driver sources ("
                    + failing + " at or above failOn=" + failLevel.label() + "); see the messages above and "
                    + sarifFile);
        }
    }

    private static String countsByLevel(AnalysisResult result) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long n = result.findings().stream().filter(f -> f.severity() == severity).count();
            if (n > 0) {
                parts.add(n + " " + severity.label() + (n == 1 ? "" : "s"));
            }
        }
        return String.join(", ", parts);
    }

    private FailLevel failLevel(Log log) throws MojoExecutionException {
        Boolean legacy = failOnFindings;
        if (legacy != null) {
            log.warn("zwlint: the parameter failOnFindings is deprecated; use failOn (error, warning, note or none)"
                    + (legacy ? "" : "; failOnFindings=false is failOn=none"));
            if (!legacy) {
                return FailLevel.NONE;
            }
        }
        return FailLevel.named(failOn).orElseThrow(() -> new MojoExecutionException(
                "zwlint: failOn '" + failOn + "' is not valid; use error, warning, note or none"));
    }

    private void writeSarif(Analyzer analyzer, AnalysisResult result) throws MojoExecutionException {
        SarifReport report = new SarifReport(ToolInfo.current(), analyzer.catalog(),
                Optional.of(basedir.toPath()));
        Path target = sarifFile.toPath();
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(target, report.render(result), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the ZwLint SARIF log " + target + ": " + e.getMessage(), e);
        }
    }

    private ConfigOverrides overrides(Analyzer analyzer) throws MojoExecutionException {
        try {
            MacroDefinitions.parse(defines);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("zwlint: " + e.getMessage(), e);
        }
        for (String name : undefines) {
            if (!MacroDefinitions.isName(name.trim())) {
                throw new MojoExecutionException("zwlint: undefine '" + name + "' is not a macro name");
            }
        }
        List<String> known = analyzer.catalog().all().stream().map(RuleDescription::id).toList();
        Set<String> off = new LinkedHashSet<>();
        for (String rule : disabledRules) {
            String id = rule.trim();
            if (!known.contains(id)) {
                throw new MojoExecutionException(
                        "zwlint: disabledRules names unknown rule '" + rule + "'; known rules: " + String.join(", ", known));
            }
            off.add(id);
        }
        File wdk = wdkIncludeDirectory;
        File config = configFile;
        if (config != null && !config.isFile()) {
            throw new MojoExecutionException("zwlint: configFile " + config + " does not exist");
        }
        return new ConfigOverrides(defines.stream().map(String::trim).toList(),
                undefines.stream().map(String::trim).toList(), includeDirectories.stream().map(File::toPath).toList(),
                wdk == null ? Optional.empty() : Optional.of(wdk.toPath()), Optional.empty(), Optional.empty(),
                Set.of(), off, Map.of(), Optional.empty(),
                config == null ? Optional.empty() : Optional.of(config.toPath()));
    }

    /**
     * The configured folders; by default src/main/c, or else everything in the project folder
     * except the build output and hidden folders (copies of sources there are not the project's).
     */
    private List<Path> inputs() throws MojoExecutionException {
        if (!sourceDirectories.isEmpty()) {
            return sourceDirectories.stream().map(File::toPath).toList();
        }
        Path conventional = basedir.toPath().resolve("src/main/c");
        if (Files.isDirectory(conventional)) {
            return List.of(conventional);
        }
        Path build = buildDirectory.toPath().toAbsolutePath().normalize();
        try (Stream<Path> children = Files.list(basedir.toPath())) {
            List<Path> inputs = children
                    .filter(p -> !p.toAbsolutePath().normalize().equals(build))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isDirectory(p) || org.zwlint.core.source.SourceCollector.isCSource(p))
                    .sorted().toList();
            return inputs.isEmpty() ? List.of(basedir.toPath()) : inputs;
        } catch (IOException e) {
            throw new MojoExecutionException("zwlint: cannot list " + basedir + ": " + e.getMessage(), e);
        }
    }

    private String relative(Path path) {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(base) && !absolute.equals(base) ? base.relativize(absolute).toString()
                : path.toString();
    }
}
