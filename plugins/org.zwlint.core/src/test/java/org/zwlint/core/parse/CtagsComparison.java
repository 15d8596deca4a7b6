package org.zwlint.core.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.preprocess.PpToken;
import org.zwlint.core.preprocess.PreprocessedUnit;
import org.zwlint.core.preprocess.Preprocessor;
import org.zwlint.core.source.SourceReader;

/**
 * Explains the difference between zwlint's function count and universal-ctags': ctags reads
 * every branch of every #if, zwlint only the branches the preprocessor takes. Splits the
 * function definitions of a {@code ctags -x --c-kinds=f} listing into those on lines that
 * survive preprocessing and those in branches the preprocessor dropped.
 *
 * <p>Benchmark-only, so it lives with the tests and never ships: {@code bench/parse-corpus.sh} runs
 * {@code main} from the core's test classes.
 */
final class CtagsComparison {
    private CtagsComparison() {
    }

    /** {@code CTAGS_X_LISTING}: prints the split for the default configuration, as {@code zwlint parse} uses. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CtagsComparison CTAGS_X_LISTING");
            System.exit(2);
        }
        System.out.println(split(Path.of(args[0]), ZwLintConfig.defaults()));
    }

    /** "ctags-active=N ctags-inactive=M" for the given ctags -x output. */
    static String split(Path ctagsListing, ZwLintConfig config) throws IOException {
        Map<Path, List<Integer>> byFile = new HashMap<>();
        for (String line : Files.readAllLines(ctagsListing)) {
            String[] parts = line.trim().split("\\s+", 5);
            if (parts.length >= 4 && parts[1].equals("function")) {
                byFile.computeIfAbsent(Path.of(parts[3]), k -> new ArrayList<>()).add(Integer.parseInt(parts[2]));
            }
        }
        Preprocessor preprocessor = new Preprocessor(config);
        int active = 0;
        int inactive = 0;
        for (Map.Entry<Path, List<Integer>> entry : byFile.entrySet()) {
            if (!(SourceReader.read(entry.getKey()) instanceof SourceReader.Loaded loaded)) {
                inactive += entry.getValue().size();
                continue;
            }
            PreprocessedUnit unit = preprocessor.run(loaded.file());
            BitSet kept = new BitSet();
            for (PpToken token : unit.tokens()) {
                if (token.origin() == loaded.file()) {
                    kept.set(token.getLine());
                } else {
                    token.expansionSite().filter(site -> site.file().equals(loaded.file().path()))
                            .ifPresent(site -> kept.set(site.startLine()));
                }
            }
            for (int line : entry.getValue()) {
                if (kept.get(line)) {
                    active++;
                } else {
                    inactive++;
                }
            }
        }
        return "ctags-active=" + active + " ctags-inactive=" + inactive;
    }
}
