package org.zwlint.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.zwlint.core.analysis.ApiFacts;
import org.zwlint.core.analysis.CodeMode;
import org.zwlint.core.analysis.IoctlSpelling;
import org.zwlint.core.analysis.ProgramAnalysis;
import org.zwlint.core.analysis.UnitAnalysis;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.dispatcher.Replayer;
import org.zwlint.core.fix.SuppressionFix;
import org.zwlint.core.fix.Suppressions;
import org.zwlint.core.model.Arch;
import org.zwlint.core.model.ServiceModel;
import org.zwlint.core.parse.FrontEnd;
import org.zwlint.core.parse.ParallelFiles;
import org.zwlint.core.parse.ParsedUnit;
import org.zwlint.core.rules.Rule;
import org.zwlint.core.rules.RuleCatalog;
import org.zwlint.core.rules.RuleInput;
import org.zwlint.core.rules.RuleRegistry;
import org.zwlint.core.semantics.SemanticModel;
import org.zwlint.core.semantics.WdkDeclarations;
import org.zwlint.core.source.HeaderSelection;
import org.zwlint.core.source.ProjectGroups;
import org.zwlint.core.source.SourceCollector;
import org.zwlint.core.source.SourceDigest;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.SourceReader;

/**
 * ZwLint's entry point. One analyzer can serve many runs; it holds no per-run state.
 * Bad input never stops a run: it becomes a {@link Diagnostic} and the other files go on.
 * <p>
 * A run analyzes one driver project at a time (see {@link ProjectGroups}): every unit of the
 * project is parsed and given semantics, the engine ({@link ProgramAnalysis}) runs over all of
 * them so helpers in one file see their callers in another, and then every rule reads the facts.
 * Projects run in parallel; the result is the same for any number of threads.
 */
public final class Analyzer {
    private final RuleCatalog catalog;
    /** The reference model and the dispatcher replayer, loaded once and handed to every rule. */
    private final ServiceModel model = ServiceModel.bundled();
    /** One replayer per architecture: a run replays on the machine its configuration targets. */
    private final Replayer x64Replayer = new Replayer(model, Arch.X64);
    private final Replayer x86Replayer = new Replayer(model, Arch.X86);
    private final ApiFacts api = ApiFacts.bundled();
    private final List<Rule> rules;
    /** The PREfast warning numbers whose pragmas silence a rule: those the rule is equal to. */
    private final Map<Integer, java.util.Set<String>> pragmaRules;
    private final ProgramAnalysis.Budgets budgets;
    /** The rule catalog's digest: part of the result cache's key (tests run other catalogs). */
    private final String catalogDigest;
    /**
     * The front ends of the last configurations seen: an IDE build analyzes file after file with
     * one, and the IDE alternates between a few (projects with a {@code .zwlint} of their own, the
     * workspace preferences); building one parses the WDK model again, which takes seconds.
     */
    private final java.util.LinkedHashMap<ZwLintConfig, ConfiguredFrontEnd> frontEnds = new java.util.LinkedHashMap<>();
    private static final int FRONT_ENDS_KEPT = 4;

    /**
     * A configuration's front end, and the model's declarations for semantics. The model's parse
     * runs on a thread of its own from the start, while files are already parsed with the names
     * the model's typedefs declare (see {@link FrontEnd#modelTypeNames()}).
     */
    private record ConfiguredFrontEnd(ZwLintConfig config, FrontEnd frontEnd,
            java.util.concurrent.CompletableFuture<WdkDeclarations> model) {

        static ConfiguredFrontEnd start(ZwLintConfig config) {
            FrontEnd frontEnd = new FrontEnd(config);
            return new ConfiguredFrontEnd(config, frontEnd, java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> WdkDeclarations.of(frontEnd.modelAst()), task -> {
                        Thread thread = new Thread(null, task, "zwlint-model", ParallelFiles.STACK_BYTES);
                        thread.setDaemon(true);
                        thread.start();
                    }));
        }

