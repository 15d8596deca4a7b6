package org.zwlint.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.zwlint.core.Severity;

/** The metadata of every rule, loaded from the bundled rules.json. */
public final class RuleCatalog {
    private static final String RESOURCE = "rules.json";

    private final Map<String, RuleDescription> rules;
    /** The SHA-256 of the rules.json text it was read from: part of the result cache's key. */
    private final String digest;

    /** A catalog made in code (tests): its digest is that of its descriptions' text. */
    RuleCatalog(Map<String, RuleDescription> rules) {
        this(rules, org.zwlint.core.source.SourceDigest.of(rules.toString().getBytes(StandardCharsets.UTF_8)).sha256());
    }

    private RuleCatalog(Map<String, RuleDescription> rules, String digest) {
        this.rules = rules;
        this.digest = digest;
    }

    public static RuleCatalog load() {
        try (InputStream in = RuleCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A catalog from the text of a rules.json; a missing or bad entry is an error that shows the entry. */
    public static RuleCatalog parse(String json) {
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        Map<String, RuleDescription> rules = new LinkedHashMap<>();
        JsonArray array = root.getAsJsonArray("rules");
        for (JsonElement element : array) {
            JsonObject rule = element.getAsJsonObject();
            RuleDescription description = new RuleDescription(text(rule, "id"), text(rule, "name"),
                    Severity.valueOf(text(rule, "severity").toUpperCase(Locale.ROOT)), text(rule, "summary"),
                    text(rule, "help"), text(rule, "class"), texts(rule, "tags"), precision(rule),
                    securitySeverity(rule), relations(rule));
            rules.put(description.id(), description);
        }
        return new RuleCatalog(rules,
                org.zwlint.core.source.SourceDigest.of(json.getBytes(StandardCharsets.UTF_8)).sha256());
    }

    /** The SHA-256 of the rules.json text this catalog was read from. */
    public String digest() {
        return digest;
    }

    public List<RuleDescription> all() {
        return List.copyOf(rules.values());
    }

    public Optional<RuleDescription> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public RuleDescription get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown rule " + id));
    }

    private static List<String> texts(JsonObject object, String key) {
        JsonElement value = object.get(key);
        if (value == null || !value.isJsonArray()) {
            throw new IllegalStateException(RESOURCE + ": rule entry lacks the list \"" + key + "\": " + object);
        }
        List<String> texts = new ArrayList<>();
        for (JsonElement element : value.getAsJsonArray()) {
            if (!element.isJsonPrimitive()) {
                throw new IllegalStateException(RESOURCE + ": \"" + key + "\" holds a non-text value: " + object);
            }
            texts.add(element.getAsString());
        }
        return texts;
    }

    private static String precision(JsonObject rule) {
        String precision = text(rule, "precision");
        if (!RuleDescription.PRECISIONS.contains(precision)) {
            throw new IllegalStateException(RESOURCE + ": precision \"" + precision + "\" is not one of "
                    + RuleDescription.PRECISIONS + ": " + rule);
        }
        return precision;
    }

    /** GitHub reads security-severity as a number from 0.0 to 10.0 written as text. */
    private static Optional<String> securitySeverity(JsonObject rule) {
        if (!rule.has("security-severity")) {
            return Optional.empty();
        }
        String value = text(rule, "security-severity");
        double score;
        try {
            score = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            score = -1;
        }
        if (score < 0 || score > 10 || !value.matches("\\d+\\.\\d")) {
            throw new IllegalStateException(RESOURCE + ": security-severity \"" + value
                    + "\" is not a score from 0.0 to 10.0: " + rule);
        }
        return Optional.of(value);
    }

    private static List<RuleRelation> relations(JsonObject rule) {
        List<RuleRelation> relations = new ArrayList<>();
        JsonElement value = rule.get("relations");
        if (value == null) {
            return relations;
        }
        if (!value.isJsonArray()) {
            throw new IllegalStateException(RESOURCE + ": \"relations\" is not a list: " + rule);
        }
        for (JsonElement element : value.getAsJsonArray()) {
            if (!element.isJsonObject()) {
                throw new IllegalStateException(RESOURCE + ": a relation is not an object: " + rule);
            }
            JsonObject relation = element.getAsJsonObject();
            String toolName = text(relation, "tool");
            RelatedTool tool = RelatedTool.named(toolName).orElseThrow(() -> new IllegalStateException(
                    RESOURCE + ": unknown tool \"" + toolName + "\" in a relation: " + rule));
            String kind = text(relation, "kind");
            if (!RuleRelation.KINDS.contains(kind)) {
                throw new IllegalStateException(RESOURCE + ": relation kind \"" + kind + "\" is not one of "
                        + RuleRelation.KINDS + ": " + rule);
            }
            relations.add(new RuleRelation(tool, text(relation, "id"), kind, text(relation, "description")));
        }
        return relations;
    }

    private static String text(JsonObject object, String key) {
        JsonElement value = object.get(key);
        if (value == null || !value.isJsonPrimitive()) {
            throw new IllegalStateException(RESOURCE + ": rule entry lacks \"" + key + "\": " + object);
        }
        return value.getAsString();
    }
}
