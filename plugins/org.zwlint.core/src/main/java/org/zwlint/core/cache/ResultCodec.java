package org.zwlint.core.cache;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.DispatcherVerdict;
import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.Severity;
import org.zwlint.core.SuppressedFinding;
import org.zwlint.core.Witness;
import org.zwlint.core.WitnessStep;
import org.zwlint.core.source.SourceDigest;
import org.zwlint.core.source.TextEdit;
import org.zwlint.core.source.TextRange;

/**
 * One project's {@link AnalysisResult} as JSON and back, every field kept, so a result read from
 * the cache prints the same bytes as the one computed. Reading throws
 * {@link IllegalStateException} (or Gson's exceptions) on anything malformed: the cache then
 * treats the entry as absent.
 */
final class ResultCodec {
    private ResultCodec() {
    }

    static JsonObject encode(AnalysisResult result) {
        JsonObject json = new JsonObject();
        JsonArray findings = new JsonArray();
        result.findings().forEach(f -> findings.add(finding(f)));
        json.add("findings", findings);
        JsonArray diagnostics = new JsonArray();
        for (Diagnostic d : result.diagnostics()) {
            JsonObject o = new JsonObject();
            o.addProperty("severity", d.severity().name());
            o.addProperty("file", d.file().toString());
            o.addProperty("line", d.line());
            o.addProperty("column", d.column());
            o.addProperty("message", d.message());
            diagnostics.add(o);
        }
        json.add("diagnostics", diagnostics);
        json.addProperty("filesAnalyzed", result.filesAnalyzed());
        JsonArray skipped = new JsonArray();
        result.skippedCxx().forEach(p -> skipped.add(p.toString()));
        json.add("skippedCxx", skipped);
        JsonArray suppressed = new JsonArray();
        for (SuppressedFinding s : result.suppressed()) {
            JsonObject o = new JsonObject();
            o.add("finding", finding(s.finding()));
            o.addProperty("justification", s.justification());
            o.add("marker", range(s.marker()));
            suppressed.add(o);
        }
        json.add("suppressed", suppressed);
        return json;
    }

    static AnalysisResult decode(JsonObject json) {
        List<Finding> findings = new ArrayList<>();
        array(json, "findings").forEach(e -> findings.add(finding(e.getAsJsonObject())));
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (JsonElement e : array(json, "diagnostics")) {
            JsonObject o = e.getAsJsonObject();
            diagnostics.add(new Diagnostic(Severity.valueOf(text(o, "severity")), Path.of(text(o, "file")),
                    number(o, "line"), number(o, "column"), text(o, "message")));
        }
        List<Path> skipped = new ArrayList<>();
        array(json, "skippedCxx").forEach(e -> skipped.add(Path.of(e.getAsString())));
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (JsonElement e : array(json, "suppressed")) {
            JsonObject o = e.getAsJsonObject();
            suppressed.add(new SuppressedFinding(finding(object(o, "finding")), text(o, "justification"),
                    range(array(o, "marker"))));
        }
        return new AnalysisResult(findings, diagnostics, number(json, "filesAnalyzed"), skipped, suppressed);
    }

    private static JsonObject finding(Finding f) {
        JsonObject o = new JsonObject();
        o.addProperty("rule", f.ruleId());
        o.addProperty("severity", f.severity().name());
        o.add("range", range(f.range()));
        o.addProperty("message", f.message());
        JsonArray path = new JsonArray();
        for (WitnessStep step : f.witness().path()) {
            JsonObject s = new JsonObject();
            s.add("range", range(step.range()));
            s.addProperty("message", step.message());
            path.add(s);
        }
        o.add("path", path);
        Optional<DispatcherVerdict> verdict = f.witness().verdict();
        if (verdict.isPresent()) {
            JsonObject v = new JsonObject();
            v.addProperty("status", verdict.get().ntStatus());
            v.addProperty("name", verdict.get().statusName());
            JsonArray trace = new JsonArray();
            verdict.get().trace().forEach(trace::add);
            v.add("trace", trace);
            o.add("verdict", v);
        }
        f.witness().unconfirmed().ifPresent(reason -> o.addProperty("unconfirmed", reason));
        JsonArray fixes = new JsonArray();
        for (Fix fix : f.fixes()) {
            JsonObject x = new JsonObject();
            x.addProperty("label", fix.label());
            x.addProperty("file", fix.file().toString());
            x.addProperty("kind", fix.kind().name());
            JsonArray edits = new JsonArray();
            for (TextEdit edit : fix.edits()) {
                JsonArray e = new JsonArray();
                e.add(edit.startOffset());
                e.add(edit.endOffset());
                e.add(edit.replacement());
                edits.add(e);
            }
            x.add("edits", edits);
            x.add("analyzed", fix.analyzed().<JsonElement>map(d -> new com.google.gson.JsonPrimitive(d.sha256()))
                    .orElse(JsonNull.INSTANCE));
            fixes.add(x);
        }
        o.add("fixes", fixes);
        return o;
    }

