package org.zwlint.core.report;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.baseline.Baseline;
import org.zwlint.core.baseline.BaselineEntry;
import org.zwlint.core.baseline.BaselineState;
import org.zwlint.core.baseline.Fingerprints;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.DispatcherVerdict;
import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.WitnessStep;
import org.zwlint.core.rules.RuleCatalog;
import org.zwlint.core.rules.RuleDescription;
import org.zwlint.core.source.TextEdit;
import org.zwlint.core.source.TextRange;

/**
 * Writes an analysis as a SARIF 2.1.0 log, the format code-scanning services and IDE viewers
 * read. Findings become results (with their witness path as a code flow and their fixes as
 * SARIF fixes); diagnostics become tool execution notifications, so a missing or binary input
 * is visible in CI without being mistaken for a bug in the driver.
 */
public final class SarifReport {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String VERSION = "2.1.0";

    private final ToolInfo tool;
    private final RuleCatalog catalog;
    private final ArtifactUris uris;
    private final Fingerprints fingerprints;
    private final Optional<Baseline> baseline;

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
        this.tool = tool;
        this.catalog = catalog;
        this.uris = new ArtifactUris(baseDirectory);
        this.fingerprints = fingerprints;
        this.baseline = baseline;
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
        List<RuleDescription> rules = catalog.all();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        run.add("tool", toolComponent(rules));
        uris.baseUri().ifPresent(uri -> {
            JsonObject srcroot = new JsonObject();
            srcroot.addProperty("uri", uri);
            JsonObject bases = new JsonObject();
            bases.add(ArtifactUris.SRCROOT, srcroot);
            run.add("originalUriBaseIds", bases);
        });
        JsonArray invocations = new JsonArray();
        invocations.add(invocation(result));
        run.add("invocations", invocations);
        JsonArray results = new JsonArray();
        List<Finding> findings = result.findings();
        List<String> prints = fingerprints.of(findings);
        Optional<Baseline.Comparison> comparison = baseline.map(b -> b.compare(findings, fingerprints));
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            JsonObject json = result(finding, Optional.ofNullable(ruleIndex.get(finding.ruleId())));
            JsonObject partial = new JsonObject();
            partial.addProperty(Fingerprints.SARIF_KEY, prints.get(i));
            json.add("partialFingerprints", partial);
            int at = i;
            comparison.ifPresent(c -> json.addProperty("baselineState", c.states().get(at).label()));
            results.add(json);
        }
        comparison.ifPresent(c -> c.absent().forEach(entry -> results.add(absent(entry,
                Optional.ofNullable(ruleIndex.get(entry.ruleId()))))));
        run.add("results", results);
        run.addProperty("columnKind", "utf16CodeUnits");
        return run;
    }

    /**
     * A rule's help as Markdown, for viewers that render it: the indented example lines of the
     * help text become fenced C blocks, the prose stays as written.
     */
    static String markdown(String help) {
        StringBuilder out = new StringBuilder();
        boolean inCode = false;
        for (String line : help.split("\n", -1)) {
            boolean code = line.startsWith("    ") || line.startsWith("\t");
            if (code && !inCode) {
                out.append("```c\n");
            } else if (!code && inCode) {
                out.append("```\n");
            }
            inCode = code;
            out.append(code ? line.substring(line.startsWith("\t") ? 1 : 4) : line).append('\n');
        }
        if (inCode) {
            out.append("```\n");
        }
        return out.toString().strip();
    }

    /** A baseline entry this run no longer reports: where it was, and that it is gone. */
    private JsonObject absent(BaselineEntry entry, Optional<Integer> ruleIndex) {
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", entry.ruleId());
        ruleIndex.ifPresent(index -> result.addProperty("ruleIndex", index));
        result.addProperty("level", "none");
        result.add("message", message("Recorded in the baseline and no longer found"));
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

    private JsonObject toolComponent(List<RuleDescription> rules) {
        JsonObject driver = new JsonObject();
        driver.addProperty("name", tool.name());
        driver.addProperty("version", tool.version());
        driver.addProperty("informationUri", tool.informationUri());
        JsonArray descriptors = new JsonArray();
        for (RuleDescription rule : rules) {
            JsonObject descriptor = new JsonObject();
            descriptor.addProperty("id", rule.id());
            descriptor.addProperty("name", rule.name());
            descriptor.add("shortDescription", message(rule.summary()));
            descriptor.add("fullDescription", message(rule.help()));
            JsonObject help = message(rule.help());
            help.addProperty("markdown", markdown(rule.help()));
            descriptor.add("help", help);
            JsonObject configuration = new JsonObject();
            configuration.addProperty("level", rule.severity().label());
            descriptor.add("defaultConfiguration", configuration);
            descriptors.add(descriptor);
        }
        driver.add("rules", descriptors);
        JsonObject component = new JsonObject();
        component.add("driver", driver);
        return component;
    }

    private JsonObject invocation(AnalysisResult result) {
        JsonObject invocation = new JsonObject();
        // An unreadable or missing input means the run did not analyze what it was asked to.
        invocation.addProperty("executionSuccessful", !result.hasErrors());
        JsonArray notifications = new JsonArray();
        for (Diagnostic diagnostic : result.diagnostics()) {
            JsonObject notification = new JsonObject();
            notification.addProperty("level", diagnostic.severity().label());
            notification.add("message", message(diagnostic.message()));
            JsonObject physical = new JsonObject();
            physical.add("artifactLocation", artifactLocation(diagnostic.file()));
            if (diagnostic.line() > 0) {
                JsonObject region = new JsonObject();
                region.addProperty("startLine", diagnostic.line());
                if (diagnostic.column() > 0) {
                    region.addProperty("startColumn", diagnostic.column());
                }
                physical.add("region", region);
            }
            JsonObject location = new JsonObject();
            location.add("physicalLocation", physical);
            JsonArray locations = new JsonArray();
            locations.add(location);
            notification.add("locations", locations);
            notifications.add(notification);
        }
        invocation.add("toolExecutionNotifications", notifications);
        return invocation;
    }

    private JsonObject result(Finding finding, Optional<Integer> ruleIndex) {
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", finding.ruleId());
        ruleIndex.ifPresent(index -> result.addProperty("ruleIndex", index));
        result.addProperty("level", finding.severity().label());
        result.add("message", message(finding.message()));
        JsonArray locations = new JsonArray();
        locations.add(location(finding.range(), Optional.empty()));
        result.add("locations", locations);
        if (!finding.witness().path().isEmpty()) {
            result.add("codeFlows", codeFlows(finding.witness().path()));
        }
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

    private JsonArray codeFlows(List<WitnessStep> path) {
        JsonArray steps = new JsonArray();
        for (WitnessStep step : path) {
            JsonObject threadFlowLocation = new JsonObject();
            threadFlowLocation.add("location", location(step.range(), Optional.of(step.message())));
            steps.add(threadFlowLocation);
        }
        JsonObject threadFlow = new JsonObject();
        threadFlow.add("locations", steps);
        JsonArray threadFlows = new JsonArray();
        threadFlows.add(threadFlow);
        JsonObject codeFlow = new JsonObject();
        codeFlow.add("threadFlows", threadFlows);
        JsonArray codeFlows = new JsonArray();
        codeFlows.add(codeFlow);
        return codeFlows;
    }

    private JsonObject fix(Fix fix) {
        JsonArray replacements = new JsonArray();
        for (TextEdit edit : fix.edits()) {
            JsonObject deleted = new JsonObject();
            deleted.addProperty("charOffset", edit.startOffset());
            deleted.addProperty("charLength", edit.endOffset() - edit.startOffset());
            JsonObject replacement = new JsonObject();
            replacement.add("deletedRegion", deleted);
            if (!edit.replacement().isEmpty()) {
                JsonObject inserted = new JsonObject();
                inserted.addProperty("text", edit.replacement());
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
        sarifFix.add("description", message(fix.label()));
        sarifFix.add("artifactChanges", changes);
        return sarifFix;
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
        text.ifPresent(t -> location.add("message", message(t)));
        return location;
    }

    private JsonObject artifactLocation(Path file) {
        ArtifactUris.Artifact artifact = uris.artifact(file);
        JsonObject location = new JsonObject();
        location.addProperty("uri", artifact.uri());
        artifact.uriBaseId().ifPresent(id -> location.addProperty("uriBaseId", id));
        return location;
    }

    /**
     * SARIF viewers show message text as sentences, and the validator asks for a final period;
     * text that already ends in punctuation (a code example ending in ';') is left as written.
     */
    private static JsonObject message(String text) {
        String trimmed = text.strip();
        boolean open = !trimmed.isEmpty() && Character.isLetterOrDigit(trimmed.charAt(trimmed.length() - 1))
                || trimmed.endsWith(")") || trimmed.endsWith("\"");
        JsonObject message = new JsonObject();
        message.addProperty("text", open ? trimmed + "." : trimmed);
        return message;
    }
}
