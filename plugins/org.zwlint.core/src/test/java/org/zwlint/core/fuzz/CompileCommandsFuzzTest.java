package org.zwlint.core.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.zwlint.core.Diagnostic;
import org.zwlint.core.config.CompileCommandsImport;
import org.zwlint.core.config.ImportedBuild;
import org.zwlint.core.config.ProjectFileException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The compile_commands.json import. Oracles: it gives per-file settings keyed by absolute, normalized paths, or a
 * {@link ProjectFileException} naming the database (nothing else escapes, whatever the JSON holds), diagnostics have
 * sane lines, and the same input gives the same result twice.
 */
class CompileCommandsFuzzTest {
    private static final Path DATABASE = Path.of("/fuzz/build/compile_commands.json");

    @FuzzTest
    void importCompileCommands(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        String first = outcome(text);
        if (Oracles.checkTwice(input)) {
            Oracles.check(first.equals(outcome(text)), "two imports give different results");
        }
    }

    private static String outcome(String text) {
        try {
            ImportedBuild build = CompileCommandsImport.parse(text, DATABASE);
            for (Path file : build.perFile().keySet()) {
                Oracles.check(file.isAbsolute() && file.equals(file.normalize()), "a file key is not absolute and"
                        + " normalized: " + file);
            }
            for (Diagnostic diagnostic : build.diagnostics()) {
                Oracles.check(diagnostic.line() >= 0 && diagnostic.column() >= 0, "diagnostic at "
                        + diagnostic.line() + ":" + diagnostic.column() + ": " + diagnostic.message());
            }
            return build.toString();
        } catch (ProjectFileException e) {
            Oracles.check(e.line() >= 0, "error at line " + e.line() + ": " + e.getMessage());
            Oracles.check(e.getMessage().startsWith(DATABASE.toString()), "the error does not name the database: "
                    + e.getMessage());
            return "error: " + e.getMessage();
        }
    }
}
