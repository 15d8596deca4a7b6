package org.zwlint.core.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.DispatcherVerdict;
import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.SuppressedFinding;
import org.zwlint.core.WitnessStep;
import org.zwlint.core.baseline.Baseline;
import org.zwlint.core.baseline.BaselineEntry;
import org.zwlint.core.baseline.BaselineState;
import org.zwlint.core.baseline.Fingerprints;
import org.zwlint.core.rules.RuleCatalog;
import org.zwlint.core.source.SourceEncoding;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.TextEdit;
import org.zwlint.core.source.TextRange;

/**
 * Writes an analysis as a SARIF 2.1.0 log, the format code-scanning services and IDE viewers
 * read. Findings become results with their witness path (related locations and a code flow whose
 * message is the dispatcher's replay), their fixes and fingerprints; findings silenced in the
 * source come with an inSource suppression and its justification, and findings a baseline holds
 * with an external one. Diagnostics and skipped C++ files become tool execution notifications,
 * so a missing or binary input is visible in CI without being mistaken for a bug in the driver.
 * <p>
 * The same input and options give the same bytes on any machine: no times, no thread count, and
 * SRCROOT is named without the absolute folder it stands for.
 */
public final class SarifReport {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String VERSION = "2.1.0";

    private final ToolInfo tool;
    private final RuleCatalog catalog;
    private final ArtifactUris uris;
    private final Fingerprints fingerprints;
    private final Optional<Baseline> baseline;
    private final Optional<SarifInvocation> invocation;
    /** The analyzed files' bytes, for fixes that give byte offsets next to char offsets. */
    private final Function<Path, Optional<SourceFile>> sources;
    /** The effective configuration's fingerprint, as the text summary line ends with it. */
    private final Optional<String> configuration;

    /** @param baseDirectory files under it are named relative to SRCROOT; empty for absolute URIs only */
    public SarifReport(ToolInfo tool, RuleCatalog catalog, Optional<Path> baseDirectory) {
        this(tool, catalog, baseDirectory, new Fingerprints(baseDirectory.orElse(Path.of(""))), Optional.empty());
    }

    /**
     * A report whose results carry {@code partialFingerprints} from {@code fingerprints} and, with
     * a baseline, {@code baselineState} against it (plus a result for each of its entries no
     * longer found).
     */
    public SarifReport(ToolInfo tool, RuleCatalog catalog, Optional<Path> baseDirectory, Fingerprints fingerprints,
            Optional<Baseline> baseline) {
        this(tool, catalog, new ArtifactUris(baseDirectory), fingerprints, baseline, Optional.empty(),
                path -> Optional.empty(), Optional.empty());
    }

    private SarifReport(ToolInfo tool, RuleCatalog catalog, ArtifactUris uris, Fingerprints fingerprints,
            Optional<Baseline> baseline, Optional<SarifInvocation> invocation,
            Function<Path, Optional<SourceFile>> sources, Optional<String> configuration) {
        this.tool = tool;
        this.catalog = catalog;
        this.uris = uris;
        this.fingerprints = fingerprints;
        this.baseline = baseline;
        this.invocation = invocation;
        this.sources = sources;
        this.configuration = configuration;
    }

    /** This report, recording the command line and exit code of the run in {@code invocations}. */
    public SarifReport withInvocation(SarifInvocation run) {
        return new SarifReport(tool, catalog, uris, fingerprints, baseline, Optional.of(run), sources, configuration);
    }

    /**
     * This report, with the fingerprint of the configuration the run analyzed with (see
     * {@link org.zwlint.core.config.ConfigFingerprint}) in the run's {@code properties}: a reviewer
     * compares it with the IDE's, as with the summary line.
     */
    public SarifReport withConfiguration(String fingerprint) {
        return new SarifReport(tool, catalog, uris, fingerprints, baseline, invocation, sources,
                Optional.of(fingerprint));
    }

    /**
     * This report, reading the files fixes edit through {@code files} so that each replacement
     * also gives byte offsets, and the inserted bytes in the file's own encoding when that is not
     * UTF-8: a consumer patching bytes then gets what {@code --fix} writes.
     */
    public SarifReport withSources(Function<Path, Optional<SourceFile>> files) {
        Map<Path, Optional<SourceFile>> cache = new HashMap<>();
        return new SarifReport(tool, catalog, uris, fingerprints, baseline, invocation,
                path -> cache.computeIfAbsent(path, files), configuration);
    }

