package org.zwlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class JsonReportTest {
    @Test
    void carriesFindingsPathsVerdictsFixesAndDiagnostics() {
        String rendered = new JsonReport(ToolInfo.zwlint("1.2.3")).render(ReportSamples.mixed());
        JsonObject root = JsonParser.parseString(rendered).getAsJsonObject();
        assertEquals("1.2.3", root.get("version").getAsString());
        assertEquals(1, root.get("filesAnalyzed").getAsInt());
        assertEquals(2, root.getAsJsonArray("findings").size());

        JsonObject direct = root.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertEquals("PM001", direct.get("ruleId").getAsString());
        assertEquals("warning", direct.get("severity").getAsString());
        JsonObject range = direct.getAsJsonObject("range");
        assertEquals(4, range.get("startLine").getAsInt());
        assertEquals(12, range.get("startColumn").getAsInt());
        assertEquals(19, range.get("endColumn").getAsInt());
        JsonObject edit = direct.getAsJsonArray("fixes").get(0).getAsJsonObject().getAsJsonArray("edits").get(0)
                .getAsJsonObject();
        int start = ReportSamples.DISPATCH_TEXT.indexOf("NtClose");
        assertEquals(start, edit.get("startOffset").getAsInt());
        assertEquals(start + 2, edit.get("endOffset").getAsInt());
        assertEquals("Zw", edit.get("replacement").getAsString());

        JsonObject boundary = root.getAsJsonArray("findings").get(1).getAsJsonObject();
        assertEquals(2, boundary.getAsJsonArray("path").size());
        assertEquals("0xC0000008", boundary.getAsJsonObject("dispatcherVerdict").get("ntStatus").getAsString());

        JsonObject binary = root.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        assertEquals(0, binary.get("line").getAsInt());
        assertEquals("error", binary.get("severity").getAsString());
    }
}
