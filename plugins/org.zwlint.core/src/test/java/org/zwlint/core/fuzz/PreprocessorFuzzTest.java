package org.zwlint.core.fuzz;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.preprocess.HeaderCache;
import org.zwlint.core.preprocess.PpToken;
import org.zwlint.core.preprocess.PreprocessedUnit;
import org.zwlint.core.preprocess.Preprocessor;
import org.zwlint.core.preprocess.PreprocessorLimits;
import org.zwlint.core.source.SourceFile;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The preprocessor, bytes to tokens, with the headers of the input (see {@link FuzzFiles}) served
 * from an in-memory file system: next to the main file, or under the -I directory for names
 * starting with "inc/". Oracles: every token lies inside the file it came from, every expansion
 * site inside the file where the macro was used, and the same input gives the same tokens and diagnostics twice.
 */
class PreprocessorFuzzTest {
    private static final InMemoryTree TREE = new InMemoryTree();
    /**
     * The default limits with the two token counts cut 40 times: the counting and the stop are the same code, but a
     * macro bomb the fuzzer builds stops after milliseconds instead of a second, which would otherwise set the pace.
     */
    private static final PreprocessorLimits LIMITS = new PreprocessorLimits(PreprocessorLimits.defaults()
            .maxExpansionDepth(), 50_000, 125_000L, PreprocessorLimits.defaults().maxIncludeDepth(),
            PreprocessorLimits.defaults().maxSelfInclusions(), PreprocessorLimits.defaults().maxExpressionNesting(),
            PreprocessorLimits.defaults().timeBudget());
    private static final Preprocessor PREPROCESSOR = new Preprocessor(
            new ZwLintConfig(Map.of("FUZZ", "1"), List.of(), List.of(TREE.include), Optional.empty(), Set.of()),
            new HeaderCache(), LIMITS);

    @FuzzTest
    void preprocess(byte[] input) {
        FuzzFiles files = FuzzFiles.split(input);
        Path main = TREE.fill(files);
        SourceFile file = SourceFile.decode(main, files.main()); // binary too: the preprocessor must cope
        PreprocessedUnit first = PREPROCESSOR.withFreshHeaders().run(file);
        Map<Path, SourceFile> origins = new HashMap<>();
        origins.put(file.path(), file);
        first.tokens().forEach(t -> origins.putIfAbsent(t.origin().path(), t.origin()));
        for (PpToken token : first.tokens()) {
            SourceFile origin = token.origin();
            Oracles.check(token.getStartIndex() >= 0 && token.getStopIndex() < origin.text().length()
                    && token.getStartIndex() <= token.getStopIndex() + 1,
                    "token '" + token.getText() + "' at " + token.getStartIndex() + ".." + token.getStopIndex()
                            + " outside " + origin.path());
            // a macro used in a header expands there: its site lies in that header
            token.expansionSite().ifPresent(site -> Oracles.check(origins.containsKey(site.file()),
                    "expansion site in a file no token came from: " + site));
            token.expansionSite().ifPresent(site -> Oracles.inside(site, origins.get(site.file()), "expansion site"));
        }
        if (Oracles.checkTwice(input)) {
            PreprocessedUnit second = PREPROCESSOR.withFreshHeaders().run(file);
            Oracles.check(spelling(first).equals(spelling(second)), "two runs give different tokens");
            Oracles.check(first.diagnostics().equals(second.diagnostics()), "two runs give different diagnostics");
        }
    }

    private static List<String> spelling(PreprocessedUnit unit) {
        return unit.tokens().stream().map(t -> t.getType() + ":" + t.getText() + "@" + t.origin().path() + ":"
                + t.getStartIndex()).toList();
    }
}