    public String render(AnalysisResult result) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(toJson(result)) + "\n";
    }

    public JsonObject toJson(AnalysisResult result) {
        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA);
        log.addProperty("version", VERSION);
        JsonArray runs = new JsonArray();
        runs.add(run(result));
        log.add("runs", runs);
        return log;
    }

    private JsonObject run(AnalysisResult result) {
        JsonObject run = new JsonObject();
        SarifRules rules = new SarifRules(tool, catalog.all());
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < catalog.all().size(); i++) {
            ruleIndex.put(catalog.all().get(i).id(), i);
        }
        run.add("tool", rules.toolComponent());
        if (rules.hasTaxonomies()) {
            run.add("taxonomies", rules.taxonomies());
        }
        if (uris.baseUri().isPresent()) {
            // The folder's absolute path would tie the log to this machine; viewers ask for it, CI knows it.
            JsonObject srcroot = new JsonObject();
            srcroot.add("description", SarifText.message("The folder the analysis ran in (the checkout root in CI)"));
            JsonObject bases = new JsonObject();
            bases.add(ArtifactUris.SRCROOT, srcroot);
            run.add("originalUriBaseIds", bases);
        }
        JsonArray invocations = new JsonArray();
        invocations.add(invocation(result));
        run.add("invocations", invocations);
        JsonArray results = new JsonArray();
        List<Finding> findings = result.findings();
        List<String> prints = fingerprints.of(findings);
        Optional<Baseline.Comparison> comparison = baseline.map(b -> b.compare(findings, fingerprints));
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            JsonObject json = result(finding, Optional.ofNullable(ruleIndex.get(finding.ruleId())), prints.get(i));
            int at = i;
            comparison.ifPresent(c -> {
                BaselineState state = c.states().get(at);
                json.addProperty("baselineState", state.label());
                if (state == BaselineState.UNCHANGED) {
                    // Accepted when the baseline was written: code scanning shows it as dismissed, not open.
                    json.add("suppressions", suppression("external",
                            "Recorded in the baseline; only new findings fail the run"));
                }
            });
            results.add(json);
        }
        List<SuppressedFinding> silenced = result.suppressed();
        List<String> silencedPrints = fingerprints.of(silenced.stream().map(SuppressedFinding::finding).toList());
        for (int i = 0; i < silenced.size(); i++) {
            SuppressedFinding suppressed = silenced.get(i);
            JsonObject json = result(suppressed.finding(),
                    Optional.ofNullable(ruleIndex.get(suppressed.finding().ruleId())), silencedPrints.get(i));
            JsonArray suppressions = suppression("inSource", suppressed.justification().isBlank()
                    ? "No reason given in the zwlint-disable-next-line comment" : suppressed.justification());
            suppressions.get(0).getAsJsonObject().add("location", location(suppressed.marker(), Optional.empty()));
            json.add("suppressions", suppressions);
            results.add(json);
        }
        comparison.ifPresent(c -> c.absent().forEach(entry -> results.add(absent(entry,
                Optional.ofNullable(ruleIndex.get(entry.ruleId()))))));
        run.add("results", results);
        run.addProperty("columnKind", "utf16CodeUnits");
        // A run property, not automationDetails: GitHub's upload-sarif sets its category only on runs
        // that have no automationDetails, so writing one would take the workflow's category away.
        configuration.ifPresent(fingerprint -> {
            JsonObject properties = new JsonObject();
            properties.addProperty("configurationFingerprint", fingerprint);
            run.add("properties", properties);
        });
        return run;
    }

    private static JsonArray suppression(String kind, String justification) {
        JsonObject suppression = new JsonObject();
        suppression.addProperty("kind", kind);
        suppression.addProperty("status", "accepted");
        suppression.addProperty("justification", justification);
        JsonArray suppressions = new JsonArray();
        suppressions.add(suppression);
        return suppressions;
    }

    /** A baseline entry this run no longer reports: where it was, and that it is gone. */
    private JsonObject absent(BaselineEntry entry, Optional<Integer> ruleIndex) {
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", entry.ruleId());
        ruleIndex.ifPresent(index -> result.addProperty("ruleIndex", index));
        result.addProperty("level", "none");
        result.add("message", SarifText.message("Recorded in the baseline and no longer found"));
        JsonObject artifact = new JsonObject();
        boolean relative = !entry.file().startsWith("/") && uris.baseUri().isPresent();
        artifact.addProperty("uri", relative ? entry.file() : Path.of(entry.file()).toUri().toString());
        if (relative) {
            artifact.addProperty("uriBaseId", ArtifactUris.SRCROOT);
        }
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        JsonObject region = new JsonObject();
        region.addProperty("startLine", Math.max(1, entry.line())); // where it was when recorded
        physical.add("region", region);
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        JsonArray locations = new JsonArray();
        locations.add(location);
        result.add("locations", locations);
        JsonObject partial = new JsonObject();
        partial.addProperty(Fingerprints.SARIF_KEY, entry.fingerprint());
        result.add("partialFingerprints", partial);
        result.addProperty("baselineState", BaselineState.ABSENT.label());
        return result;
    }

    private JsonObject invocation(AnalysisResult result) {
        JsonObject json = new JsonObject();
        invocation.ifPresent(run -> {
            json.addProperty("commandLine", run.commandLine());
            JsonArray arguments = new JsonArray();
            run.arguments().forEach(arguments::add);
            json.add("arguments", arguments);
        });
        // An unreadable or missing input means the run did not analyze what it was asked to.
        json.addProperty("executionSuccessful", !result.hasErrors());
        invocation.ifPresent(run -> json.addProperty("exitCode", run.exitCode()));
        JsonArray notifications = new JsonArray();
        for (Diagnostic diagnostic : result.diagnostics()) {
            notifications.add(notification(diagnostic.severity().label(), diagnostic.message(), diagnostic.file(),
                    diagnostic.line(), diagnostic.column()));
        }
        for (Path skipped : result.skippedCxx()) {
            notifications.add(notification("note", "C++ file skipped; ZwLint analyzes C", skipped, 0, 0));
        }
        json.add("toolExecutionNotifications", notifications);
        return json;
    }

    private JsonObject notification(String level, String text, Path file, int line, int column) {
        JsonObject notification = new JsonObject();
        notification.addProperty("level", level);
        notification.add("message", SarifText.message(text));
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifactLocation(file));
        if (line > 0) {
            JsonObject region = new JsonObject();
            region.addProperty("startLine", line);
            if (column > 0) {
                region.addProperty("startColumn", column);
            }
            physical.add("region", region);
        }
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        JsonArray locations = new JsonArray();
        locations.add(location);
        notification.add("locations", locations);
        return notification;
    }

    private JsonObject result(Finding finding, Optional<Integer> ruleIndex, String fingerprint) {
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", finding.ruleId());
        ruleIndex.ifPresent(index -> result.addProperty("ruleIndex", index));
        result.addProperty("level", finding.severity().label());
        result.add("message", SarifText.message(finding.message()));
        JsonArray locations = new JsonArray();
        locations.add(location(finding.range(), Optional.empty()));
        result.add("locations", locations);
        List<WitnessStep> path = finding.witness().path();
        if (!path.isEmpty()) {
            JsonArray related = new JsonArray();
            for (int i = 0; i < path.size(); i++) {
                JsonObject step = location(path.get(i).range(), Optional.of(path.get(i).message()));
                step.addProperty("id", i + 1);
                related.add(step);
            }
            result.add("relatedLocations", related);
            result.add("codeFlows", codeFlows(path, finding.witness().verdict()));
        }
        JsonObject partial = new JsonObject();
        partial.addProperty(Fingerprints.SARIF_KEY, fingerprint);
        result.add("partialFingerprints", partial);
        // SARIF fixes repair the code; silencing a result is what SARIF's suppressions are for.
        List<Fix> repairs = finding.fixes().stream().filter(fix -> fix.kind() == Fix.Kind.REPAIR).toList();
        if (!repairs.isEmpty()) {
            JsonArray fixes = new JsonArray();
            repairs.forEach(fix -> fixes.add(fix(fix)));
            result.add("fixes", fixes);
        }
        JsonObject properties = new JsonObject();
        finding.witness().verdict().ifPresent(verdict -> properties.add("dispatcherVerdict", verdict(verdict)));
        finding.witness().unconfirmed().ifPresent(reason -> {
            properties.addProperty("confirmed", false);
            properties.addProperty("unconfirmedReason", reason);
        });
        if (properties.size() > 0) {
            result.add("properties", properties);
        }
        return result;
    }

    /**
     * The witness path as one thread flow, source to sink. The dispatcher's replay of the call is
     * the flow's message, so a viewer shows what the system service would have answered.
     */
    private JsonArray codeFlows(List<WitnessStep> path, Optional<DispatcherVerdict> verdict) {
        JsonArray steps = new JsonArray();
        for (int i = 0; i < path.size(); i++) {
            WitnessStep step = path.get(i);
            JsonObject threadFlowLocation = new JsonObject();
            threadFlowLocation.add("location", location(step.range(), Optional.of(step.message())));
            threadFlowLocation.addProperty("importance", i == 0 || i == path.size() - 1 ? "essential" : "important");
            steps.add(threadFlowLocation);
        }
        JsonObject threadFlow = new JsonObject();
        threadFlow.add("locations", steps);
        JsonArray threadFlows = new JsonArray();
        threadFlows.add(threadFlow);
        JsonObject codeFlow = new JsonObject();
        verdict.ifPresent(v -> codeFlow.add("message", SarifText.message("Dispatcher replay: " + v.statusName() + " ("
                + v.hexStatus() + ")" + (v.trace().isEmpty() ? "" : ": " + String.join("; ", v.trace())))));
        codeFlow.add("threadFlows", threadFlows);
        JsonArray codeFlows = new JsonArray();
        codeFlows.add(codeFlow);
        return codeFlows;
    }

    private JsonObject fix(Fix fix) {
        Optional<SourceFile> source = sources.apply(fix.file());
        JsonArray replacements = new JsonArray();
        for (TextEdit edit : fix.edits()) {
            JsonObject deleted = new JsonObject();
            deleted.addProperty("charOffset", edit.startOffset());
            deleted.addProperty("charLength", edit.endOffset() - edit.startOffset());
            Optional<SourceFile> file = source.filter(s -> edit.endOffset() <= s.text().length());
            file.ifPresent(s -> {
                int start = s.byteOffset(edit.startOffset());
                deleted.addProperty("byteOffset", start);
                deleted.addProperty("byteLength", s.byteOffset(edit.endOffset()) - start);
            });
            JsonObject replacement = new JsonObject();
            replacement.add("deletedRegion", deleted);
            if (!edit.replacement().isEmpty()) {
                JsonObject inserted = new JsonObject();
                inserted.addProperty("text", edit.replacement());
                file.filter(s -> !isUtf8(s.encoding())).ifPresent(s -> inserted.addProperty("binary",
                        Base64.getEncoder().encodeToString(edit.replacement().getBytes(s.encoding().charset()))));
                replacement.add("insertedContent", inserted);
            }
            replacements.add(replacement);
        }
        JsonObject change = new JsonObject();
        change.add("artifactLocation", artifactLocation(fix.file()));
        change.add("replacements", replacements);
        JsonArray changes = new JsonArray();
        changes.add(change);
        JsonObject sarifFix = new JsonObject();
        sarifFix.add("description", SarifText.message(fix.label()));
        sarifFix.add("artifactChanges", changes);
        return sarifFix;
    }

    private static boolean isUtf8(SourceEncoding encoding) {
        return encoding.charset().equals(StandardCharsets.UTF_8);
    }

    private static JsonObject verdict(DispatcherVerdict verdict) {
        JsonObject json = new JsonObject();
        json.addProperty("ntStatus", verdict.hexStatus());
        json.addProperty("statusName", verdict.statusName());
        JsonArray trace = new JsonArray();
        verdict.trace().forEach(trace::add);
        json.add("trace", trace);
        return json;
    }

    private JsonObject location(TextRange range, Optional<String> text) {
        JsonObject region = new JsonObject();
        region.addProperty("startLine", range.startLine());
        region.addProperty("startColumn", range.startColumn());
        region.addProperty("endLine", range.endLine());
        region.addProperty("endColumn", range.endColumn());
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifactLocation(range.file()));
        physical.add("region", region);
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        text.ifPresent(t -> location.add("message", SarifText.message(t)));
        return location;
    }

    private JsonObject artifactLocation(Path file) {
        ArtifactUris.Artifact artifact = uris.artifact(file);
        JsonObject location = new JsonObject();
        location.addProperty("uri", artifact.uri());
        artifact.uriBaseId().ifPresent(id -> location.addProperty("uriBaseId", id));
        return location;
    }
}
