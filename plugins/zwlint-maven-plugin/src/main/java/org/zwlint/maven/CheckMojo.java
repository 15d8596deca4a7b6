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
import org.zwlint.core.AnalysisRequest;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.Finding;
import org.zwlint.core.Severity;
import org.zwlint.core.config.MacroDefinitions;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.report.SarifReport;
import org.zwlint.core.report.TextReport;
import org.zwlint.core.report.ToolInfo;
import org.zwlint.core.rules.RuleDescription;

/**
 * Analyzes the project's driver sources, logs every finding the way a compiler warning reads,
 * always writes a SARIF log for CI to upload, and fails the build when there are findings.
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

    /** Fail the build when ZwLint reports a finding. */
    @Parameter(property = "zwlint.failOnFindings", defaultValue = "true")
    private boolean failOnFindings = true;

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
        ZwLintConfig config = config(analyzer);
        List<Path> inputs = inputs();
        log.info("ZwLint analyzing " + inputs.stream().map(this::relative).toList());
        AnalysisResult result = analyzer.analyze(new AnalysisRequest(inputs, config));

        for (Finding finding : result.findings()) {
            String line = finding.format();
            if (finding.severity() == Severity.ERROR) {
                log.error(line);
            } else {
                log.warn(line);
            }
        }
        for (Diagnostic diagnostic : result.diagnostics()) {
            switch (diagnostic.severity()) {
                case ERROR -> log.error(diagnostic.format());
                case WARNING -> log.warn(diagnostic.format());
                case NOTE -> log.info(diagnostic.format());
            }
        }
        writeSarif(analyzer, result);
        log.info(TextReport.summary(result));
        log.info("ZwLint SARIF log: " + sarifFile);

        if (!result.findings().isEmpty() && failOnFindings) {
            throw new MojoFailureException("ZwLint found " + result.findings().size() + " problem"
                    + (result.findings().size() == 1 ? "" : "s") + " in the driver sources; see the warnings above and "
                    + sarifFile + " (set zwlint.failOnFindings=false to only report them)");
        }
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

    private ZwLintConfig config(Analyzer analyzer) throws MojoExecutionException {
        Map<String, String> macros;
        try {
            macros = MacroDefinitions.parse(defines);
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
        return new ZwLintConfig(macros, undefines.stream().map(String::trim).toList(),
                includeDirectories.stream().map(File::toPath).toList(),
                wdk == null ? Optional.empty() : Optional.of(wdk.toPath()), off);
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