        /** The model's declarations; waits for its parse. */
        WdkDeclarations declarations() {
            try {
                return model.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }

    /** One file of a project after the front end and semantics. */
    private record LoadedUnit(SourceFile file, ParsedUnit parsed, ProgramAnalysis.Unit unit) {
    }

    public Analyzer() {
        this(ProgramAnalysis.Budgets.defaults());
    }

    /** An analyzer whose engine works within {@code budgets} (tests of what happens when they run out). */
    public Analyzer(ProgramAnalysis.Budgets budgets) {
        this(RuleCatalog.load(), budgets);
    }

    /** An analyzer with another rule catalog (tests of what the catalog's relations change). */
    public Analyzer(RuleCatalog catalog, ProgramAnalysis.Budgets budgets) {
        this.catalog = catalog;
        this.rules = RuleRegistry.create(catalog);
        this.budgets = budgets;
        Map<Integer, java.util.Set<String>> mapped = new HashMap<>();
        for (org.zwlint.core.rules.RuleDescription rule : catalog.all()) {
            for (org.zwlint.core.rules.RuleRelation relation : rule.relations()) {
                if (relation.suppressionCarriesOver()) {
                    relation.prefastWarning().ifPresent(n -> mapped.computeIfAbsent(n, k -> new java.util.TreeSet<>())
                            .add(rule.id()));
                }
            }
        }
        this.pragmaRules = Map.copyOf(mapped);
        this.catalogDigest = catalog.digest();
    }

    /** Analyzes the files and folders of a request, on every core; results come in file order. */
    public AnalysisResult analyze(AnalysisRequest request) {
        SourceCollector.Collected collected = SourceCollector.collect(request.inputs());
        // Headers no unit includes are analyzed alone only when they are C; C++ is set aside.
        HeaderSelection.Selected selected = HeaderSelection.select(collected.files(),
                request.inputs().stream().filter(java.nio.file.Files::isRegularFile).map(Path::normalize)
                        .collect(java.util.stream.Collectors.toSet()), collected.cxxFiles());
        DistinctFindings findings = new DistinctFindings(); // a header's findings once, whoever includes it
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (SourceCollector.Problem problem : collected.problems()) {
            diagnostics.add(Diagnostic.ofFile(Severity.ERROR, problem.path(), problem.message()));
        }
        // One header cache for the whole request, built when a project is analyzed: parsing the
        // WDK model takes seconds, and a run whose results all come from the cache needs none.
        Supplier<ConfiguredFrontEnd> frontEnd = memoized(() -> frontEnd(request.config()));
        List<List<Path>> projects = new ProjectGroups().group(selected.files());
        request.progress().filesPlanned(selected.files().size());
        String context = cacheContext(request.config());
        Map<Path, List<Path>> projectOf = new HashMap<>();
        projects.forEach(project -> projectOf.put(project.get(0), project));
        List<Path> firstFiles = projects.stream().map(p -> p.get(0)).toList();
        // The largest projects start first, so the run does not end with one of them alone on one core.
        List<AnalysisResult> results = ParallelFiles.run(firstFiles, request.jobs(), first -> {
            List<Path> project = projectOf.get(first);
            AnalysisResult result = request.cache().isPresent()
                    ? request.cache().get().result(project, context, () -> {
                        List<org.zwlint.core.preprocess.IncludeTrace> traces = new ArrayList<>();
                        AnalysisResult computed = analyzeProject(project, request.config(), frontEnd.get(), traces);
                        return new org.zwlint.core.cache.ResultCache.Computed(computed, traces);
                    })
                    : analyzeProject(project, request.config(), frontEnd.get(), new ArrayList<>());
            request.progress().filesDone(project.size());
            return result;
        }, failed -> new AnalysisResult(List.of(), List.of(failed), 0), first -> bytes(projectOf.get(first)));
        List<SuppressedFinding> suppressed = new ArrayList<>();
        int analyzed = 0;
        for (AnalysisResult one : results) {
            findings.addAll(one.findings());
            suppressed.addAll(one.suppressed());
            diagnostics.addAll(one.diagnostics());
            analyzed += one.filesAnalyzed();
        }
        List<Path> skipped = new ArrayList<>(collected.cxxFiles());
        skipped.addAll(selected.cxxHeaders());
        return new AnalysisResult(findings.list(), diagnostics, analyzed, skipped.stream().sorted().toList(),
                suppressed);
    }

    /**
     * Analyzes one file already in memory (an Eclipse build, an editor buffer, a test) as a project
     * of its own. Its findings include those located in the headers it includes, each at its place
     * in the header: the caller puts them on the header.
     */
    public AnalysisResult analyze(SourceFile file, ZwLintConfig config) {
        return analyzeLoaded(List.of(file), List.of(), config, frontEnd(config), NEVER_CANCELLED);
    }

    /**
     * As {@link #analyze(SourceFile, ZwLintConfig)}, for an analysis whose result may stop being
     * wanted while it runs (an editor's text, typed on): it stops at the next step once
     * {@code cancelled} holds (after the front end, after the engine, before each rule).
     *
     * @throws java.util.concurrent.CancellationException when it stopped
     */
    public AnalysisResult analyze(SourceFile file, ZwLintConfig config, java.util.function.BooleanSupplier cancelled) {
        return analyzeLoaded(List.of(file), List.of(), config, frontEnd(config), cancelled);
    }

    /**
     * Analyzes files already in memory as one driver project, as a run over their folder does
     * (see {@link ProjectGroups}): a helper in one file gets its context from its callers in
     * another. For an IDE, which holds the texts (saved or in an editor) and groups the files as
     * the CLI would; it stops as {@link #analyze(SourceFile, ZwLintConfig, java.util.function.BooleanSupplier)} does.
     */
    public AnalysisResult analyzeProject(List<SourceFile> files, ZwLintConfig config,
            java.util.function.BooleanSupplier cancelled) {
        return analyzeLoaded(files, List.of(), config, frontEnd(config), cancelled);
    }

    private static final java.util.function.BooleanSupplier NEVER_CANCELLED = () -> false;

    private static void stopIf(java.util.function.BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("the analysis is no longer wanted");
        }
    }

