package org.zwlint.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.zwlint.core.DispatcherVerdict;
import org.zwlint.core.Finding;
import org.zwlint.core.WitnessStep;
import org.zwlint.core.source.SourceFile;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

/**
 * The marker attributes that carry a finding's witness, so the IDE can explain a marker the way
 * the CLI explains a finding: the steps (JSON), the dispatcher's status and trace, and the text
 * the marker covered when it was analyzed (a marker whose text changed since is stale).
 */
public final class MarkerWitness {
    /** JSON list of {@link WitnessStepRecord}. */
    public static final String STEPS = "witnessSteps";
    /** The dispatcher's NTSTATUS in hex, e.g. "0xC0000005"; absent when no call was replayed. */
    public static final String NT_STATUS = "ntStatus";
    /** The NTSTATUS's name, e.g. "STATUS_ACCESS_VIOLATION". */
    public static final String NT_STATUS_NAME = "ntStatusName";
    /** The dispatcher's trace, one line per step, separated by '\n'. */
    public static final String DISPATCHER_TRACE = "dispatcherTrace";
    /** The text of the marker's range at analysis. */
    public static final String ANALYZED_TEXT = "analyzedText";

    /** Marker string attributes are limited to 65535 UTF-8 bytes; a witness never needs that many. */
    private static final int MAX_CHARS = 16_000;
    private static final Gson GSON = new Gson();
    private static final java.lang.reflect.Type STEP_LIST = new TypeToken<List<WitnessStepRecord>>() {
    }.getType();

    private MarkerWitness() {
    }

    /** Adds the witness attributes of {@code finding}; {@code source} is the text of the finding's own file. */
    static void put(Map<String, Object> attributes, Finding finding, SourceFile source) {
        List<WitnessStepRecord> steps = new ArrayList<>();
        for (WitnessStep step : finding.witness().path()) {
            steps.add(new WitnessStepRecord(step.range().file().toString(), step.range().startOffset(),
                    step.range().endOffset(), step.range().startLine(), step.message()));
        }
        attributes.put(STEPS, clip(GSON.toJson(steps, STEP_LIST)));
        Optional<DispatcherVerdict> verdict = finding.witness().verdict();
        if (verdict.isPresent()) {
            attributes.put(NT_STATUS, verdict.get().hexStatus());
            attributes.put(NT_STATUS_NAME, verdict.get().statusName());
            attributes.put(DISPATCHER_TRACE, clip(String.join("\n", verdict.get().trace())));
        }
        int end = Math.min(finding.range().endOffset(), source.text().length());
        int start = Math.min(finding.range().startOffset(), end);
        attributes.put(ANALYZED_TEXT, clip(source.text().substring(start, end)));
    }

    public static List<WitnessStepRecord> steps(IMarker marker) {
        String json = marker.getAttribute(STEPS, "");
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            List<WitnessStepRecord> steps = GSON.fromJson(json, STEP_LIST);
            return steps == null ? List.of() : List.copyOf(steps);
        } catch (JsonParseException e) {
            return List.of(); // clipped or from another version: show no path rather than a wrong one
        }
    }

    public static Optional<VerdictRecord> verdict(IMarker marker) {
        String status = marker.getAttribute(NT_STATUS, "");
        if (status == null || status.isEmpty()) {
            return Optional.empty();
        }
        String trace = marker.getAttribute(DISPATCHER_TRACE, "");
        List<String> lines = trace == null || trace.isEmpty() ? List.of() : Arrays.asList(trace.split("\n"));
        return Optional.of(new VerdictRecord(status, marker.getAttribute(NT_STATUS_NAME, ""), lines));
    }

    public static String ruleId(IMarker marker) {
        return marker.getAttribute(MarkerWriter.RULE_ID, "");
    }

    private static String clip(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
    }
}
