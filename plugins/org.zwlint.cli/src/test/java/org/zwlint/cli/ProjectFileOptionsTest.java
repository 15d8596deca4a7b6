package org.zwlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.Finding;
import org.zwlint.core.Severity;
import org.zwlint.core.Witness;
import org.zwlint.core.config.FailLevel;
import org.zwlint.core.config.ProjectFile;
import org.zwlint.core.source.SourceFile;

/** `zwlint init`, the .zwlint a run finds or is given, and the options that override it or decide the exit code. */
class ProjectFileOptionsTest {
    private static final String DIRECT_CALL = """
            #include <ntifs.h>

            NTSTATUS CloseSection(HANDLE Section)
            {
                return NtClose(Section);
            }
            """;

    private Path dir = Path.of(""); // replaced by the temporary folder before each test
    private Path driver = dir;

    @BeforeEach
    void writeSources(@TempDir Path temporary) throws IOException {
        dir = temporary;
        driver = Files.createDirectories(dir.resolve("drv"));
        Files.writeString(driver.resolve("section.c"), DIRECT_CALL);
    }

    @Test
    void initWritesAStarterThatChecksUseAndNeverOverwrites() throws IOException {
        CliRun first = CliRun.of("init", driver.toString());
        assertEquals(ExitCode.CLEAN, first.exitCode(), first::toString);
        String written = Files.readString(driver.resolve(ProjectFile.NAME));
        assertTrue(written.startsWith("# ZwLint project file."), written);
        assertEquals(ExitCode.FINDINGS, CliRun.of(driver.toString()).exitCode(), "the starter changes nothing");
        CliRun second = CliRun.of("init", driver.toString());
        assertEquals(ExitCode.BAD_INPUT, second.exitCode());
        assertTrue(second.err().contains("already exists; not overwritten"), second::toString);
    }

    @Test
    void theNearestProjectFileSwitchesARuleOffAndEnableSwitchesItBackOn() throws IOException {
        Files.writeString(dir.resolve(ProjectFile.NAME), "# CI settings\nrule[PM001] = off\n");
        CliRun off = CliRun.of(driver.toString());
        assertEquals(ExitCode.CLEAN, off.exitCode(), off::toString);
        CliRun on = CliRun.of("--enable", "PM001", driver.toString());
        assertEquals(ExitCode.FINDINGS, on.exitCode(), on::toString);
    }

    @Test
    void aRuleReleveledToNoteDoesNotFailAWarningRun() throws IOException {
        Files.writeString(driver.resolve(ProjectFile.NAME), "rule[PM001] = note\n");
        CliRun run = CliRun.of(driver.toString());
        assertEquals(ExitCode.CLEAN, run.exitCode(), run::toString);
        assertTrue(run.out().contains(": note PM001: direct call to NtClose"), run::toString);
        assertEquals(ExitCode.FINDINGS, CliRun.of("--fail-on", "note", driver.toString()).exitCode());
    }

