package org.zwlint.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.zwlint.core.config.ConfigOverrides;
import org.zwlint.core.config.ConfigFingerprint;
import org.zwlint.core.config.ConfigResolver;
import org.zwlint.core.config.ProjectFile;
import org.zwlint.core.config.ProjectFileException;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.rules.RuleDescription;
import org.zwlint.core.source.HeaderSelection;
import org.zwlint.core.source.SourceCollector;

/**
 * A headless run as the CLI and the Maven plugin make it: the paths given are walked, each file is
 * governed by the nearest {@code .zwlint} above it (or the {@code --config} one), whose source and
 * exclude globs and build-output setting choose the files, headers are selected as
 * {@link HeaderSelection} says, and the files of each {@code .zwlint} are analyzed with its
 * settings and the front end's overrides.
 */
public final class ProjectRun {
    private ProjectRun() {
    }

    /**
     * The result, the project files that governed it (in order of their first file), and the
     * baseline to compare against, if any.
     */
    public record Outcome(AnalysisResult result, List<ProjectFile> projectFiles, Optional<Path> baseline,
            List<ConfigFingerprint.Configured> configurations) {
        public Outcome {
            projectFiles = List.copyOf(projectFiles);
            configurations = List.copyOf(configurations);
        }

        /** The eight hex digits that name the configurations the run analyzed with (see {@link ConfigFingerprint}). */
        public String configurationFingerprint() {
            return ConfigFingerprint.of(configurations);
        }
    }

    /** @throws ProjectFileException when a {@code .zwlint} the run needs cannot be used */
    public static Outcome run(Analyzer analyzer, List<Path> inputs, ConfigOverrides overrides, int jobs)
            throws ProjectFileException {
        return run(analyzer, inputs, overrides, jobs, Optional.empty(), Progress.NONE);
    }

    /**
     * As {@link #run(Analyzer, List, ConfigOverrides, int)}, taking unchanged projects' results
     * from {@code cache} and telling {@code progress} how far it got.
     *
     * @throws ProjectFileException when a {@code .zwlint} the run needs cannot be used
     */
    public static Outcome run(Analyzer analyzer, List<Path> inputs, ConfigOverrides overrides, int jobs,
            Optional<org.zwlint.core.cache.ResultCache> cache, Progress progress) throws ProjectFileException {
        Set<String> known = analyzer.catalog().all().stream().map(RuleDescription::id).collect(Collectors.toSet());
        ConfigResolver resolver = new ConfigResolver(known, overrides);
        SourceCollector.Collected collected = SourceCollector.collect(inputs);
        Set<Path> named = inputs.stream().filter(Files::isRegularFile).map(Path::normalize).collect(Collectors.toSet());
        List<Path> candidates = new ArrayList<>();
        for (Path file : collected.files()) {
            if (named.contains(file) || resolver.projectFileFor(file).selects(file)) {
                candidates.add(file);
            }
        }
        for (Path file : collected.buildOutput()) {
            ProjectFile governing = resolver.projectFileFor(file);
            if (governing.analyzeBuildOutput() && governing.selects(file)) {
                candidates.add(file);
            }
        }
        candidates.sort(null);
        HeaderSelection.Selected selected = HeaderSelection.select(candidates, named, collected.cxxFiles());
        Map<Path, ProjectFile> governingFiles = new LinkedHashMap<>();
        // One batch per configuration, not per .zwlint: the many folders that no .zwlint governs
        // share the defaults, and one batch is analyzed on every core at once.
        Map<ZwLintConfig, List<Path>> batches = new LinkedHashMap<>();
        List<ConfigFingerprint.Configured> configurations = new ArrayList<>();
        for (Path file : selected.files()) {
            ProjectFile governing = resolver.projectFileFor(file);
            governingFiles.putIfAbsent(governing.file(), governing);
            ZwLintConfig config = resolver.resolve(governing, resolver.buildSettingsFor(governing, file));
            ConfigFingerprint.Configured configured = new ConfigFingerprint.Configured(config, governing.folder());
            if (!configurations.contains(configured)) {
                configurations.add(configured);
            }
            batches.computeIfAbsent(config, k -> new ArrayList<>()).add(file);
        }
        List<AnalysisResult> results = new ArrayList<>();
        List<Diagnostic> problems = collected.problems().stream()
                .map(p -> Diagnostic.ofFile(Severity.ERROR, p.path(), p.message())).toList();
        results.add(new AnalysisResult(List.of(), problems, 0));
        // What a .vcxproj or compile_commands.json could not give, at its line, before the findings.
        results.add(new AnalysisResult(List.of(), resolver.importDiagnostics(), 0));
        progress.filesPlanned(selected.files().size());
        Progress counted = new Progress() { // the total is known here, once for all batches
            @Override
            public void filesDone(int files) {
                progress.filesDone(files);
            }
        };
        for (Map.Entry<ZwLintConfig, List<Path>> batch : batches.entrySet()) {
            results.add(analyzer.analyze(new AnalysisRequest(batch.getValue(), batch.getKey(), jobs, cache, counted)));
        }
        List<Path> skipped = new ArrayList<>(collected.cxxFiles());
        skipped.addAll(selected.cxxHeaders());
        AnalysisResult result = AnalysisResult.concat(results).withSkippedCxx(skipped.stream().sorted().toList());
        List<ProjectFile> used = List.copyOf(governingFiles.values());
        Optional<Path> baseline = overrides.baseline()
                .or(() -> used.stream().map(ProjectFile::baseline).flatMap(Optional::stream).findFirst());
        return new Outcome(result, used, baseline, configurations);
    }
}
