package org.zwlint.core.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.zwlint.core.config.PathGlob;
import org.zwlint.core.config.ProjectFile;
import org.zwlint.core.config.ProjectFileDocument;
import org.zwlint.core.config.ProjectFileException;
import org.zwlint.core.config.ProjectFileParser;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The {@code .zwlint} reader, and the document the Eclipse property page and {@code zwlint init} edit it through.
 * Oracles: the reader gives a project file or a {@link ProjectFileException} whose line lies in the file (nothing
 * else escapes), the same both times; every glob it accepts can be matched; setting a key keeps every other line as
 * written, in order, and reads back as set.
 */
class ProjectFileFuzzTest {
    private static final Path FILE = Path.of("/fuzz/driver/.zwlint");
    private static final ProjectFileParser PARSER = new ProjectFileParser(Set.of("PM001", "PB001", "PB003"));
    private static final List<Path> SAMPLE_PATHS = List.of(Path.of("src/dispatch.c"), Path.of("x64/Debug/gen.tmh"),
            Path.of("a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z.c"));

    @FuzzTest
    void readProjectFile(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        String first = outcome(text);
        if (Oracles.checkTwice(input)) {
            Oracles.check(first.equals(outcome(text)), "two reads give different results");
        }
        editKeepsOtherLines(text);
    }

    /** What the reader makes of the text, as text: the project file, or the error it reports. */
    private static String outcome(String text) {
        try {
            ProjectFile project = PARSER.parse(FILE, text);
            for (PathGlob glob : concat(project.sources(), project.excludes())) {
                SAMPLE_PATHS.forEach(glob::matches);
            }
            return project.toString();
        } catch (ProjectFileException e) {
            long lines = text.lines().count();
            Oracles.check(e.line() >= 0 && e.line() <= lines + 1, "error at line " + e.line() + " of a file of "
                    + lines + " lines: " + e.getMessage());
            Oracles.check(e.getMessage().startsWith(FILE.toString()), "the error does not name the file: "
                    + e.getMessage());
            return "error: " + e.getMessage();
        }
    }

    private static void editKeepsOtherLines(String text) {
        ProjectFileDocument document = ProjectFileDocument.of(text);
        ProjectFileDocument edited = document.with("define", List.of("FUZZ=1", "OTHER"));
        Oracles.check(edited.values("define").equals(List.of("FUZZ=1", "OTHER")), "the key set reads back as "
                + edited.values("define"));
        Oracles.check(withoutKey(document, "define").equals(withoutKey(edited, "define")),
                "setting a key changed other lines");
        Oracles.check(ProjectFileDocument.of(edited.text()).text().equals(edited.text()),
                "the written text does not read back as itself");
    }

    /** The document's lines other than those of {@code key}, in order. */
    private static List<String> withoutKey(ProjectFileDocument document, String key) {
        Set<Integer> keyLines = new java.util.HashSet<>();
        document.entries().stream().filter(e -> e.key().equals(key)).forEach(e -> keyLines.add(e.line()));
        List<String> lines = document.text().lines().toList();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!keyLines.contains(i + 1)) {
                others.add(lines.get(i));
            }
        }
        return others;
    }

    private static List<PathGlob> concat(List<PathGlob> a, List<PathGlob> b) {
        List<PathGlob> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
