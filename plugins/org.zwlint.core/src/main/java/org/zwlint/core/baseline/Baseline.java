package org.zwlint.core.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.zwlint.core.Finding;

/**
 * The findings a team accepted, as a JSON file ({@code zwlint check --update-baseline} writes it):
 * <pre>{"version": 1, "findings": [{"ruleId": "PM001", "file": "sys/io.c", "fingerprint": "…", "line": 40}]}</pre>
 * Entries are sorted, so the file changes only where the findings do.
 */
public record Baseline(List<BaselineEntry> entries) {
    private static final int VERSION = 1;

    public Baseline {
        entries = List.copyOf(new TreeSet<>(entries));
    }

    /** What the current findings are, as a baseline to write. */
    public static Baseline of(List<Finding> findings, Fingerprints fingerprints) {
        List<String> prints = fingerprints.of(findings);
        List<BaselineEntry> entries = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            entries.add(new BaselineEntry(finding.ruleId(), fingerprints.fileName(finding.range().file()),
                    prints.get(i), finding.range().startLine()));
        }
        return new Baseline(entries);
    }

    /** @throws IOException when the file cannot be read or is not a baseline (the message says which) */
    public static Baseline read(Path file) throws IOException {
        try {
            JsonObject root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            JsonElement version = root.get("version");
            if (version == null || version.getAsInt() != VERSION) {
                throw new IOException(file + ": not a ZwLint baseline of version " + VERSION);
            }
            List<BaselineEntry> entries = new ArrayList<>();
            for (JsonElement element : root.getAsJsonArray("findings")) {
                JsonObject entry = element.getAsJsonObject();
                JsonElement line = entry.get("line");
                entries.add(new BaselineEntry(entry.get("ruleId").getAsString(), entry.get("file").getAsString(),
                        entry.get("fingerprint").getAsString(), line == null ? 1 : line.getAsInt()));
            }
            return new Baseline(entries);
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
            throw new IOException(file + ": not a ZwLint baseline (" + e.getMessage() + ")", e);
        }
    }

    public void write(Path file) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("version", VERSION);
        JsonArray findings = new JsonArray();
        for (BaselineEntry entry : entries) {
            JsonObject json = new JsonObject();
            json.addProperty("ruleId", entry.ruleId());
            json.addProperty("file", entry.file());
            json.addProperty("fingerprint", entry.fingerprint());
            json.addProperty("line", entry.line());
            findings.add(json);
        }
        root.add("findings", findings);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, new GsonBuilder().setPrettyPrinting().create().toJson(root) + "\n",
                StandardCharsets.UTF_8);
    }

    /**
     * Each finding's state against this baseline, in the findings' order, and the entries no
     * finding matched (absent). An entry matches one finding at most.
     */
    public Comparison compare(List<Finding> findings, Fingerprints fingerprints) {
        List<String> prints = fingerprints.of(findings);
        Map<String, Integer> left = new HashMap<>();
        entries.forEach(e -> left.merge(e.key(), 1, Integer::sum));
        List<BaselineState> states = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            String key = new BaselineEntry(findings.get(i).ruleId(),
                    fingerprints.fileName(findings.get(i).range().file()), prints.get(i), 0).key();
            int count = left.getOrDefault(key, 0);
            if (count > 0) {
                left.put(key, count - 1);
                states.add(BaselineState.UNCHANGED);
            } else {
                states.add(BaselineState.NEW);
            }
        }
        List<BaselineEntry> absent = new ArrayList<>();
        for (BaselineEntry entry : entries) {
            int count = left.getOrDefault(entry.key(), 0);
            if (count > 0) {
                left.put(entry.key(), count - 1);
                absent.add(entry);
            }
        }
        return new Comparison(states, prints, absent);
    }

    /** The states of a run's findings, their fingerprints, and the baseline entries it no longer reports. */
    public record Comparison(List<BaselineState> states, List<String> fingerprints, List<BaselineEntry> absent) {
        public Comparison {
            states = List.copyOf(states);
            fingerprints = List.copyOf(fingerprints);
            absent = List.copyOf(absent);
        }

        public long count(BaselineState state) {
            return states.stream().filter(s -> s == state).count();
        }
    }
}
