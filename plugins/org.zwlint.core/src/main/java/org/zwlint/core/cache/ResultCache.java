package org.zwlint.core.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.preprocess.HeaderCache;
import org.zwlint.core.preprocess.IncludeProbe;
import org.zwlint.core.preprocess.IncludeTrace;

/**
 * Stored results of driver projects, one file per project under a directory. A driver project's
 * files are analyzed together (a helper's context comes from callers in other files), so the
 * project is the unit stored: its key is the SHA-256 of the cache format, the tool's own bytes,
 * the analysis context (the effective configuration, the budgets, the rule catalog) and the path
 * and content hash of every file of the project. The entry also records what the analysis read
 * besides those files: every header look-up with its answer and the hash of every header read. An
 * entry is used only when all of those still hold; else the project is analyzed again and the
 * entry replaced. So a header edited, created where an #include would now find it, or deleted,
 * makes every project that read it analyzed again, and no other.
 * <p>
 * Entries are written to a temporary file and moved into place atomically: a reader sees an old
 * entry or a new one, never half of one, and two runs writing the same entry both leave a whole
 * one. An entry that cannot be read or parsed is ignored with a note, never an error.
 */
public final class ResultCache {
    private static final int FORMAT = 1;
    private static final int MAX_NOTES = 20;

    private final Path directory;
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger analyzed = new AtomicInteger();
    private final AtomicInteger noted = new AtomicInteger();
    /** Header look-ups are replayed with the preprocessor's own rules (exact name, else any case). */
    private final HeaderCache lookup = new HeaderCache();
    private final Map<Path, String> headerHashes = new ConcurrentHashMap<>();
    private volatile boolean writable = true;
    private final java.util.concurrent.atomic.AtomicBoolean writeFailed = new java.util.concurrent.atomic.AtomicBoolean();

    /** What an analysis of a project gives the cache: the result, and what each unit read. */
    public record Computed(AnalysisResult result, List<IncludeTrace> traces) {
        public Computed {
            traces = List.copyOf(traces);
        }
    }

    private ResultCache(Path directory) {
        this.directory = directory;
    }

    /** A cache in {@code directory}, created if needed. */
    public static ResultCache open(Path directory) {
        ResultCache cache = new ResultCache(directory);
        try {
            Files.createDirectories(directory);
        } catch (IOException | SecurityException e) {
            cache.writable = false;
            cache.note("cannot create the cache directory " + directory + " (" + e.getClass().getSimpleName()
                    + "); results are not stored");
        }
        return cache;
    }

    /**
     * The stored result of {@code project} analyzed in {@code context}, or {@code analyze}'s,
     * which is then stored.
     */
    public AnalysisResult result(List<Path> project, String context, Supplier<Computed> analyze) {
        Optional<String> key = key(project, context);
        if (key.isEmpty()) {
            analyzed.incrementAndGet();
            return analyze.get().result(); // a file could not be read: the analysis says so; nothing stored
        }
        Path folder = directory.resolve(key.get().substring(0, 2));
        Path entry = folder.resolve(key.get() + ".json");
        Optional<AnalysisResult> stored = read(entry, key.get());
        if (stored.isPresent()) {
            reused.incrementAndGet();
            return stored.get();
        }
        analyzed.incrementAndGet();
        Computed computed = analyze.get();
        if (storable(computed.result())) {
            encode(key.get(), computed).ifPresent(json -> write(folder, entry, json));
        }
        return computed.result();
    }

    /** Notes for the user: entries ignored, a directory that cannot be written. */
    public List<String> notes() {
        synchronized (notes) {
            List<String> copy = new ArrayList<>(notes);
            int more = noted.get() - copy.size();
            if (more > 0) {
                copy.add("cache: " + more + " more such notes");
            }
            return copy;
        }
    }

    /** How many projects came from the cache and how many were analyzed, in this run. */
    public int reused() {
        return reused.get();
    }

    public int analyzed() {
        return analyzed.get();
    }

    private void note(String message) {
        if (noted.incrementAndGet() <= MAX_NOTES) {
            notes.add(message);
        }
    }