    /**
     * What the engine believes about one file, analyzed with the other C files of its project
     * (so a helper's context comes from its callers in other files): for {@code zwlint explain}.
     */
    public Optional<UnitAnalysis> explain(Path file, ZwLintConfig config) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = new ProjectGroups().projectRoot(absolute);
        SourceCollector.Collected collected = SourceCollector.collect(List.of(root));
        List<Path> project = new ArrayList<>(new ProjectGroups().group(collected.files()).stream()
                .filter(group -> group.stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(absolute)))
                .findFirst().orElse(List.of()));
        if (project.isEmpty()) {
            project.add(file);
        }
        List<SourceFile> sources = new ArrayList<>();
        List<Diagnostic> ignored = new ArrayList<>();
        for (Path path : project) {
            read(path, ignored).ifPresent(sources::add);
        }
        List<LoadedUnit> resolved = inProjectMode(load(sources, config, frontEnd(config), Optional.empty(), List.of(),
                NEVER_CANCELLED));
        ProgramAnalysis program = ProgramAnalysis.run(resolved.stream().map(LoadedUnit::unit).toList(), api, budgets);
        return resolved.stream().filter(u -> u.file().path().toAbsolutePath().normalize().equals(absolute))
                .findFirst().map(u -> unitAnalysis(program, u));
    }

    /** The size of a project's sources: how long its analysis takes, roughly, before it starts. */
    private static long bytes(List<Path> project) {
        long total = 0;
        for (Path file : project) {
            try {
                total += java.nio.file.Files.size(file);
            } catch (java.io.IOException e) {
                // unreadable: the analysis reports it; it costs nothing to analyze
            }
        }
        return total;
    }

    /** {@code traces} receives what each unit read besides its own file, for the result cache. */
    private AnalysisResult analyzeProject(List<Path> paths, ZwLintConfig config, ConfiguredFrontEnd frontEnd,
            List<org.zwlint.core.preprocess.IncludeTrace> traces) {
        List<Diagnostic> refused = new ArrayList<>();
        List<SourceFile> files = new ArrayList<>();
        for (Path path : paths) {
            read(path, refused).ifPresent(files::add);
        }
        return analyzeLoaded(files, refused, config, frontEnd, NEVER_CANCELLED, traces);
    }

    /**
     * Everything besides the files that decides a project's result, for the cache key: the
     * configuration (absolute paths), the engine's budgets and the rule catalog.
     */
    private String cacheContext(ZwLintConfig config) {
        return org.zwlint.core.config.ConfigFingerprint.exact(config) + "budgets " + budgets + "\ncatalog "
                + catalogDigest + "\n";
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        List<T> made = new ArrayList<>(1); // empty until the first call
        return () -> {
            synchronized (made) {
                if (made.isEmpty()) {
                    made.add(supplier.get());
                }
                return made.get(0);
            }
        };
    }

    private static Optional<SourceFile> read(Path path, List<Diagnostic> refusals) {
        SourceReader.Result read = SourceReader.read(path);
        if (read instanceof SourceReader.Loaded loaded) {
            return Optional.of(loaded.file());
        }
        SourceReader.Refused refused = (SourceReader.Refused) read;
        refusals.add(Diagnostic.ofFile(Severity.ERROR, refused.path(), refused.reason()));
        return Optional.empty();
    }

    private AnalysisResult analyzeLoaded(List<SourceFile> files, List<Diagnostic> refused, ZwLintConfig config,
            ConfiguredFrontEnd frontEnd, java.util.function.BooleanSupplier cancelled) {
        return analyzeLoaded(files, refused, config, frontEnd, cancelled, new ArrayList<>());
    }

    private AnalysisResult analyzeLoaded(List<SourceFile> files, List<Diagnostic> refused, ZwLintConfig config,
            ConfiguredFrontEnd frontEnd, java.util.function.BooleanSupplier cancelled,
            List<org.zwlint.core.preprocess.IncludeTrace> traces) {
        List<Diagnostic> diagnostics = new ArrayList<>(refused);
        List<LoadedUnit> units = load(files, config, frontEnd, Optional.empty(), List.of(), cancelled);
        units.forEach(unit -> traces.add(unit.parsed().includes()));
        units = inProjectMode(units);
        ProgramAnalysis program;
        try {
            program = ProgramAnalysis.run(units.stream().map(LoadedUnit::unit).toList(), api, budgets);
        } catch (RuntimeException | StackOverflowError e) {
            // The engine failed on this project: rules still run on each file, without its facts.
            diagnostics.add(Diagnostic.ofFile(Severity.ERROR, files.isEmpty() ? Path.of(".") : files.get(0).path(),
                    "internal error in the analysis engine (" + e + "); rules ran without its facts"));
            program = ProgramAnalysis.run(List.of(), api, budgets);
        }
        stopIf(cancelled);
        Map<String, String> servicePointers = projectServicePointers(units, program, config);
        DistinctFindings findings = new DistinctFindings();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (LoadedUnit unit : units) {
            // Front-end notes (a WDK header the bundled model stands in for, an unknown #pragma) are
            // for `zwlint parse`; an analysis reports the problems: warnings and errors.
            unit.parsed().diagnostics().stream().filter(d -> d.severity() != Severity.NOTE).forEach(diagnostics::add);
            UnitAnalysis analysis = unitAnalysis(program, unit);
            analysis.budgetNotes().forEach(note -> diagnostics.add(Diagnostic.ofFile(Severity.NOTE,
                    unit.file().path(), "analysis budget: " + note)));
            program.budgetStop(unit.unit()).ifPresent(stop -> diagnostics.add(new Diagnostic(Severity.WARNING,
                    stop.at().file(), stop.at().startLine(), stop.at().startColumn(), stop.message())));
            if (!analysis.mode().judgedAsKernel()) {
                continue; // user-mode code in a driver's tree is not judged by kernel rules
            }
            findings.addAll(suppress(unit.file(), unit.parsed().warningPragmas(),
                    runRules(unit, analysis, config, servicePointers, diagnostics, cancelled), diagnostics,
                    suppressed));
        }
        return new AnalysisResult(ordered(findings.list(), files, config), diagnostics, files.size(), List.of(),
                suppressed);
    }

    /**
     * Files analyzed as one driver project, as {@link #analyzeProject(List, ZwLintConfig, java.util.function.BooleanSupplier)}
     * does, up to each file's rules' findings: before suppression comments and ordering, which
     * {@link #conclude} does. {@code firstMode}, when given, is taken as the first file's mode where the
     * configuration leaves it to the code (for a file of which only some functions are kept, see
     * {@link org.zwlint.core.incremental.IncrementalAnalysis}).
     *
     * @return one entry per file, in order
     * @throws java.util.concurrent.CancellationException when {@code cancelled} held at a step
     */
    public List<UnitFindings> analyzeUnits(List<SourceFile> files, ZwLintConfig config, Optional<CodeMode> firstMode,
            java.util.function.BooleanSupplier cancelled) {
        return analyzeUnits(files, config, firstMode, List.of(), cancelled);
    }

    /**
     * As {@link #analyzeUnits(List, ZwLintConfig, Optional, java.util.function.BooleanSupplier)}, where the
     * first file is a part of a file whose other parts spell the IOCTL names {@code firstSpelledElsewhere}:
     * codes are named as in the whole file.
     */
    public List<UnitFindings> analyzeUnits(List<SourceFile> files, ZwLintConfig config, Optional<CodeMode> firstMode,
            List<IoctlSpelling> firstSpelledElsewhere, java.util.function.BooleanSupplier cancelled) {
        List<LoadedUnit> units = inProjectMode(load(files, config, frontEnd(config), firstMode, firstSpelledElsewhere,
                cancelled));
        List<Diagnostic> engineFailure = new ArrayList<>();
        ProgramAnalysis program;
        try {
            program = ProgramAnalysis.run(units.stream().map(LoadedUnit::unit).toList(), api, budgets);
        } catch (RuntimeException | StackOverflowError e) {
            engineFailure.add(Diagnostic.ofFile(Severity.ERROR, files.isEmpty() ? Path.of(".") : files.get(0).path(),
                    "internal error in the analysis engine (" + e + "); rules ran without its facts"));
            program = ProgramAnalysis.run(List.of(), api, budgets);
        }
        stopIf(cancelled);
        Map<String, String> servicePointers = projectServicePointers(units, program, config);
        List<UnitFindings> found = new ArrayList<>();
        for (LoadedUnit unit : units) {
            List<Diagnostic> diagnostics = new ArrayList<>(found.isEmpty() ? engineFailure : List.of());
            unit.parsed().diagnostics().stream().filter(d -> d.severity() != Severity.NOTE).forEach(diagnostics::add);
            UnitAnalysis analysis = unitAnalysis(program, unit);
            analysis.budgetNotes().forEach(note -> diagnostics.add(Diagnostic.ofFile(Severity.NOTE,
                    unit.file().path(), "analysis budget: " + note)));
            boolean budgetHit = !analysis.budgetNotes().isEmpty();
            Optional<ProgramAnalysis.BudgetStop> stop = program.budgetStop(unit.unit());
            if (stop.isPresent()) {
                budgetHit = true;
                diagnostics.add(new Diagnostic(Severity.WARNING, stop.get().at().file(), stop.get().at().startLine(),
                        stop.get().at().startColumn(), stop.get().message()));
            }
            List<RuleFinding> findings = analysis.mode().judgedAsKernel()
                    ? runRulesNumbered(unit, analysis, config, servicePointers, diagnostics, cancelled)
                    : List.of();
            found.add(new UnitFindings(unit.unit().mode(), findings, diagnostics, budgetHit,
                    unit.parsed().warningPragmas(), program.ioctlSpellings(unit.unit())));
        }
        return found;
    }

    /**
     * What {@link #analyzeProject(List, ZwLintConfig, java.util.function.BooleanSupplier)} returns for
     * {@code files} when {@link #analyzeUnits} found {@code found} (one entry per file): suppression
     * comments applied, each finding once, in file order.
     */
    public AnalysisResult conclude(List<SourceFile> files, List<UnitFindings> found, ZwLintConfig config) {
        List<Diagnostic> said = new ArrayList<>();
        DistinctFindings distinct = new DistinctFindings();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            said.addAll(found.get(i).diagnostics());
            if (found.get(i).mode().judgedAsKernel()) { // user-mode code is not judged: nothing to suppress
                distinct.addAll(suppress(files.get(i), found.get(i).pragmas(), found.get(i).findings().stream()
                        .map(RuleFinding::finding).toList(), said, suppressed));
            }
        }
        return new AnalysisResult(ordered(distinct.list(), files, config), said, files.size(), List.of(), suppressed);
    }

    /**
     * Sets aside (into {@code suppressed}) the findings a {@code // zwlint-disable-next-line RULE: reason}
     * comment silences, then those a {@code #pragma warning} for an equal PREfast warning silences
     * (in the file or a header it includes), says which such comments silence nothing (a pragma is
     * never said to: it also serves PREfast), and offers every other finding in the file the
     * suppression fix.
     */
    private List<Finding> suppress(SourceFile file, org.zwlint.core.parse.WarningPragmas pragmas,
            List<Finding> findings, List<Diagnostic> diagnostics, List<SuppressedFinding> suppressed) {
        List<Suppressions.Suppression> suppressions = Suppressions.of(file);
        java.util.Set<Suppressions.Suppression> used = new java.util.HashSet<>();
        List<Finding> kept = new ArrayList<>();
        // Hashed only for a file with a finding to fix: most files have none, and SHA-256 in the client compiler is not free.
        @org.eclipse.jdt.annotation.Nullable SourceDigest digest = null;
        for (Finding finding : findings) {
            boolean inFile = finding.range().file().equals(file.path());
            Optional<Suppressions.Suppression> silencing = inFile ? suppressions.stream()
                    .filter(s -> s.targetLine() == finding.range().startLine() && s.rules().contains(finding.ruleId()))
                    .findFirst() : Optional.empty();
            if (silencing.isPresent()) {
                used.add(silencing.get());
                suppressed.add(new SuppressedFinding(finding, silencing.get().reason(), silencing.get().comment()));
                continue;
            }
            Optional<org.zwlint.core.parse.WarningPragmas.Silence> pragma = pragmas
                    .at(finding.range().file(), finding.range().startLine()).stream()
                    .filter(p -> pragmaRules.getOrDefault(p.warning(), java.util.Set.of()).contains(finding.ruleId()))
                    .findFirst();
            if (pragma.isPresent()) {
                suppressed.add(new SuppressedFinding(finding, pragma.get().pragma(), pragma.get().at()));
                continue;
            }
            if (!inFile) {
                kept.add(finding);
                continue;
            }
            List<Fix> fixes = new ArrayList<>(finding.fixes());
            fixes.add(SuppressionFix.create(file, finding.range(), finding.ruleId()));
            // bound to the bytes analyzed, so a fix never lands on a file that changed since
            if (digest == null) {
                digest = SourceDigest.of(file.bytes());
            }
            SourceDigest analyzed = digest;
            fixes.replaceAll(fix -> fix.file().equals(file.path()) ? fix.analyzedAs(analyzed) : fix);
            kept.add(new Finding(finding.ruleId(), finding.severity(), finding.range(), finding.message(),
                    finding.witness(), fixes));
        }
        for (Suppressions.Suppression suppression : suppressions) {
            if (!used.contains(suppression)) {
                diagnostics.add(new Diagnostic(Severity.NOTE, file.path(), suppression.comment().startLine(),
                        suppression.comment().startColumn(), "zwlint-disable-next-line " + String.join(", ",
                                suppression.rules()) + " silences nothing on line " + suppression.targetLine()));
            }
        }
        return kept;
    }

    private List<Finding> runRules(LoadedUnit unit, UnitAnalysis analysis, ZwLintConfig config,
            Map<String, String> servicePointers, List<Diagnostic> diagnostics,
            java.util.function.BooleanSupplier cancelled) {
        return runRulesNumbered(unit, analysis, config, servicePointers, diagnostics, cancelled).stream()
                .map(RuleFinding::finding).toList();
    }

    /**
     * The global function pointers the project's kernel files bind to a system service, by name (the first file
     * that binds a name wins), so a file that declares one extern and calls through it calls that service (PM001,
     * PM002). A project of one file needs none: the file's own bindings are found with it.
     */
    private Map<String, String> projectServicePointers(List<LoadedUnit> units, ProgramAnalysis program,
            ZwLintConfig config) {
        if (units.size() < 2) {
            return Map.of();
        }
        Map<String, String> all = new HashMap<>();
        for (LoadedUnit unit : units) {
            UnitAnalysis analysis = unitAnalysis(program, unit);
            if (analysis.mode().judgedAsKernel()) {
                new RuleInput(unit.file(), unit.parsed().ast(), catalog, model,
                        config.arch() == Arch.X86 ? x86Replayer : x64Replayer, analysis).exportedServicePointers()
                        .forEach(all::putIfAbsent);
            }
        }
        return all;
    }

    /** The rules' findings in the order the rules run and each reports them, with the rule's place in that order. */
    private List<RuleFinding> runRulesNumbered(LoadedUnit unit, UnitAnalysis analysis, ZwLintConfig config,
            Map<String, String> servicePointers, List<Diagnostic> diagnostics,
            java.util.function.BooleanSupplier cancelled) {
        RuleInput input = new RuleInput(unit.file(), unit.parsed().ast(), catalog, model,
                config.arch() == Arch.X86 ? x86Replayer : x64Replayer, analysis, servicePointers);
        List<RuleFinding> found = new ArrayList<>();
        for (int index = 0; index < rules.size(); index++) {
            Rule rule = rules.get(index);
            int number = index;
            if (!config.isEnabled(rule.id())) {
                continue;
            }
            stopIf(cancelled); // outside the try: a stop is no rule's failure
            try {
                // A .zwlint may report a rule at another level than its default.
                rule.check(input).forEach(f -> found.add(new RuleFinding(number,
                        f.severity() == config.levelOf(f.ruleId(), f.severity()) ? f
                        : new Finding(f.ruleId(), config.levelOf(f.ruleId(), f.severity()), f.range(), f.message(),
                                f.witness(), f.fixes()))));
            } catch (RuntimeException | StackOverflowError e) {
                diagnostics.add(Diagnostic.ofFile(Severity.ERROR, unit.file().path(),
                        "internal error in rule " + rule.id() + " (" + e + "); other rules went on"));
            }
        }
        return found;
    }

    /**
     * The analyzed files' own findings first, in file order, then those in headers; a finding in a
     * header of the WDK (the real one given with --wdk-include) is the WDK's, not the driver's.
     */
    private static List<Finding> ordered(List<Finding> findings, List<SourceFile> files, ZwLintConfig config) {
        List<Path> order = files.stream().map(SourceFile::path).toList();
        Optional<Path> wdk = config.wdkIncludeDir().map(p -> p.toAbsolutePath().normalize());
        List<Finding> kept = new ArrayList<>(findings.stream().filter(f -> wdk.isEmpty()
                || order.contains(f.range().file())
                || !f.range().file().toAbsolutePath().normalize().startsWith(wdk.get())).toList());
        kept.sort(Comparator.comparingInt((Finding f) -> {
            int at = order.indexOf(f.range().file());
            return at < 0 ? Integer.MAX_VALUE : at;
        }).thenComparing(f -> f.range().file().toString()).thenComparingInt(f -> f.range().startOffset()));
        return kept;
    }

    /** Units whose code does not say take the project's mode where the project says (see CodeMode.inProject). */
    private static List<LoadedUnit> inProjectMode(List<LoadedUnit> units) {
        List<CodeMode> modes = CodeMode.inProject(units.stream().map(u -> u.unit().mode()).toList(),
                units.stream().map(u -> String.valueOf(u.file().path().getFileName())).toList());
        List<LoadedUnit> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            LoadedUnit u = units.get(i);
            out.add(modes.get(i) == u.unit().mode() ? u : new LoadedUnit(u.file(), u.parsed(), new ProgramAnalysis.Unit(
                    u.unit().file(), u.unit().ast(), u.unit().semantics(), modes.get(i))));
        }
        return out;
    }

    /**
     * The files' units: every file parsed first, while the model's own parse may still run, then
     * each given its semantics. {@code firstMode} and {@code firstSpelledElsewhere} are for the first
     * file, when it is a part of a file (see {@link UnitFindings}).
     */
    private List<LoadedUnit> load(List<SourceFile> files, ZwLintConfig config, ConfiguredFrontEnd frontEnd,
            Optional<CodeMode> firstMode, List<IoctlSpelling> firstSpelledElsewhere,
            java.util.function.BooleanSupplier cancelled) {
        List<ParsedUnit> parsed = new ArrayList<>();
        for (SourceFile file : files) {
            parsed.add(frontEnd.frontEnd().parse(file));
            stopIf(cancelled);
        }
        WdkDeclarations declarations = frontEnd.declarations();
        // the model's parse learned other type names than the scan of its tokens: parse with its names
        boolean again = !files.isEmpty() && !frontEnd.frontEnd().scanMatchesModel();
        List<LoadedUnit> units = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            SourceFile file = files.get(i);
            units.add(load(file, again ? frontEnd.frontEnd().parse(file) : parsed.get(i), config, declarations,
                    i == 0 ? firstMode : Optional.empty(), i == 0 ? firstSpelledElsewhere : List.of()));
        }
        return units;
    }

    /** {@code found}: the mode the whole file was found to have, for a part of it (see {@link UnitFindings}). */
    private static LoadedUnit load(SourceFile file, ParsedUnit parsed, ZwLintConfig config,
            WdkDeclarations declarations, Optional<CodeMode> found, List<IoctlSpelling> spelledElsewhere) {
        SemanticModel semantics = SemanticModel.build(parsed.ast(), declarations, config.arch().pointerSize());
        CodeMode mode = switch (config.modeFor(file.path())) {
            case KERNEL -> CodeMode.forced(CodeMode.Kind.KERNEL);
            case USER -> CodeMode.forced(CodeMode.Kind.USER);
            case AUTO -> found.orElseGet(() -> CodeMode.of(parsed.includedHeaders(), semantics.functions()));
        };
        return new LoadedUnit(file, parsed, new ProgramAnalysis.Unit(file, parsed.ast(), semantics, mode,
                spelledElsewhere));
    }

    private static UnitAnalysis unitAnalysis(ProgramAnalysis program, LoadedUnit unit) {
        return new UnitAnalysis(unit.unit().mode(), unit.unit().semantics(), program.entryPoints(unit.unit()),
                program.facts(unit.unit()), program.budgetNotes(unit.unit()));
    }

    /** Reuses the front end (model parse, header cache) while the configuration stays the same. */
    private ConfiguredFrontEnd frontEnd(ZwLintConfig config) {
        synchronized (frontEnds) {
            if (frontEnds.containsKey(config)) {
                return frontEnds.get(config);
            }
        }
        ConfiguredFrontEnd configured = ConfiguredFrontEnd.start(config); // outside the lock: others need not wait
        synchronized (frontEnds) {
            if (!frontEnds.containsKey(config)) { // another thread may have built one meanwhile: one is kept
                frontEnds.put(config, configured);
                if (frontEnds.size() > FRONT_ENDS_KEPT) {
                    frontEnds.remove(frontEnds.keySet().iterator().next()); // the oldest configuration
                }
            }
            return frontEnds.get(config);
        }
    }

    public RuleCatalog catalog() {
        return catalog;
    }
}
