package org.zwlint.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    RuleCatalog(Map<String, RuleDescription> rules) {
        this.rules = rules;
    }

    public static RuleCatalog load() {
        try (InputStream in = RuleCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonObject root = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .getAsJsonObject();
            Map<String, RuleDescription> rules = new LinkedHashMap<>();
            JsonArray array = root.getAsJsonArray("rules");
            for (JsonElement element : array) {
                JsonObject rule = element.getAsJsonObject();
                RuleDescription description = new RuleDescription(text(rule, "id"), text(rule, "name"),
                        Severity.valueOf(text(rule, "severity").toUpperCase(Locale.ROOT)), text(rule, "summary"),
                        text(rule, "help"), text(rule, "class"));
                rules.put(description.id(), description);
            }
            return new RuleCatalog(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static String text(JsonObject object, String key) {
        JsonElement value = object.get(key);
        if (value == null || !value.isJsonPrimitive()) {
            throw new IllegalStateException(RESOURCE + ": rule entry lacks \"" + key + "\": " + object);
        }
        return value.getAsString();
    }
}
