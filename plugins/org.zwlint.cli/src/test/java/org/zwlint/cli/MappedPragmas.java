package org.zwlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.zwlint.core.Analyzer;
import org.zwlint.core.analysis.ProgramAnalysis;
import org.zwlint.core.rules.RuleCatalog;

/**
 * An analyzer whose catalog relates PM001 to a PREfast warning C28999 as equal. The bundled
 * catalog maps no rule as equal to a PREfast warning, so the effect of such a mapping on
 * {@code #pragma warning} is shown with this one.
 */
final class MappedPragmas {
    static final int WARNING = 28999;

    private MappedPragmas() {
    }

    static Analyzer analyzer() {
        String json;
        try (InputStream in = RuleCatalog.class.getResourceAsStream("rules.json")) {
            if (in == null) {
                throw new IllegalStateException("no bundled rules.json");
            }
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String pm001 = "\"id\": \"PM001\",";
        if (!json.contains(pm001)) {
            throw new IllegalStateException("rules.json changed its layout");
        }
        return new Analyzer(RuleCatalog.parse(json.replace(pm001, pm001 + " \"relations\": [{\"tool\": \"PREfast\", "
                + "\"id\": \"C" + WARNING + "\", \"kind\": \"equal\", \"description\": \"the same calls\"}],")),
                ProgramAnalysis.Budgets.defaults());
    }
}
