package org.zwlint.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.config.ConfigOverrides;
import org.zwlint.core.config.ProjectFileException;

/** A headless run: the .zwlint of each file chooses its files, modes and rule levels. */
class ProjectRunTest {
    private static final String KERNEL = """
            #include <ntddk.h>

            NTSTATUS StopLogger(HANDLE Log)
            {
                return NtClose(Log);
            }
            """;

    @TempDir
    Path root = Path.of(""); // replaced by JUnit before each test

    private final Analyzer analyzer = new Analyzer();

    private void write(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<String> findings(AnalysisResult result) {
        return result.findings().stream().map(f -> root.relativize(f.range().file()).toString().replace('\\', '/')
                + ":" + f.severity().label() + ":" + f.ruleId()).toList();
    }

    private ProjectRun.Outcome run() throws ProjectFileException {
        return ProjectRun.run(analyzer, List.of(root), ConfigOverrides.none(), 2);
    }

    @Test
    void withoutAProjectFileEveryCFileIsAnalyzed() throws IOException, ProjectFileException {
        write("sys/log.c", KERNEL);
        write("sys/x64/Release/log.c", KERNEL);
        ProjectRun.Outcome outcome = run();
        assertEquals(List.of("sys/log.c:warning:PM001"), findings(outcome.result()));
        assertEquals(1, outcome.result().filesAnalyzed());
        assertEquals(Optional.empty(), outcome.baseline());
    }

    @Test
    void theProjectFileChoosesFilesModesAndLevels() throws IOException, ProjectFileException {
        write(".zwlint", """
                exclude = test/**
                build-output = analyze
                mode[tools/**] = user
                rule[PM001] = error
                baseline = base.json
                """);
        write("sys/log.c", KERNEL);
        write("sys/x64/Release/log.c", KERNEL);
        write("test/log.c", KERNEL);
        write("tools/log.c", KERNEL);
        ProjectRun.Outcome outcome = run();
        assertEquals(List.of("sys/log.c:error:PM001", "sys/x64/Release/log.c:error:PM001"),
                findings(outcome.result()));
        assertEquals(Optional.of(root.resolve("base.json")), outcome.baseline());
    }

    @Test
    void aNestedProjectFileGovernsItsOwnFolder() throws IOException, ProjectFileException {
        write(".zwlint", "rule[PM001] = note\n");
        write("a/log.c", KERNEL);
        write("b/.zwlint", "rule[PM001] = off\n");
        write("b/log.c", KERNEL);
        assertEquals(List.of("a/log.c:note:PM001"), findings(run().result()));
    }

    @Test
    void aBadProjectFileStopsTheRunWithItsLine() throws IOException {
        write(".zwlint", "define = A\nrules = off\n");
        write("log.c", KERNEL);
        ProjectFileException e = assertThrows(ProjectFileException.class, this::run);
        assertEquals(2, e.line());
        assertEquals("rules", e.key());
    }

    @Test
    void cxxFilesAreCountedNotAnalyzed() throws IOException, ProjectFileException {
        write("sys/log.c", KERNEL);
        write("sys/queue.h", "class Queue { public: int n; };\n");
        write("app/main.cpp", "int main() { return 0; }\n");
        AnalysisResult result = run().result();
        assertEquals(List.of(root.resolve("app/main.cpp"), root.resolve("sys/queue.h")), result.skippedCxx());
        assertEquals(List.of(), result.diagnostics());
    }
}
