package org.zwlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.rules.RuleCatalog;

class SarifReportTest {
    private final RuleCatalog catalog = RuleCatalog.load();

    private JsonObject run(AnalysisResult result, Optional<Path> base) {
        String rendered = new SarifReport(ToolInfo.zwlint("0.9.1"), catalog, base).render(result);
        JsonObject log = JsonParser.parseString(rendered).getAsJsonObject();
        assertEquals("2.1.0", log.get("version").getAsString());
        assertEquals(SarifReport.SCHEMA, log.get("$schema").getAsString());
        return log.getAsJsonArray("runs").get(0).getAsJsonObject();
    }

    @Test
    void driverDescribesEveryCatalogRule() {
        JsonObject driver = run(ReportSamples.mixed(), Optional.empty()).getAsJsonObject("tool")
                .getAsJsonObject("driver");
        assertEquals("ZwLint", driver.get("name").getAsString());
        assertEquals("0.9.1", driver.get("version").getAsString());
        assertTrue(driver.get("informationUri").getAsString().startsWith("https://"));
        JsonArray rules = driver.getAsJsonArray("rules");
        assertEquals(catalog.all().size(), rules.size());
        JsonObject pm001 = rules.get(0).getAsJsonObject();
        assertEquals("PM001", pm001.get("id").getAsString());
        assertEquals("DirectNtCall", pm001.get("name").getAsString());
        assertEquals("Direct call to an Nt* system service from driver code.",
                pm001.getAsJsonObject("shortDescription").get("text").getAsString());
        assertTrue(pm001.getAsJsonObject("help").get("text").getAsString().contains("ZwClose(handle);"));
        assertTrue(pm001.getAsJsonObject("help").get("markdown").getAsString()
                .contains("Good:\n```c\nstatus = ZwClose(handle);\n```"), pm001::toString);
        assertEquals("warning", pm001.getAsJsonObject("defaultConfiguration").get("level").getAsString());
    }

    @Test
    void resultsUseSrcrootRelativeUrisAndUtf16Columns() {
        JsonObject run = run(ReportSamples.mixed(), Optional.of(ReportSamples.ROOT));
        assertEquals("utf16CodeUnits", run.get("columnKind").getAsString());
        JsonObject srcroot = run.getAsJsonObject("originalUriBaseIds").getAsJsonObject("SRCROOT");
        assertFalse(srcroot.has("uri"), "the machine's folder stays out of the log: " + srcroot);
        assertTrue(srcroot.getAsJsonObject("description").get("text").getAsString().contains("checkout root"));
        JsonObject result = run.getAsJsonArray("results").get(0).getAsJsonObject();
        assertEquals("PM001", result.get("ruleId").getAsString());
        assertEquals(0, result.get("ruleIndex").getAsInt());
        assertEquals("warning", result.get("level").getAsString());
        assertEquals("direct call to NtClose.", result.getAsJsonObject("message").get("text").getAsString());
        JsonObject physical = result.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation");
        JsonObject artifact = physical.getAsJsonObject("artifactLocation");
        assertEquals("src/dispatch.c", artifact.get("uri").getAsString());
        assertEquals("SRCROOT", artifact.get("uriBaseId").getAsString());
        JsonObject region = physical.getAsJsonObject("region");
        assertEquals(List.of(4, 12, 4, 19), List.of(region.get("startLine").getAsInt(),
                region.get("startColumn").getAsInt(), region.get("endLine").getAsInt(),
                region.get("endColumn").getAsInt()));
        assertFalse(result.has("codeFlows"), "a finding without a path has no code flow");
        assertFalse(result.has("properties"));
    }

    @Test
    void withoutABaseEveryUriIsAbsolute() {
        JsonObject run = run(ReportSamples.mixed(), Optional.empty());
        assertFalse(run.has("originalUriBaseIds"));
        JsonObject artifact = run.getAsJsonArray("results").get(0).getAsJsonObject().getAsJsonArray("locations")
                .get(0).getAsJsonObject().getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation");
        assertEquals("file:///builds/driver/src/dispatch.c", artifact.get("uri").getAsString());
        assertFalse(artifact.has("uriBaseId"));
    }