    private static Finding finding(JsonObject o) {
        List<WitnessStep> path = new ArrayList<>();
        for (JsonElement e : array(o, "path")) {
            JsonObject s = e.getAsJsonObject();
            path.add(new WitnessStep(range(array(s, "range")), text(s, "message")));
        }
        Optional<DispatcherVerdict> verdict = Optional.empty();
        if (o.has("verdict")) {
            JsonObject v = object(o, "verdict");
            List<String> trace = new ArrayList<>();
            array(v, "trace").forEach(e -> trace.add(e.getAsString()));
            verdict = Optional.of(new DispatcherVerdict(v.get("status").getAsLong(), text(v, "name"), trace));
        }
        Optional<String> unconfirmed = o.has("unconfirmed") ? Optional.of(text(o, "unconfirmed")) : Optional.empty();
        List<Fix> fixes = new ArrayList<>();
        for (JsonElement e : array(o, "fixes")) {
            JsonObject x = e.getAsJsonObject();
            List<TextEdit> edits = new ArrayList<>();
            for (JsonElement edit : array(x, "edits")) {
                JsonArray a = edit.getAsJsonArray();
                edits.add(new TextEdit(a.get(0).getAsInt(), a.get(1).getAsInt(), a.get(2).getAsString()));
            }
            JsonElement analyzed = x.get("analyzed");
            fixes.add(new Fix(text(x, "label"), Path.of(text(x, "file")), edits, Fix.Kind.valueOf(text(x, "kind")),
                    analyzed == null || analyzed.isJsonNull() ? Optional.empty()
                            : Optional.of(new SourceDigest(analyzed.getAsString()))));
        }
        return new Finding(text(o, "rule"), Severity.valueOf(text(o, "severity")), range(array(o, "range")),
                text(o, "message"), new Witness(path, verdict, unconfirmed), fixes);
    }

    private static JsonArray range(TextRange r) {
        JsonArray a = new JsonArray();
        a.add(r.file().toString());
        a.add(r.startOffset());
        a.add(r.endOffset());
        a.add(r.startLine());
        a.add(r.startColumn());
        a.add(r.endLine());
        a.add(r.endColumn());
        return a;
    }

    private static TextRange range(JsonArray a) {
        if (a.size() != 7) {
            throw new IllegalStateException("a range has 7 parts, not " + a.size());
        }
        return new TextRange(Path.of(a.get(0).getAsString()), a.get(1).getAsInt(), a.get(2).getAsInt(),
                a.get(3).getAsInt(), a.get(4).getAsInt(), a.get(5).getAsInt(), a.get(6).getAsInt());
    }

    static JsonArray array(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonArray()) {
            throw new IllegalStateException("no list \"" + key + "\"");
        }
        return e.getAsJsonArray();
    }

    static JsonObject object(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonObject()) {
            throw new IllegalStateException("no object \"" + key + "\"");
        }
        return e.getAsJsonObject();
    }

    static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive()) {
            throw new IllegalStateException("no text \"" + key + "\"");
        }
        return e.getAsString();
    }

    private static int number(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive()) {
            throw new IllegalStateException("no number \"" + key + "\"");
        }
        return e.getAsInt();
    }
}
