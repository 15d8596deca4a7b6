package org.zwlint.core.fuzz;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.config.ModeOverride;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.report.SarifReport;
import org.zwlint.core.report.ToolInfo;
import org.zwlint.core.source.SourceFile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * The SARIF writer, on the findings and diagnostics of a fuzzed file with a fuzzed name (the name
 * of the input's first "//@file" section, when there is one: spaces, '%', '#', non-ASCII). Oracles:
 * the output is strict JSON, and two analyses of the same input give the same SARIF text.
 */
class SarifFuzzTest {
    private static final Analyzer ANALYZER = new Analyzer();
    private static final ZwLintConfig KERNEL = ZwLintConfig.defaults().withMode(ModeOverride.KERNEL);
    private static final Path BASE = Path.of("/projects/driver");
    private static final SarifReport SARIF = new SarifReport(ToolInfo.zwlint("0.0.0-fuzz"), ANALYZER.catalog(),
            Optional.of(BASE));

    @FuzzTest
    void writeSarif(byte[] input) {
        FuzzFiles files = FuzzFiles.split(input);
        Map.Entry<String, byte[]> named = files.others().entrySet().stream().findFirst()
                .orElse(Map.entry(FuzzFiles.MAIN, files.main()));
        Path path = path(named.getKey());
        SourceFile file = SourceFile.decode(path, named.getValue());
        AnalysisResult result = ANALYZER.analyze(file, KERNEL);
        String first = SARIF.render(result);
        strictJson(first);
        if (Oracles.checkTwice(input)) {
            String second = SARIF.render(ANALYZER.analyze(SourceFile.decode(path, named.getValue()), KERNEL));
            Oracles.check(first.equals(second), "two analyses of one input give different SARIF");
        }
    }

    private static Path path(String name) {
        try {
            return BASE.resolve(name).normalize();
        } catch (InvalidPathException e) {
            return BASE.resolve(FuzzFiles.MAIN);
        }
    }

    private static void strictJson(String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement parsed = new Gson().getAdapter(JsonElement.class).read(reader); // keeps STRICT
            Oracles.check(parsed.isJsonObject() && reader.peek() == JsonToken.END_DOCUMENT,
                    "SARIF output is not one JSON object");
        } catch (JsonParseException | IOException e) {
            throw new Oracles.Violation("SARIF output is not strict JSON: " + e);
        }
    }
}
