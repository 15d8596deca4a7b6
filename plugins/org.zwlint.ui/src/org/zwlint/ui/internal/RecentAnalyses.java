package org.zwlint.ui.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.zwlint.core.AnalysisResult;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceFile;

/**
 * The last analyses of editor texts, so that the build a save starts does not analyze the text
 * just analyzed while typing again: the builder takes the result when the texts of the project's
 * units (the saved file's and the others') and the settings are the ones analyzed. Headers on disk are not part of the key, so the builder forgets
 * every entry when a header changed, and on a full build.
 */
public final class RecentAnalyses {
    /** The analyzed units' texts by path, and their settings. */
    private record Key(ZwLintConfig config, Map<Path, String> texts) {
        static Key of(List<SourceFile> units, ZwLintConfig config) {
            Map<Path, String> texts = new HashMap<>();
            units.forEach(u -> texts.put(u.path(), u.text()));
            return new Key(config, texts);
        }
    }

    private static final int KEPT = 4;
    private static final Map<Key, AnalysisResult> RESULTS = new LinkedHashMap<>();
    private static final AtomicLong REUSED = new AtomicLong();
    /** Counts the forgets: an analysis that began before one saw old headers and is not kept. */
    private static long generation;

    private RecentAnalyses() {
    }

    /** The generation to hand back to {@link #remember} for an analysis starting now. */
    static synchronized long generation() {
        return generation;
    }

    static synchronized void remember(List<SourceFile> units, ZwLintConfig config, AnalysisResult result,
            long startedIn) {
        if (startedIn != generation) {
            return;
        }
        Key key = Key.of(units, config);
        RESULTS.remove(key);
        RESULTS.put(key, result);
        if (RESULTS.size() > KEPT) {
            RESULTS.remove(RESULTS.keySet().iterator().next()); // the oldest
        }
    }

    /** The result of analyzing exactly these texts with these settings, if it is still here; taken once. */
    static synchronized Optional<AnalysisResult> take(List<SourceFile> units, ZwLintConfig config) {
        Optional<AnalysisResult> known = Optional.ofNullable(RESULTS.remove(Key.of(units, config)));
        known.ifPresent(k -> REUSED.incrementAndGet());
        return known;
    }

    static synchronized void forgetAll() {
        RESULTS.clear();
        org.zwlint.ui.ZwLintPlugin.getDefault().forgetLiveAnalyses(); // they read the headers' old text too
        generation++;
    }

    /** How many builds of a file took the analysis of its text made while typing (for the benchmark). */
    public static long reused() {
        return REUSED.get();
    }
}
