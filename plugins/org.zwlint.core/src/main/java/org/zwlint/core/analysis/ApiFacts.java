package org.zwlint.core.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The routines the engine knows the effect of, loaded once from the bundled api-facts.json. */
public final class ApiFacts {
    private static final String RESOURCE = "api-facts.json";

    private final Map<String, ApiRoutine> routines;

    private ApiFacts(Map<String, ApiRoutine> routines) {
        this.routines = Map.copyOf(routines);
    }

    public static ApiFacts bundled() {
        try (InputStream in = ApiFacts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonObject root = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .getAsJsonObject();
            Map<String, ApiRoutine> routines = new HashMap<>();
            for (JsonElement element : root.getAsJsonArray("routines")) {
                ApiRoutine routine = parse(element.getAsJsonObject());
                if (routines.put(routine.name(), routine) != null) {
                    throw new IllegalStateException(RESOURCE + ": " + routine.name() + " is listed twice");
                }
            }
            return new ApiFacts(routines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiRoutine parse(JsonObject json) {
        Map<String, Integer> args = new HashMap<>();
        JsonObject argObject = json.getAsJsonObject("args");
        if (argObject != null) {
            for (Map.Entry<String, JsonElement> arg : argObject.entrySet()) {
                args.put(arg.getKey(), arg.getValue().getAsInt());
            }
        }
        JsonElement region = json.get("region");
        JsonElement says = json.get("says");
        JsonElement write = json.get("write");
        JsonElement contents = json.get("userContents");
        JsonElement output = json.get("output");
        JsonElement address = json.get("address");
        JsonElement appends = json.get("appends");
        return new ApiRoutine(json.get("name").getAsString(),
                ApiRoutine.Role.valueOf(json.get("role").getAsString().toUpperCase(Locale.ROOT)), args,
                write != null && write.getAsBoolean(),
                region == null ? Optional.empty() : Optional.of(Region.valueOf(region.getAsString())),
                contents != null && contents.getAsBoolean(),
                says == null ? Optional.empty() : Optional.of(says.getAsString()),
                output != null && output.getAsBoolean(),
                address == null ? Optional.empty() : Optional.of(KernelAddress.valueOf(address.getAsString())),
                appends != null && appends.getAsBoolean());
    }

    public Optional<ApiRoutine> routine(String name) {
        return Optional.ofNullable(routines.get(name));
    }
}