    private Optional<String> key(List<Path> project, String context) {
        MessageDigest digest = sha256();
        update(digest, "zwlint-result-cache/" + FORMAT);
        update(digest, ToolIdentity.get());
        update(digest, context);
        for (Path file : project) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException | SecurityException | OutOfMemoryError e) {
                return Optional.empty();
            }
            update(digest, file.toString());
            update(digest, HexFormat.of().formatHex(sha256().digest(bytes)));
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    private Optional<AnalysisResult> read(Path entry, String key) {
        String text;
        try {
            text = Files.readString(entry, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (java.nio.charset.CharacterCodingException e) {
            note("cache: ignored the damaged entry " + entry + " (not UTF-8); analyzed again");
            return Optional.empty();
        } catch (IOException | SecurityException | UncheckedIOException e) {
            note("cache: ignored the unreadable entry " + entry + " (" + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
        try {
            JsonObject json = JsonParser.parseString(text).getAsJsonObject();
            if (json.get("format").getAsInt() != FORMAT || !ResultCodec.text(json, "key").equals(key)) {
                return Optional.empty(); // another format or, by a hash collision, another project: replaced
            }
            for (JsonElement e : ResultCodec.array(json, "probes")) {
                JsonArray probe = e.getAsJsonArray();
                JsonElement found = probe.get(2);
                IncludeProbe replay = new IncludeProbe(Path.of(probe.get(0).getAsString()), probe.get(1).getAsString(),
                        found.isJsonNull() ? Optional.empty() : Optional.of(Path.of(found.getAsString())));
                if (!replay.holds(lookup)) {
                    return Optional.empty();
                }
            }
            for (Map.Entry<String, JsonElement> header : ResultCodec.object(json, "headers").entrySet()) {
                if (!currentHash(Path.of(header.getKey())).equals(header.getValue().getAsString())) {
                    return Optional.empty();
                }
            }
            return Optional.of(ResultCodec.decode(ResultCodec.object(json, "result")));
        } catch (RuntimeException e) {
            note("cache: ignored the damaged entry " + entry + " (" + e.getClass().getSimpleName() + "); analyzed again");
            return Optional.empty();
        }
    }

    /** A header's hash today, computed once per run. */
    private String currentHash(Path header) {
        return headerHashes.computeIfAbsent(header, h -> {
            try {
                return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(h)));
            } catch (IOException | SecurityException e) {
                return IncludeTrace.UNREADABLE;
            }
        });
    }

    private static Optional<JsonObject> encode(String key, Computed computed) {
        Set<IncludeProbe> probes = new LinkedHashSet<>();
        Map<Path, String> headers = new HashMap<>();
        for (IncludeTrace trace : computed.traces()) {
            probes.addAll(trace.probes());
            for (Map.Entry<Path, String> header : trace.headers().entrySet()) {
                @Nullable String earlier = headers.putIfAbsent(header.getKey(), header.getValue());
                if (earlier != null && !earlier.equals(header.getValue())) {
                    return Optional.empty(); // the header changed during the run: nothing reliable to store
                }
            }
        }
        JsonObject json = new JsonObject();
        json.addProperty("format", FORMAT);
        json.addProperty("key", key);
        JsonArray probeList = new JsonArray();
        for (IncludeProbe probe : probes) {
            JsonArray p = new JsonArray();
            p.add(probe.dir().toString());
            p.add(probe.name());
            p.add(probe.found().<JsonElement>map(f -> new JsonPrimitive(f.toString())).orElse(JsonNull.INSTANCE));
            probeList.add(p);
        }
        json.add("probes", probeList);
        JsonObject headerHashes = new JsonObject();
        new TreeMap<>(headers).forEach((path, hash) -> headerHashes.addProperty(path.toString(), hash));
        json.add("headers", headerHashes);
        json.add("result", ResultCodec.encode(computed.result()));
        return Optional.of(json);
    }

    /**
     * Results that depend on more than the inputs are not stored: a wall-clock budget that ran
     * out (a loaded machine), an internal error (worth a fresh try, and a report).
     */
    private static boolean storable(AnalysisResult result) {
        for (Diagnostic d : result.diagnostics()) {
            if (d.message().contains("time budget") || d.message().startsWith("internal error")) {
                return false;
            }
        }
        return true;
    }

    private void write(Path folder, Path entry, JsonObject json) {
        if (!writable) {
            return;
        }
        @Nullable Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, ".entry-", ".tmp");
            Files.writeString(temporary, json.toString(), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException | SecurityException | UncheckedIOException e) {
            if (!writeFailed.getAndSet(true)) { // one note, not one per project
                note("cache: cannot write " + entry + " (" + e.getClass().getSimpleName()
                        + "); results that cannot be written are not stored");
            }
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // a stray temporary file is ignored by every reader
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    /**
     * What identifies this build of ZwLint: the SHA-256 of the jar it runs from, or of the names,
     * sizes and times of the class files of a development build; a rebuilt analyzer never reuses
     * another's results, even under the same version number.
     */
    static final class ToolIdentity {
        private static volatile @Nullable String identity;

        private ToolIdentity() {
        }

        static String get() {
            String known = identity;
            if (known == null) {
                known = compute();
                identity = known;
            }
            return known;
        }

        private static String compute() {
            @Nullable CodeSource source = ResultCache.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "unknown build " + System.nanoTime(); // nothing to identify it by: never reuse
            }
            Path location;
            try {
                location = Path.of(source.getLocation().toURI());
            } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return "bundle " + source.getLocation();
            }
            try {
                if (Files.isRegularFile(location)) {
                    return "jar " + HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(location)));
                }
                MessageDigest digest = sha256();
                try (Stream<Path> files = Files.walk(location)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        update(digest, location.relativize(file) + " " + Files.size(file) + " "
                                + Files.getLastModifiedTime(file).toMillis());
                    }
                }
                return "classes " + HexFormat.of().formatHex(digest.digest());
            } catch (IOException | UncheckedIOException | SecurityException e) {
                return "unreadable build " + System.nanoTime();
            }
        }
    }
}
