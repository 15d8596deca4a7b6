package org.zwlint.ui.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.zwlint.core.Fix;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.TextEdit;
import org.zwlint.ui.ZwLintPlugin;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

/**
 * Writes a finding's fixes into a marker attribute (JSON) and reads them back. Reading is a lookup
 * on the UI thread (Ctrl+1, the hover): the build job keeps what it encodes, and the plug-in's start
 * decodes the markers of an earlier session in a job. The decoded fixes live as long as the marker's
 * attribute text (weak keys), so a deleted marker takes its entry along.
 */
public final class MarkerFixes {
    static final String ATTRIBUTE = "fixes";
    private static final Gson GSON = new Gson();
    private static final java.lang.reflect.Type LIST_TYPE = new TypeToken<List<FixRecord>>() {
    }.getType();
    private static final Map<String, List<FixRecord>> DECODED = Collections.synchronizedMap(new WeakHashMap<>());
    private static final java.util.concurrent.atomic.AtomicLong PARSED = new java.util.concurrent.atomic.AtomicLong();

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
        String json = GSON.toJson(records, LIST_TYPE);
        synchronized (DECODED) {
            // The key must be this text, which the new marker holds: a put would keep an equal key
            // of the marker this build replaces, and the entry would go with that marker.
            DECODED.remove(json);
            DECODED.put(json, List.copyOf(records));
        }
        return json;
    }

    static List<FixRecord> decode(IMarker marker) {
        String json = marker.getAttribute(ATTRIBUTE, "");
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        List<FixRecord> known = DECODED.get(json);
        if (known != null) {
            return known;
        }
        List<FixRecord> parsed = parse(json);
        DECODED.put(json, parsed);
        return parsed;
    }

    /** Decodes the fixes of every ZwLint marker in the workspace (markers restored from an earlier session); in a job. */
    public static void decodeAll() {
        try {
            for (IMarker marker : ResourcesPlugin.getWorkspace().getRoot().findMarkers(ZwLintPlugin.MARKER_TYPE, false,
                    IResource.DEPTH_INFINITE)) {
                decode(marker);
            }
        } catch (CoreException | IllegalStateException e) {
            // the workspace is closing: nothing left to ask for fixes
        }
    }

    /** How many marker texts were parsed because nothing had decoded them before (for the tests). */
    public static long parsed() {
        return PARSED.get();
    }

    private static List<FixRecord> parse(String json) {
        PARSED.incrementAndGet();
        try {
            List<FixRecord> records = GSON.fromJson(json, LIST_TYPE);
            return records == null ? List.of() : List.copyOf(records);
        } catch (JsonParseException e) {
            return List.of(); // a marker from another version; offer nothing rather than guess
        }
    }
}
