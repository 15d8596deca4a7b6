package org.zwlint.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.zwlint.core.Fix;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.TextEdit;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

/** Writes a finding's fixes into a marker attribute (JSON) and reads them back. */
final class MarkerFixes {
    static final String ATTRIBUTE = "fixes";
    private static final Gson GSON = new Gson();
    private static final java.lang.reflect.Type LIST_TYPE = new TypeToken<List<FixRecord>>() {
    }.getType();

    private MarkerFixes() {
    }

    static String encode(List<Fix> fixes, SourceFile file) {
        List<FixRecord> records = new ArrayList<>();
        for (Fix fix : fixes) {
            List<FixRecord.EditRecord> edits = new ArrayList<>();
            for (TextEdit edit : fix.edits()) {
                String original = file.text().substring(edit.startOffset(), edit.endOffset());
                edits.add(new FixRecord.EditRecord(edit.startOffset(), edit.endOffset(), original, edit.replacement()));
            }
            records.add(new FixRecord(fix.label(), edits));
        }
        return GSON.toJson(records, LIST_TYPE);
    }

    static List<FixRecord> decode(IMarker marker) {
        String json = marker.getAttribute(ATTRIBUTE, "");
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            List<FixRecord> records = GSON.fromJson(json, LIST_TYPE);
            return records == null ? List.of() : List.copyOf(records);
        } catch (JsonParseException e) {
            return List.of(); // a marker from another version; offer nothing rather than guess
        }
    }
}
