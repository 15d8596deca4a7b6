package org.zwlint.maven.analysis;

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

import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.Finding;
import org.zwlint.core.Progress;
import org.zwlint.core.ProjectRun;
import org.zwlint.core.Severity;
import org.zwlint.core.cache.ResultCache;
import org.zwlint.core.config.BuildSource;
import org.zwlint.core.config.ConfigOverrides;
import org.zwlint.core.config.FailLevel;
import org.zwlint.core.config.MacroDefinitions;
import org.zwlint.core.config.ProjectFileException;
import org.zwlint.core.report.SarifReport;
import org.zwlint.core.report.TextOptions;
import org.zwlint.core.report.TextReport;
import org.zwlint.core.report.ToolInfo;
import org.zwlint.core.rules.RuleDescription;
import org.zwlint.core.source.SourceCollector;
import org.zwlint.core.source.SourceReader;
import org.zwlint.maven.CheckLog;
import org.zwlint.maven.CheckOutcome;
import org.zwlint.maven.CheckRequest;
import org.zwlint.maven.CheckRunner;

/**
 * Analyzes the project's driver sources with the settings of the nearest {@code .zwlint} (or the
 * request's config file) under the goal's parameters, logs every finding the way a compiler
 * warning reads with its notes, always writes a SARIF log for CI to upload, and fails when a
 * finding is at or above {@code failOn}.
 */
public final class InProcessCheck implements CheckRunner {
    /** A bad parameter: the build stops with its message, as Maven does for a configuration error. */
    private static final class BadParameter extends Exception {
        private static final long serialVersionUID = 1L;

        BadParameter(String message) {
            super(message);
        }
    }

    @Override
    public CheckOutcome run(CheckRequest request, CheckLog log) {
        try {
            return check(request, log);
        } catch (BadParameter e) {
            return new CheckOutcome(CheckOutcome.Kind.CONFIGURATION_ERROR, "zwlint: " + String.valueOf(e.getMessage()));
        }
    }

