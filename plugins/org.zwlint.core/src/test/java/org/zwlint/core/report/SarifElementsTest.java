package org.zwlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Finding;
import org.zwlint.core.SuppressedFinding;
import org.zwlint.core.baseline.Baseline;
import org.zwlint.core.baseline.Fingerprints;
import org.zwlint.core.rules.RuleCatalog;
import org.zwlint.core.source.SourceFile;

/** One test per element of the SARIF log that code-scanning services read, beyond the basics. */
class SarifElementsTest {
    private final RuleCatalog catalog = RuleCatalog.load();

    private JsonObject run(SarifReport report, AnalysisResult result) {
        return JsonParser.parseString(report.render(result)).getAsJsonObject().getAsJsonArray("runs").get(0)
                .getAsJsonObject();
    }

    private SarifReport report() {
        return new SarifReport(ToolInfo.zwlint("0.9.1"), catalog, Optional.of(ReportSamples.ROOT));
    }

    private static JsonObject rule(JsonObject run, String id) {
        for (JsonElement rule : run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules")) {
            if (rule.getAsJsonObject().get("id").getAsString().equals(id)) {
                return rule.getAsJsonObject();
            }
        }
        throw new AssertionError("no rule " + id);
    }

    @Test
    void rulesCarryHelpUriTagsPrecisionAndSecuritySeverity() {
        JsonObject run = run(report(), ReportSamples.mixed());
        JsonObject pb001 = rule(run, "PB001");
        assertEquals("https://github.com/zwlint/zwlint/blob/main/docs/rules.md#pb001-unprobeduserpointer",
                pb001.get("helpUri").getAsString());
        JsonObject properties = pb001.getAsJsonObject("properties");
        List<String> tags = new ArrayList<>();
        properties.getAsJsonArray("tags").forEach(t -> tags.add(t.getAsString()));
        assertTrue(tags.contains("security") && tags.contains("external/cwe/cwe-822"), tags::toString);
        assertEquals("high", properties.get("precision").getAsString());
        assertEquals("8.8", properties.get("security-severity").getAsString());
        JsonObject pm001 = rule(run, "PM001").getAsJsonObject("properties");
        assertFalse(pm001.has("security-severity"), "a correctness rule has no security severity: " + pm001);
        assertEquals("very-high", pm001.get("precision").getAsString());
        JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
        assertEquals("0.9.1", driver.get("semanticVersion").getAsString());
    }

    @Test
    void relatedToolsAreTaxonomiesAndRulesPointIntoThem() {
        JsonObject run = run(report(), ReportSamples.mixed());
        JsonArray taxonomies = run.getAsJsonArray("taxonomies");
        JsonObject pb003 = rule(run, "PB003");
        JsonObject relationship = pb003.getAsJsonArray("relationships").get(0).getAsJsonObject();
        JsonObject target = relationship.getAsJsonObject("target");
        assertEquals("C28125", target.get("id").getAsString());
        assertEquals("superset", relationship.getAsJsonArray("kinds").get(0).getAsString());
        // The reference resolves: the component index names the PREfast taxonomy, the taxon index its C28125.
        JsonObject component = taxonomies.get(target.getAsJsonObject("toolComponent").get("index").getAsInt())
                .getAsJsonObject();
        assertEquals("PREfast", component.get("name").getAsString());
        assertEquals("PREfast", target.getAsJsonObject("toolComponent").get("name").getAsString());
        assertEquals("C28125", component.getAsJsonArray("taxa").get(target.get("index").getAsInt()).getAsJsonObject()
                .get("id").getAsString());
        JsonArray supported = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("supportedTaxonomies");
        assertEquals(taxonomies.size(), supported.size());
        JsonObject pm006 = rule(run, "PM006");
        List<String> related = new ArrayList<>();
        pm006.getAsJsonArray("relationships").forEach(r -> related.add(r.getAsJsonObject().getAsJsonObject("target")
                .get("id").getAsString()));
        assertEquals(List.of("C28126", "cpp/drivers/ob-reference-mode"), related);
        assertFalse(rule(run, "PM001").has("relationships"), "no tool covers direct Nt calls");
    }

    @Test
    void witnessStepsAreRelatedLocationsAndTheReplayIsTheFlowMessage() {
        JsonObject result = run(report(), ReportSamples.mixed()).getAsJsonArray("results").get(1).getAsJsonObject();
        JsonArray related = result.getAsJsonArray("relatedLocations");
        assertEquals(2, related.size());
        assertEquals(1, related.get(0).getAsJsonObject().get("id").getAsInt());
        assertEquals("handle value read from the user's buffer.", related.get(0).getAsJsonObject()
                .getAsJsonObject("message").get("text").getAsString());
        JsonObject flow = result.getAsJsonArray("codeFlows").get(0).getAsJsonObject();
        assertEquals("Dispatcher replay: STATUS_INVALID_HANDLE (0xC0000008): PreviousMode=UserMode; "
                + "ObReferenceObjectByHandle rejects a kernel handle.", flow.getAsJsonObject("message").get("text")
                        .getAsString());
        JsonArray steps = flow.getAsJsonArray("threadFlows").get(0).getAsJsonObject().getAsJsonArray("locations");
        assertEquals("essential", steps.get(0).getAsJsonObject().get("importance").getAsString());
        JsonObject direct = run(report(), ReportSamples.mixed()).getAsJsonArray("results").get(0).getAsJsonObject();
        assertFalse(direct.has("relatedLocations"), "no path, no related locations");
    }