    @Test
    void filesOutsideTheBaseStayAbsoluteAndOddNamesAreEscaped() {
        ArtifactUris uris = new ArtifactUris(Optional.of(Path.of("/builds/driver")));
        assertEquals("file:///elsewhere/x.c", uris.artifact(Path.of("/elsewhere/x.c")).uri());
        assertEquals("src/my%20driver/%C3%A9t%C3%A9.c",
                uris.artifact(Path.of("/builds/driver/src/my driver/été.c")).uri());
        assertEquals("./a:b.c", uris.artifact(Path.of("/builds/driver/a:b.c")).uri());
        assertEquals("src/x.c", uris.artifact(Path.of("/builds/driver/lib/../src/x.c")).uri());
    }

    @Test
    void fixesBecomeCharOffsetReplacements() {
        JsonObject result = run(ReportSamples.mixed(), Optional.of(ReportSamples.ROOT)).getAsJsonArray("results")
                .get(0).getAsJsonObject();
        JsonObject fix = result.getAsJsonArray("fixes").get(0).getAsJsonObject();
        assertEquals("Replace NtClose with ZwClose.", fix.getAsJsonObject("description").get("text").getAsString());
        JsonObject change = fix.getAsJsonArray("artifactChanges").get(0).getAsJsonObject();
        assertEquals("src/dispatch.c", change.getAsJsonObject("artifactLocation").get("uri").getAsString());
        JsonObject replacement = change.getAsJsonArray("replacements").get(0).getAsJsonObject();
        assertEquals(ReportSamples.DISPATCH_TEXT.indexOf("NtClose"),
                replacement.getAsJsonObject("deletedRegion").get("charOffset").getAsInt());
        assertEquals(2, replacement.getAsJsonObject("deletedRegion").get("charLength").getAsInt());
        assertEquals("Zw", replacement.getAsJsonObject("insertedContent").get("text").getAsString());
    }

    @Test
    void witnessPathBecomesACodeFlowAndVerdictAProperty() {
        JsonObject result = run(ReportSamples.mixed(), Optional.empty()).getAsJsonArray("results").get(1)
                .getAsJsonObject();
        assertEquals("error", result.get("level").getAsString());
        assertFalse(result.has("ruleIndex"), "PB999 is not in the catalog, so it has no index");
        JsonArray steps = result.getAsJsonArray("codeFlows").get(0).getAsJsonObject().getAsJsonArray("threadFlows")
                .get(0).getAsJsonObject().getAsJsonArray("locations");
        assertEquals(2, steps.size());
        JsonObject first = steps.get(0).getAsJsonObject().getAsJsonObject("location");
        assertEquals("handle value read from the user's buffer.",
                first.getAsJsonObject("message").get("text").getAsString());
        assertEquals(3, first.getAsJsonObject("physicalLocation").getAsJsonObject("region").get("startLine")
                .getAsInt());
        JsonObject verdict = result.getAsJsonObject("properties").getAsJsonObject("dispatcherVerdict");
        assertEquals("0xC0000008", verdict.get("ntStatus").getAsString());
        assertEquals("STATUS_INVALID_HANDLE", verdict.get("statusName").getAsString());
        assertEquals(2, verdict.getAsJsonArray("trace").size());
    }

    @Test
    void diagnosticsBecomeNotificationsWithTheirLocation() {
        JsonObject invocation = run(ReportSamples.mixed(), Optional.of(ReportSamples.ROOT))
                .getAsJsonArray("invocations").get(0).getAsJsonObject();
        assertFalse(invocation.get("executionSuccessful").getAsBoolean(), "a binary input is an error");
        JsonArray notifications = invocation.getAsJsonArray("toolExecutionNotifications");
        assertEquals(2, notifications.size());
        JsonObject binary = notifications.get(0).getAsJsonObject();
        assertEquals("error", binary.get("level").getAsString());
        JsonObject physical = binary.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation");
        assertEquals("bin/driver.sys", physical.getAsJsonObject("artifactLocation").get("uri").getAsString());
        assertFalse(physical.has("region"), "a whole-file message has no region");
        JsonObject note = notifications.get(1).getAsJsonObject();
        assertEquals("note", note.get("level").getAsString());
        assertEquals(1, note.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
                .getAsJsonObject("region").get("startLine").getAsInt());
    }

    @Test
    void cleanRunIsSuccessfulWithNoResults() {
        JsonObject run = run(new AnalysisResult(List.of(), List.of(), 2), Optional.empty());
        assertEquals(0, run.getAsJsonArray("results").size());
        assertTrue(run.getAsJsonArray("invocations").get(0).getAsJsonObject().get("executionSuccessful")
                .getAsBoolean());
    }
}
