package org.zwlint.core.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A short fingerprint of the configurations a run analyzed with, for the end of the summary
 * line: the IDE and CI show the same eight hex digits exactly when they analyzed with the same
 * settings. Paths count relative to the folder of the {@code .zwlint} that set them, so the
 * fingerprint does not depend on where the tree is checked out.
 */
public final class ConfigFingerprint {
    /** One configuration, and the folder its relative paths are taken from (its .zwlint's, else the current one). */
    public record Configured(ZwLintConfig config, Path folder) {
    }

    private ConfigFingerprint() {
    }

    public static String of(List<Configured> configurations) {
        TreeSet<String> texts = new TreeSet<>();
        configurations.forEach(c -> texts.add(canonical(c.config(), c.folder())));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String text : texts) {
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The whole configuration as text with absolute paths, for a key that must change when any
     * setting or any path changes (the result cache's), not only when the settings do.
     */
    public static String exact(ZwLintConfig config) {
        Path root = Path.of("").toAbsolutePath().getRoot();
        return canonical(config, root == null ? Path.of("") : root);
    }

    /** The configuration as text: sets sorted, lists in order, paths relative to {@code folder}. */
    static String canonical(ZwLintConfig config, Path folder) {
        Path base = folder.toAbsolutePath().normalize();
        StringBuilder text = new StringBuilder();
        text.append("define ").append(new TreeMap<>(config.defines())).append('\n');
        text.append("undefine ").append(new TreeSet<>(config.undefines())).append('\n');
        List<String> includes = new ArrayList<>();
        config.includeDirs().forEach(dir -> includes.add(relative(dir, base)));
        text.append("include ").append(includes).append('\n');
        text.append("wdk ").append(config.wdkIncludeDir().map(dir -> relative(dir, base)).orElse("-")).append('\n');
        text.append("off ").append(new TreeSet<>(config.disabledRules())).append('\n');
        text.append("mode ").append(config.mode().name()).append('\n');
        for (PathMode pathMode : config.pathModes()) {
            text.append("mode[").append(relative(pathMode.base(), base)).append(':').append(pathMode.glob().pattern())
                    .append("] ").append(pathMode.mode().name()).append('\n');
        }
        Map<String, String> levels = new TreeMap<>();
        config.ruleLevels().forEach((rule, level) -> levels.put(rule, level.label()));
        text.append("level ").append(levels).append('\n');
        return text.toString();
    }

    /** A path as the .zwlint would write it: relative to its folder with '/', or as given on another drive. */
    private static String relative(Path path, Path base) {
        Path absolute = path.toAbsolutePath().normalize();
        Optional<Path> relative;
        try {
            relative = Optional.of(base.relativize(absolute));
        } catch (IllegalArgumentException e) {
            relative = Optional.empty();
        }
        return relative.map(r -> r.toString().isEmpty() ? "." : r.toString()).orElse(absolute.toString())
                .replace('\\', '/');
    }
}
