package org.zwlint.core.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the model data file. The JSON schema documents the format; this loader re-checks what the simulator relies
 * on (cross references between parameters and types) so that a broken file fails loudly at load time rather than
 * producing a wrong trace later.
 */
public final class ModelLoader {
    public static final int SUPPORTED_SCHEMA_VERSION = 1;

    private ModelLoader() {
    }

    public static ServiceModel loadResource(String resource) {
        try (InputStream in = ModelLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ModelFormatException("model resource not found: " + resource);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ModelFormatException("cannot read " + resource, e);
        }
    }

    public static ServiceModel parse(Reader reader) {
        JsonObject root;
        try {
            root = JsonParser.parseReader(reader).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new ModelFormatException("model is not a JSON object", e);
        }
        int version = integer(root, "schemaVersion", "model");
        if (version != SUPPORTED_SCHEMA_VERSION) {
            throw new ModelFormatException("unsupported schemaVersion " + version);
        }
        Map<Arch, Long> probeAddress = new EnumMap<>(Arch.class);
        JsonObject probe = object(root, "mmUserProbeAddress", "model");
        for (Arch arch : Arch.values()) {
            probeAddress.put(arch, Long.decode(string(probe, arch.label(), "mmUserProbeAddress")));
        }
        TypeTable types = types(object(root, "types", "model"));
        List<ServiceSpec> services = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonElement e : array(root, "services", "model")) {
            ServiceSpec spec = service(e.getAsJsonObject(), types);
            if (!names.add(spec.ntName())) {
                throw new ModelFormatException("duplicate service " + spec.ntName());
            }
            services.add(spec);
        }
        return new ServiceModel(version, probeAddress, types, services);
    }

    private static TypeTable types(JsonObject json) {
        Map<String, Map<Arch, TypeLayout>> layouts = new HashMap<>();
        for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
            Map<Arch, TypeLayout> perArch = new EnumMap<>(Arch.class);
            JsonObject type = entry.getValue().getAsJsonObject();
            for (Arch arch : Arch.values()) {
                JsonObject layout = object(type, arch.label(), entry.getKey());
                perArch.put(arch, new TypeLayout(integer(layout, "size", entry.getKey()),
                        integer(layout, "align", entry.getKey())));
            }
            layouts.put(entry.getKey(), perArch);
        }
        return new TypeTable(layouts);
    }

    private static ServiceSpec service(JsonObject json, TypeTable types) {
        String nt = string(json, "nt", "service");
        String zw = string(json, "zw", nt);
        if (!nt.startsWith("Nt") || !zw.equals("Zw" + nt.substring(2))) {
            throw new ModelFormatException(nt + ": Nt and Zw names do not correspond: " + zw);
        }
        List<Parameter> params = new ArrayList<>();
        JsonArray array = array(json, "params", nt);
        Set<String> paramNames = new HashSet<>();
        for (JsonElement e : array) {
            JsonObject p = e.getAsJsonObject();
            String name = string(p, "name", nt);
            if (!paramNames.add(name)) {
                throw new ModelFormatException(nt + ": duplicate parameter " + name);
            }
            params.add(parameter(nt, name, p, types));
        }
        for (Parameter p : params) {
            if (p instanceof PointerParameter ptr && ptr.lengthParameter().isPresent()
                    && !paramNames.contains(ptr.lengthParameter().get())) {
                throw new ModelFormatException(nt + "." + p.name() + ": unknown length parameter "
                        + ptr.lengthParameter().get());
            }
        }
        return new ServiceSpec(nt, zw, bool(json, "zwDocumented", nt), string(json, "header", nt), params);
    }

    private static Parameter parameter(String service, String name, JsonObject p, TypeTable types) {
        String where = service + "." + name;
        boolean optional = p.has("optional") && p.get("optional").getAsBoolean();
        String role = string(p, "role", where);
        return switch (role) {
            case "handle" -> new HandleParameter(name, optional,
                    ObjectType.parse(string(p, "objectType", where))
                            .orElseThrow(() -> new ModelFormatException(where + ": unknown objectType")),
                    optionalString(p, "access"));
            case "value" -> new ValueParameter(name, optional, string(p, "type", where));
            case "routine" -> new RoutineParameter(name, optional);
            case "context" -> new ContextParameter(name, optional);
            case "in-pointer", "out-pointer", "inout-pointer" -> pointer(where, name, optional, role, p, types);
            default -> throw new ModelFormatException(where + ": unknown role " + role);
        };
    }

    private static PointerParameter pointer(String where, String name, boolean optional, String role, JsonObject p,
            TypeTable types) {
        Direction direction = switch (role) {
            case "in-pointer" -> Direction.IN;
            case "out-pointer" -> Direction.OUT;
            default -> Direction.IN_OUT;
        };
        String points = string(p, "points", where);
        Optional<String> length = optionalString(p, "lengthParam");
        Optional<String> element = optionalString(p, "elementType");
        if (PointerParameter.BUFFER.equals(points)) {
            if (!p.has("probeAlignment")) {
                throw new ModelFormatException(where + ": buffer without probeAlignment");
            }
        } else if (!types.contains(points)) {
            throw new ModelFormatException(where + ": unknown type " + points);
        }
        if (element.isPresent() && !types.contains(element.get())) {
            throw new ModelFormatException(where + ": unknown element type " + element.get());
        }
        String probe = string(p, "probe", where);
        boolean writes = probe.startsWith("write");
        if (writes != direction.writes()) {
            throw new ModelFormatException(where + ": probe " + probe + " contradicts role " + role);
        }
        Optional<Capture> capture = optionalString(p, "capture").map(c -> switch (c) {
            case "object-attributes" -> Capture.OBJECT_ATTRIBUTES;
            case "unicode-string" -> Capture.UNICODE_STRING;
            case "value" -> Capture.VALUE;
            default -> throw new ModelFormatException(where + ": unknown capture " + c);
        });
        int alignment = p.has("probeAlignment") ? p.get("probeAlignment").getAsInt() : 0;
        return new PointerParameter(name, optional, direction, points, length, element, alignment,
                probe.endsWith("-unless-method-neither"), capture);
    }

    private static JsonObject object(JsonObject json, String key, String where) {
        JsonElement e = json.get(key);
        if (e == null || !e.isJsonObject()) {
            throw new ModelFormatException(where + ": missing object '" + key + "'");
        }
        return e.getAsJsonObject();
    }

    private static JsonArray array(JsonObject json, String key, String where) {
        JsonElement e = json.get(key);
        if (e == null || !e.isJsonArray()) {
            throw new ModelFormatException(where + ": missing array '" + key + "'");
        }
        return e.getAsJsonArray();
    }

    private static String string(JsonObject json, String key, String where) {
        JsonElement e = json.get(key);
        if (e == null || !e.isJsonPrimitive()) {
            throw new ModelFormatException(where + ": missing string '" + key + "'");
        }
        return e.getAsString();
    }

    private static Optional<String> optionalString(JsonObject json, String key) {
        JsonElement e = json.get(key);
        return e == null || e.isJsonNull() ? Optional.empty() : Optional.of(e.getAsString());
    }

    private static int integer(JsonObject json, String key, String where) {
        JsonElement e = json.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new ModelFormatException(where + ": missing number '" + key + "'");
        }
        return e.getAsInt();
    }

    private static boolean bool(JsonObject json, String key, String where) {
        JsonElement e = json.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw new ModelFormatException(where + ": missing boolean '" + key + "'");
        }
        return e.getAsBoolean();
    }
}
