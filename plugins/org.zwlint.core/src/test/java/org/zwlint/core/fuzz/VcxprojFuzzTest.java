package org.zwlint.core.fuzz;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.zwlint.core.Diagnostic;
import org.zwlint.core.config.ImportedBuild;
import org.zwlint.core.config.ProjectFileException;
import org.zwlint.core.config.VcxprojImport;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The .vcxproj import: the project's bytes, and the .props files it imports, served from the input's
 * {@code //@file NAME} sections (see {@link FuzzFiles}) relative to the project's folder. Oracles: an import gives
 * settings or a {@link ProjectFileException} naming the project (nothing else escapes, whatever the XML holds: DTDs,
 * entities, import cycles), diagnostics have sane lines, and the same input gives the same result twice.
 */
class VcxprojFuzzTest {
    private static final Path PROJECT = Path.of("/fuzz/driver/driver.vcxproj");

    @FuzzTest
    void importVcxproj(byte[] input) {
        FuzzFiles files = FuzzFiles.split(input);
        String first = outcome(files, Optional.empty());
        if (Oracles.checkTwice(input)) {
            Oracles.check(first.equals(outcome(files, Optional.empty())), "two imports give different results");
        }
        outcome(files, Optional.of("Release|Win32"));
    }

    private static String outcome(FuzzFiles files, Optional<String> configuration) {
        Map<String, byte[]> others = files.others();
        Path folder = PROJECT.getParent();
        try {
            ImportedBuild build = VcxprojImport.parse(files.main(), PROJECT, configuration, path -> {
                Path relative = folder.relativize(path.toAbsolutePath().normalize());
                return Optional.ofNullable(others.get(relative.toString().replace('\\', '/')));
            });
            for (Diagnostic diagnostic : build.diagnostics()) {
                Oracles.check(diagnostic.line() >= 0 && diagnostic.column() >= 0, "diagnostic at "
                        + diagnostic.line() + ":" + diagnostic.column() + ": " + diagnostic.message());
            }
            return build.toString();
        } catch (ProjectFileException e) {
            Oracles.check(e.line() >= 0, "error at line " + e.line() + ": " + e.getMessage());
            Oracles.check(e.getMessage().startsWith(e.file().toString()), "the error does not name its file: "
                    + e.getMessage());
            return "error: " + e.getMessage();
        }
    }
}
