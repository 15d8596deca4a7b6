package org.zwlint.core.preprocess;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.zwlint.core.source.SourceReader;

/**
 * Headers lexed once per run and shared by every translation unit, on any thread. An entry is
 * keyed by path and checked against the file's modification time and size, so an edited header
 * is lexed again. Also remembers directory listings for the case-insensitive lookups that
 * Windows sources need ({@code #include "Driver.h"} for driver.h).
 */
public final class HeaderCache {
    /** A header's lexed tokens, or why it cannot be used. */
    sealed interface Entry permits Lexed, Unreadable {
    }

    /** {@code sha256}: of the bytes lexed, for a result cache to know the header is unchanged. */
    record Lexed(LexedFile lexed, String sha256) implements Entry {
    }

    record Unreadable(String reason) implements Entry {
    }

    private record Stamped(long modified, long size, Entry entry) {
    }

    private final Map<Path, Stamped> headers = new ConcurrentHashMap<>();
    private final Map<Path, Map<String, String>> listings = new ConcurrentHashMap<>();
    private final Map<Path, Object> locks = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong lexCount = new java.util.concurrent.atomic.AtomicLong();

    /** How many times a header was actually read and lexed (tests check the cache works). */
    public long lexCount() {
        return lexCount.get();
    }

    Entry get(Path path) {
        long modified;
        long size;
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            modified = attributes.lastModifiedTime().toMillis();
            size = attributes.size();
        } catch (IOException | SecurityException e) {
            return new Unreadable("cannot read header: " + e.getClass().getSimpleName());
        }
        Stamped cached = headers.get(path);
        if (cached != null && cached.modified == modified && cached.size == size) {
            return cached.entry;
        }
        // One lock per header: a thread wanting a header another thread is lexing waits for it
        // instead of lexing it again; different headers are lexed in parallel.
        synchronized (locks.computeIfAbsent(path, p -> new Object())) {
            Stamped again = headers.get(path);
            if (again != null && again.modified == modified && again.size == size) {
                return again.entry;
            }
            Entry entry = load(path);
            headers.put(path, new Stamped(modified, size, entry));
            return entry;
        }
    }

    private Entry load(Path path) {
        lexCount.incrementAndGet();
        return switch (SourceReader.read(path)) {
            case SourceReader.Loaded loaded -> new Lexed(LexedFile.lex(loaded.file()),
                    org.zwlint.core.source.SourceDigest.of(loaded.file().bytes()).sha256());
            case SourceReader.Refused refused -> new Unreadable(refused.reason());
        };
    }

    /**
     * {@code relative} (with / or \ separators) under {@code dir}, matching each component
     * exactly or, failing that, ignoring case as Windows does.
     */
    public Optional<Path> find(Path dir, String relative) {
        String normalized = relative.replace('\\', '/');
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        Path exact;
        try {
            exact = dir.resolve(normalized);
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        if (Files.isRegularFile(exact)) {
            return Optional.of(exact.toAbsolutePath().normalize());
        }
        Path current = dir;
        String[] parts = normalized.split("/");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                Path parent = current.toAbsolutePath().normalize().getParent();
                if (parent == null) {
                    return Optional.empty();
                }
                current = parent;
                continue;
            }
            Optional<String> actual = Optional.ofNullable(listing(current).get(part.toLowerCase(Locale.ROOT)));
            if (actual.isEmpty()) {
                return Optional.empty();
            }
            current = current.resolve(actual.get());
        }
        return Files.isRegularFile(current) ? Optional.of(current.toAbsolutePath().normalize()) : Optional.empty();
    }

    private Map<String, String> listing(Path dir) {
        Path key = dir.toAbsolutePath().normalize();
        return listings.computeIfAbsent(key, d -> {
            Map<String, String> names = new HashMap<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(d)) {
                for (Path entry : entries) {
                    Path name = entry.getFileName();
                    if (name != null) {
                        names.putIfAbsent(name.toString().toLowerCase(Locale.ROOT), name.toString());
                    }
                }
            } catch (IOException | SecurityException e) {
                // an unreadable directory simply has no matches
            }
            return Map.copyOf(names);
        });
    }
}