    @Test
    void aBadProjectFileIsAConfigurationErrorNamingItsLineAndKey() throws IOException {
        Path file = Files.writeString(driver.resolve(ProjectFile.NAME), "define = DBG\nwdk = C:/wdk\n");
        CliRun run = CliRun.of(driver.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("zwlint: " + file + ":2: key 'wdk': unknown key"), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void configOptionUsesTheGivenFileForEveryFile() throws IOException {
        Files.writeString(driver.resolve(ProjectFile.NAME), "rule[PM001] = off\n");
        Path ci = Files.writeString(dir.resolve("ci.zwlint"), "rule[PM001] = error\n");
        CliRun run = CliRun.of("--config", ci.toString(), driver.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run::toString);
        assertTrue(run.out().contains(": error PM001:"), run::toString);
        CliRun missing = CliRun.of("--config", dir.resolve("none.zwlint").toString(), driver.toString());
        assertEquals(ExitCode.BAD_INPUT, missing.exitCode());
        assertTrue(missing.err().contains("--config " + dir.resolve("none.zwlint") + ": no such file"), missing::toString);
    }

    @Test
    void failOnChoosesTheLevelThatFailsTheRun() {
        assertEquals(ExitCode.FINDINGS, CliRun.of("--fail-on", "warning", driver.toString()).exitCode());
        assertEquals(ExitCode.CLEAN, CliRun.of("--fail-on", "error", driver.toString()).exitCode());
        assertEquals(ExitCode.CLEAN, CliRun.of("--fail-on", "none", driver.toString()).exitCode());
        CliRun bad = CliRun.of("--fail-on", "loud", driver.toString());
        assertEquals(ExitCode.BAD_INPUT, bad.exitCode());
        assertTrue(bad.err().contains("--fail-on loud: use error, warning, note or none"), bad::toString);
    }

    @Test
    void theHighestExitCodeWins() {
        CliRun findingsAndMissingInput = CliRun.of(driver.toString(), dir.resolve("gone.c").toString());
        assertEquals(ExitCode.BAD_INPUT, findingsAndMissingInput.exitCode(), findingsAndMissingInput::toString);
        Path file = dir.resolve("x.c");
        Finding finding = new Finding("PM001", Severity.WARNING, SourceFile.of(file, "int x;").range(0, 3), "m",
                Witness.of(List.of()), List.of());
        Diagnostic missing = Diagnostic.ofFile(Severity.ERROR, dir.resolve("gone.c"), "no such file or directory");
        Diagnostic crash = Diagnostic.ofFile(Severity.ERROR, file, "internal error in rule PM001 (boom)");
        assertEquals(ExitCode.INTERNAL_ERROR, CheckCommand.exitCode(
                new AnalysisResult(List.of(finding), List.of(missing, crash), 1), FailLevel.WARNING));
        assertEquals(ExitCode.BAD_INPUT,
                CheckCommand.exitCode(new AnalysisResult(List.of(finding), List.of(missing), 1), FailLevel.WARNING));
        assertEquals(ExitCode.FINDINGS,
                CheckCommand.exitCode(new AnalysisResult(List.of(finding), List.of(), 1), FailLevel.WARNING));
    }

    @Test
    void syntaxErrorsAreReportedButDoNotFailTheRun() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.c"), "int f(void) { return 1 +; }\nint g(void) { return 2; }\n");
        CliRun run = CliRun.of(broken.toString());
        assertEquals(ExitCode.CLEAN, run.exitCode(), run::toString);
        assertTrue(run.out().contains("broken.c:1:"), run::toString);
    }

    @Test
    void cxxFilesGiveOneSummaryLineAndVerboseListsThem() throws IOException {
        Files.writeString(driver.resolve("queue.cpp"), "class Queue { public: int n; };\n");
        Files.writeString(driver.resolve("queue.h"), "namespace q { int n; }\n");
        CliRun run = CliRun.of(driver.toString());
        assertTrue(run.out().contains("zwlint: 2 C++ files skipped; ZwLint analyzes C (--verbose lists them)\n"),
                run::toString);
        assertTrue(run.out().contains("in 1 file analyzed"), run::toString);
        CliRun verbose = CliRun.of("--verbose", driver.toString());
        assertTrue(verbose.out().contains("    " + driver.resolve("queue.cpp") + "\n    " + driver.resolve("queue.h")),
                verbose::toString);
    }

    @Test
    void quietPrintsTheFindingsOnly() {
        CliRun run = CliRun.of("--quiet", driver.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode());
        assertTrue(run.out().lines().allMatch(l -> l.contains("PM001") || l.startsWith("    ")), run::toString);
        assertTrue(run.out().lines().noneMatch(l -> l.startsWith("zwlint:")), run::toString);
    }

    @Test
    void jobsDoNotChangeTheReportAndMustBePositive() throws IOException {
        for (int i = 0; i < 6; i++) {
            Files.writeString(driver.resolve("copy" + i + ".c"), DIRECT_CALL);
        }
        String one = CliRun.of("--jobs", "1", "--format", "sarif", driver.toString()).out();
        assertEquals(one, CliRun.of("--jobs", "4", "--format", "sarif", driver.toString()).out());
        CliRun zero = CliRun.of("--jobs", "0", driver.toString());
        assertEquals(ExitCode.BAD_INPUT, zero.exitCode());
        assertTrue(zero.err().contains("--jobs 0: must be at least 1"), zero::toString);
    }

    @Test
    void archAndModeOptionsAreCheckedAndApplied() {
        CliRun bad = CliRun.of("--arch", "mips", driver.toString());
        assertEquals(ExitCode.BAD_INPUT, bad.exitCode());
        assertTrue(bad.err().contains("--arch mips: use x64 or x86"), bad::toString);
        assertEquals(ExitCode.FINDINGS, CliRun.of("--arch", "x86", driver.toString()).exitCode());
        assertEquals(ExitCode.CLEAN, CliRun.of("--mode", "user", driver.toString()).exitCode());
    }
}