    @Test
    void inSourceSuppressionsKeepTheFindingWithItsJustification() {
        AnalysisResult mixed = ReportSamples.mixed();
        SourceFile file = ReportSamples.dispatchFile();
        Finding silenced = mixed.findings().get(0);
        AnalysisResult result = new AnalysisResult(List.of(mixed.findings().get(1)), List.of(), 1, List.of(),
                List.of(new SuppressedFinding(silenced, "closed on the driver's own handle",
                        ReportSamples.rangeOf(file, "HANDLE h"))));
        JsonArray results = run(report(), result).getAsJsonArray("results");
        assertEquals(2, results.size(), "the silenced finding is still in the log");
        assertFalse(results.get(0).getAsJsonObject().has("suppressions"));
        JsonObject suppressed = results.get(1).getAsJsonObject();
        assertEquals("PM001", suppressed.get("ruleId").getAsString());
        JsonObject suppression = suppressed.getAsJsonArray("suppressions").get(0).getAsJsonObject();
        assertEquals("inSource", suppression.get("kind").getAsString());
        assertEquals("accepted", suppression.get("status").getAsString());
        assertEquals("closed on the driver's own handle", suppression.get("justification").getAsString());
        assertEquals(3, suppression.getAsJsonObject("location").getAsJsonObject("physicalLocation")
                .getAsJsonObject("region").get("startLine").getAsInt());
        assertTrue(suppressed.getAsJsonObject("partialFingerprints").has(Fingerprints.SARIF_KEY));
    }

    @Test
    void baselinedFindingsAreExternallySuppressedAndNewOnesAreNot() {
        AnalysisResult mixed = ReportSamples.mixed();
        Fingerprints prints = new Fingerprints(ReportSamples.ROOT);
        Baseline recorded = Baseline.of(List.of(mixed.findings().get(0)), prints);
        JsonArray results = run(new SarifReport(ToolInfo.zwlint("0.9.1"), catalog, Optional.of(ReportSamples.ROOT),
                prints, Optional.of(recorded)), mixed).getAsJsonArray("results");
        JsonObject unchanged = results.get(0).getAsJsonObject();
        assertEquals("unchanged", unchanged.get("baselineState").getAsString());
        assertEquals("external", unchanged.getAsJsonArray("suppressions").get(0).getAsJsonObject().get("kind")
                .getAsString());
        JsonObject fresh = results.get(1).getAsJsonObject();
        assertEquals("new", fresh.get("baselineState").getAsString());
        assertFalse(fresh.has("suppressions"), "a new finding is open");
    }

    @Test
    void invocationRecordsExitCodeCommandLineAndSkippedFiles() {
        AnalysisResult result = ReportSamples.mixed().withSkippedCxx(List.of(ReportSamples.ROOT.resolve("lib/queue.cpp")));
        SarifInvocation invocation = SarifInvocation.of(List.of("check", "--format", "sarif", "--jobs", "8",
                ReportSamples.ROOT.resolve("src").toString()), ReportSamples.ROOT, 1);
        JsonObject json = run(report().withInvocation(invocation), result).getAsJsonArray("invocations").get(0)
                .getAsJsonObject();
        assertEquals(1, json.get("exitCode").getAsInt());
        assertEquals("zwlint check --format sarif src", json.get("commandLine").getAsString());
        assertEquals(4, json.getAsJsonArray("arguments").size());
        JsonArray notifications = json.getAsJsonArray("toolExecutionNotifications");
        JsonObject skipped = notifications.get(notifications.size() - 1).getAsJsonObject();
        assertEquals("note", skipped.get("level").getAsString());
        assertEquals("C++ file skipped; ZwLint analyzes C.", skipped.getAsJsonObject("message").get("text").getAsString());
        assertEquals("lib/queue.cpp", skipped.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation").get("uri").getAsString());
    }

    @Test
    void withoutAnInvocationNoExitCodeIsInvented() {
        JsonObject json = run(report(), ReportSamples.mixed()).getAsJsonArray("invocations").get(0).getAsJsonObject();
        assertFalse(json.has("exitCode"));
        assertFalse(json.has("commandLine"));
    }

    @Test
    void theLogNamesNoAbsolutePathOfTheMachine() {
        String log = report().withInvocation(SarifInvocation.of(List.of("--config=/builds/driver/.zwlint",
                "/builds/driver/src/dispatch.c"), ReportSamples.ROOT, 1)).render(ReportSamples.mixed());
        assertFalse(log.contains("/builds/driver"), log);
        assertTrue(log.contains("\"--config=.zwlint\""), log);
    }

    @Test
    void commandLineQuotesWhatAShellWouldSplit() {
        SarifInvocation invocation = SarifInvocation.of(List.of("-D", "NAME=a b", "--jobs=2", "it's.c"),
                Path.of("/work"), 0);
        assertEquals("zwlint -D 'NAME=a b' 'it'\\''s.c'", invocation.commandLine());
    }
}
