package org.zwlint.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.dispatcher.Replayer;
import org.zwlint.core.model.Arch;
import org.zwlint.core.model.ServiceModel;
import org.zwlint.core.parse.FrontEnd;
import org.zwlint.core.parse.ParallelFiles;
import org.zwlint.core.parse.ParsedUnit;
import org.zwlint.core.rules.DirectNtCallRule;
import org.zwlint.core.rules.Rule;
import org.zwlint.core.rules.RuleCatalog;
import org.zwlint.core.rules.RuleInput;
import org.zwlint.core.source.SourceCollector;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.SourceReader;

/**
 * ZwLint's entry point. One analyzer can serve many runs; it holds no per-run state.
 * Bad input never stops a run: it becomes a {@link Diagnostic} and the other files go on.
 */
public final class Analyzer {
    private final RuleCatalog catalog = RuleCatalog.load();
    /** The reference model and the dispatcher replayer, loaded once and handed to every rule. */
    private final ServiceModel model = ServiceModel.bundled();
    private final Replayer replayer = new Replayer(model, Arch.X64);
    private final List<Rule> rules = List.of(new DirectNtCallRule());
    /** The front end of the last configuration seen: an IDE build analyzes file after file with one. */
    private volatile @Nullable ConfiguredFrontEnd lastFrontEnd;

    private record ConfiguredFrontEnd(ZwLintConfig config, FrontEnd frontEnd) {
    }

    /** Analyzes the files and folders of a request, on every core; results come in file order. */
    public AnalysisResult analyze(AnalysisRequest request) {
        SourceCollector.Collected collected = SourceCollector.collect(request.inputs());
        DistinctFindings findings = new DistinctFindings(); // a header's findings once, whoever includes it
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (SourceCollector.Problem problem : collected.problems()) {
            diagnostics.add(Diagnostic.ofFile(Severity.ERROR, problem.path(), problem.message()));
        }
        FrontEnd frontEnd = frontEnd(request.config()); // one header cache for the whole request
        List<AnalysisResult> results = ParallelFiles.run(collected.files(), Runtime.getRuntime().availableProcessors(),
                path -> analyzeFile(path, request.config(), frontEnd),
                failed -> new AnalysisResult(List.of(), List.of(failed), 0));
        int analyzed = 0;
        for (AnalysisResult one : results) {
            findings.addAll(one.findings());
            diagnostics.addAll(one.diagnostics());
            analyzed += one.filesAnalyzed();
        }
        return new AnalysisResult(findings.list(), diagnostics, analyzed);
    }

    private AnalysisResult analyzeFile(Path path, ZwLintConfig config, FrontEnd frontEnd) {
        SourceReader.Result read = SourceReader.read(path);
        if (read instanceof SourceReader.Loaded loaded) {
            return analyze(loaded.file(), config, frontEnd);
        }
        SourceReader.Refused refused = (SourceReader.Refused) read;
        return new AnalysisResult(List.of(),
                List.of(Diagnostic.ofFile(Severity.ERROR, refused.path(), refused.reason())), 0);
    }

    /**
     * Analyzes one file already in memory (an Eclipse build, an editor buffer, a test). Its findings include those
     * located in the headers it includes, each at its place in the header: the caller puts them on the header.
     */
    public AnalysisResult analyze(SourceFile file, ZwLintConfig config) {
        return analyze(file, config, frontEnd(config));
    }

    /** Reuses the front end (model parse, header cache) while the configuration stays the same. */
    private FrontEnd frontEnd(ZwLintConfig config) {
        ConfiguredFrontEnd last = lastFrontEnd;
        if (last != null && last.config().equals(config)) {
            return last.frontEnd();
        }
        FrontEnd created = new FrontEnd(config);
        lastFrontEnd = new ConfiguredFrontEnd(config, created);
        return created;
    }

    private AnalysisResult analyze(SourceFile file, ZwLintConfig config, FrontEnd frontEnd) {
        ParsedUnit parsed = frontEnd.parse(file);
        RuleInput input = new RuleInput(file, parsed.ast(), catalog, model, replayer);
        DistinctFindings findings = new DistinctFindings();
        // Front-end notes (a WDK header the bundled model stands in for, an unknown #pragma) are
        // for `zwlint parse`; an analysis reports the problems: warnings and errors.
        List<Diagnostic> diagnostics = new ArrayList<>(
                parsed.diagnostics().stream().filter(d -> d.severity() != Severity.NOTE).toList());
        for (Rule rule : rules) {
            if (!config.isEnabled(rule.id())) {
                continue;
            }
            try {
                findings.addAll(rule.check(input));
            } catch (RuntimeException | StackOverflowError e) {
                diagnostics.add(Diagnostic.ofFile(Severity.ERROR, file.path(),
                        "internal error in rule " + rule.id() + " (" + e + "); other rules went on"));
            }
        }
        // Rules report wherever a finding is: in this file or in a header it includes. This file's come first.
        List<Finding> ordered = new ArrayList<>(findings.list());
        ordered.sort(Comparator.comparing((Finding f) -> !f.range().file().equals(file.path()))
                .thenComparing(f -> f.range().file().toString())
                .thenComparingInt(f -> f.range().startOffset()));
        return new AnalysisResult(ordered, diagnostics, 1);
    }

    public RuleCatalog catalog() {
        return catalog;
    }
}
