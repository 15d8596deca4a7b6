package org.zwlint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.Severity;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceFile;

/**
 * Runs every driver project under src/test/resources/fixtures/projects (one folder each, analyzed together as one
 * project) and compares each file's findings with its "// expect" comments: what one file finds can depend on
 * another.
 */
class ProjectFixturesTest {
    private static final Path PROJECTS = Path.of("src/test/resources/fixtures/projects");
    private final Analyzer analyzer = new Analyzer();

    @TestFactory
    Stream<DynamicTest> everyProjectReportsExactlyWhatItsFilesExpect() throws IOException {
        List<Path> projects;
        try (Stream<Path> folders = Files.list(PROJECTS)) {
            projects = folders.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(projects.isEmpty(), "no projects under " + PROJECTS);
        return projects.stream().map(project -> DynamicTest.dynamicTest(project.getFileName().toString(), () -> {
            List<SourceFile> files = new ArrayList<>();
            try (Stream<Path> paths = Files.list(project)) {
                for (Path path : paths.filter(p -> p.toString().endsWith(".c")).sorted().toList()) {
                    files.add(SourceFile.decode(path, Files.readAllBytes(path)));
                }
            }
            AnalysisResult result = analyzer.analyzeProject(files, ZwLintConfig.defaults(), () -> false);
            for (SourceFile file : files) {
                assertEquals(List.of(), FixtureExpectations.mismatches(FixtureExpectations.of(file), result.findings()
                        .stream().filter(f -> f.range().file().equals(file.path())).toList()), "findings of " + file.path());
            }
            assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.severity() != Severity.NOTE).toList(),
                    "diagnostics of " + project);
        }));
    }
}