    private CheckOutcome check(CheckRequest request, CheckLog log) throws BadParameter {
        Analyzer analyzer = new Analyzer();
        ConfigOverrides overrides = overrides(request, analyzer);
        FailLevel failLevel = failLevel(request, log);
        List<Path> inputs = inputs(request);
        log.info("ZwLint analyzing " + inputs.stream().map(p -> relative(request, p)).toList());
        Optional<ResultCache> cache = request.cacheDirectory().map(ResultCache::open);
        ProjectRun.Outcome outcome;
        try {
            outcome = ProjectRun.run(analyzer, inputs, overrides, Runtime.getRuntime().availableProcessors(), cache,
                    Progress.NONE);
        } catch (ProjectFileException e) {
            throw new BadParameter(String.valueOf(e.getMessage()));
        }
        cache.ifPresent(c -> {
            c.notes().forEach(note -> log.warn("zwlint: " + note));
            log.info("ZwLint cache " + request.cacheDirectory().map(Path::toString).orElse("") + ": " + c.reused()
                    + " projects reused, " + c.analyzed() + " analyzed");
        });
        AnalysisResult result = outcome.result();
        TextOptions text = new TextOptions(request.basedir(), false, false)
                .withConfiguration(outcome.configurationFingerprint());
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
        writeSarif(request, analyzer, result, outcome.configurationFingerprint());
        log.info(TextReport.summary(result, text));
        log.info("ZwLint SARIF log: " + request.sarifFile());

        long failing = result.findings().stream().filter(f -> failLevel.fails(f.severity())).count();
        if (failing > 0) {
            return new CheckOutcome(CheckOutcome.Kind.FINDINGS, "ZwLint found " + countsByLevel(result)
                    + " in the driver sources (" + failing + " at or above failOn=" + failLevel.label()
                    + "); see the messages above and " + request.sarifFile());
        }
        return CheckOutcome.passed();
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

    private static FailLevel failLevel(CheckRequest request, CheckLog log) throws BadParameter {
        Optional<Boolean> legacy = request.failOnFindings();
        if (legacy.isPresent()) {
            log.warn("zwlint: the parameter failOnFindings is deprecated; use failOn (error, warning, note or none)"
                    + (legacy.get() ? "" : "; failOnFindings=false is failOn=none"));
            if (!legacy.get()) {
                return FailLevel.NONE;
            }
        }
        Optional<FailLevel> level = FailLevel.named(request.failOn());
        if (level.isEmpty()) {
            throw new BadParameter("failOn '" + request.failOn() + "' is not valid; use error, warning, note or none");
        }
        return level.get();
    }

    private static void writeSarif(CheckRequest request, Analyzer analyzer, AnalysisResult result,
            String configuration) throws BadParameter {
        SarifReport report = new SarifReport(ToolInfo.current(), analyzer.catalog(), Optional.of(request.basedir()))
                .withConfiguration(configuration)
                .withSources(path -> SourceReader.read(path) instanceof SourceReader.Loaded loaded
                        ? Optional.of(loaded.file()) : Optional.empty());
        Path target = request.sarifFile();
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(target, report.render(result), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadParameter("cannot write the SARIF log " + target + ": " + e.getMessage());
        }
    }

    private static ConfigOverrides overrides(CheckRequest request, Analyzer analyzer) throws BadParameter {
        try {
            MacroDefinitions.parse(request.defines());
        } catch (IllegalArgumentException e) {
            throw new BadParameter(String.valueOf(e.getMessage()));
        }
        for (String name : request.undefines()) {
            if (!MacroDefinitions.isName(name.trim())) {
                throw new BadParameter("undefine '" + name + "' is not a macro name");
            }
        }
        List<String> known = analyzer.catalog().all().stream().map(RuleDescription::id).toList();
        Set<String> off = new LinkedHashSet<>();
        for (String rule : request.disabledRules()) {
            String id = rule.trim();
            if (!known.contains(id)) {
                throw new BadParameter("disabledRules names unknown rule '" + rule + "'; known rules: "
                        + String.join(", ", known));
            }
            off.add(id);
        }
        Optional<Path> config = request.configFile();
        if (config.isPresent() && !Files.isRegularFile(config.get())) {
            throw new BadParameter("configFile " + config.get() + " does not exist");
        }
        ConfigOverrides overrides = new ConfigOverrides(request.defines().stream().map(String::trim).toList(),
                request.undefines().stream().map(String::trim).toList(), request.includeDirectories(),
                request.wdkIncludeDirectory(), Optional.empty(), Optional.empty(), Set.of(), off, Map.of(),
                Optional.empty(), config);
        if (request.vcxproj().isPresent() && request.compileCommands().isPresent()) {
            throw new BadParameter("vcxproj and compileCommands: give one source of build settings, not both");
        }
        if (request.configuration().isPresent() && request.vcxproj().isEmpty()) {
            throw new BadParameter("configuration " + request.configuration().get() + " names a configuration of no "
                    + "project; add vcxproj");
        }
        for (Optional<Path> given : List.of(request.vcxproj(), request.compileCommands())) {
            if (given.isPresent() && !Files.isRegularFile(given.get())) {
                throw new BadParameter((given == request.vcxproj() ? "vcxproj " : "compileCommands ") + given.get()
                        + " does not exist");
            }
        }
        if (request.vcxproj().isPresent()) {
            return overrides.withBuild(new BuildSource.Vcxproj(request.vcxproj().get(), request.configuration(), 0));
        }
        if (request.compileCommands().isPresent()) {
            return overrides.withBuild(new BuildSource.CompileCommands(request.compileCommands().get(), 0));
        }
        return overrides;
    }

    /**
     * The configured folders; by default src/main/c, or else everything in the project folder
     * except the build output and hidden folders (copies of sources there are not the project's).
     */
    private static List<Path> inputs(CheckRequest request) throws BadParameter {
        if (!request.sourceDirectories().isEmpty()) {
            return request.sourceDirectories();
        }
        Path basedir = request.basedir();
        Path conventional = basedir.resolve("src/main/c");
        if (Files.isDirectory(conventional)) {
            return List.of(conventional);
        }
        Path build = request.buildDirectory().toAbsolutePath().normalize();
        try (Stream<Path> children = Files.list(basedir)) {
            List<Path> inputs = children
                    .filter(p -> !p.toAbsolutePath().normalize().equals(build))
                    .filter(p -> !String.valueOf(p.getFileName()).startsWith("."))
                    .filter(p -> Files.isDirectory(p) || SourceCollector.isCSource(p))
                    .sorted().toList();
            return inputs.isEmpty() ? List.of(basedir) : inputs;
        } catch (IOException e) {
            throw new BadParameter("cannot list " + basedir + ": " + e.getMessage());
        }
    }

    private static String relative(CheckRequest request, Path path) {
        Path base = request.basedir().toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(base) && !absolute.equals(base) ? base.relativize(absolute).toString()
                : path.toString();
    }
}
