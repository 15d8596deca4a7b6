package org.zwlint.core.report;

import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.WitnessStep;
import org.zwlint.core.source.TextEdit;
import org.zwlint.core.source.TextRange;

/**
 * ZwLint's own JSON, for scripts that want findings without learning SARIF: flat objects with
 * the file path as given, 1-based lines and columns, and char offsets for fixes.
 */
public final class JsonReport {
    /** Bumped when a field changes meaning or disappears; new fields do not bump it. */
    public static final int SCHEMA_VERSION = 1;

    private final ToolInfo tool;

    public JsonReport(ToolInfo tool) {
        this.tool = tool;
    }

    public String render(AnalysisResult result) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(toJson(result)) + "\n";
    }

    public JsonObject toJson(AnalysisResult result) {
        JsonObject root = new JsonObject();
        root.addProperty("schemaVersion", SCHEMA_VERSION);
        root.addProperty("tool", tool.name());
        root.addProperty("version", tool.version());
        root.addProperty("filesAnalyzed", result.filesAnalyzed());
        JsonArray findings = new JsonArray();
        result.findings().forEach(f -> findings.add(finding(f)));
        root.add("findings", findings);
        JsonArray diagnostics = new JsonArray();
        result.diagnostics().forEach(d -> diagnostics.add(diagnostic(d)));
        root.add("diagnostics", diagnostics);
        return root;
    }

    private static JsonObject finding(Finding finding) {
        JsonObject json = new JsonObject();
        json.addProperty("ruleId", finding.ruleId());
        json.addProperty("severity", finding.severity().label());
        json.addProperty("message", finding.message());
        json.add("range", range(finding.range()));
        JsonArray path = new JsonArray();
        for (WitnessStep step : finding.witness().path()) {
            JsonObject stepJson = new JsonObject();
            stepJson.add("range", range(step.range()));
            stepJson.addProperty("message", step.message());
            path.add(stepJson);
        }
        json.add("path", path);
        finding.witness().verdict().ifPresent(verdict -> {
            JsonObject v = new JsonObject();
            v.addProperty("ntStatus", verdict.hexStatus());
            v.addProperty("statusName", verdict.statusName());
            v.add("trace", strings(verdict.trace()));
            json.add("dispatcherVerdict", v);
        });
        finding.witness().unconfirmed().ifPresent(reason -> json.addProperty("unconfirmed", reason));
        JsonArray fixes = new JsonArray();
        finding.fixes().forEach(fix -> fixes.add(fix(fix)));
        json.add("fixes", fixes);
        return json;
    }

    private static JsonObject fix(Fix fix) {
        JsonObject json = new JsonObject();
        json.addProperty("label", fix.label());
        json.addProperty("file", fix.file().toString());
        JsonArray edits = new JsonArray();
        for (TextEdit edit : fix.edits()) {
            JsonObject e = new JsonObject();
            e.addProperty("startOffset", edit.startOffset());
            e.addProperty("endOffset", edit.endOffset());
            e.addProperty("replacement", edit.replacement());
            edits.add(e);
        }
        json.add("edits", edits);
        return json;
    }

    private static JsonObject diagnostic(Diagnostic diagnostic) {
        JsonObject json = new JsonObject();
        json.addProperty("severity", diagnostic.severity().label());
        json.addProperty("file", diagnostic.file().toString());
        json.addProperty("line", diagnostic.line());
        json.addProperty("column", diagnostic.column());
        json.addProperty("message", diagnostic.message());
        return json;
    }

    private static JsonObject range(TextRange range) {
        JsonObject json = new JsonObject();
        json.addProperty("file", range.file().toString());
        json.addProperty("startLine", range.startLine());
        json.addProperty("startColumn", range.startColumn());
        json.addProperty("endLine", range.endLine());
        json.addProperty("endColumn", range.endColumn());
        json.addProperty("startOffset", range.startOffset());
        json.addProperty("endOffset", range.endOffset());
        return json;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
