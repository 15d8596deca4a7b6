package org.zwlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RulesCommandTest {
    @Test
    void listsEveryRuleWithNameSeverityAndSummary() {
        CliRun run = CliRun.of("rules");
        assertEquals(ExitCode.CLEAN, run.exitCode(), run::toString);
        assertTrue(run.out().lines().anyMatch(
                l -> l.matches("PM001 +DirectNtCall +warning +Direct call to an Nt\\* system service from driver code")),
                run::toString);
    }

    @Test
    void helpTextAddsTheExamples() {
        CliRun run = CliRun.of("rules", "--help-text");
        assertTrue(run.out().contains("    Good:"), run::toString);
    }

    @Test
    void versionAndHelpWorkAtTheTop() {
        CliRun version = CliRun.of("--version");
        assertEquals(ExitCode.CLEAN, version.exitCode());
        assertEquals("zwlint " + ToolVersion.current() + "\n", version.out());
        CliRun help = CliRun.of("--help");
        assertTrue(help.out().contains("rules") && help.out().contains("check"), help::toString);
    }

    @Test
    void helpTextNamesTheRelatedChecks() {
        CliRun run = CliRun.of("rules", "--help-text");
        assertTrue(run.out().contains("    Related: PREfast C28125 (superset): "), run::toString);
    }

    /** docs/rules.md is what the command writes: regenerate it with `zwlint rules --format markdown`. */
    @Test
    void markdownIsTheCommittedRuleReference() throws java.io.IOException {
        CliRun run = CliRun.of("rules", "--format", "markdown");
        assertEquals(ExitCode.CLEAN, run.exitCode(), run::toString);
        assertTrue(run.out().contains("\n## PB003 UnguardedUserAccess\n"), run::toString);
        assertTrue(run.out().contains("| PREfast C28125 | superset |"), run::toString);
        java.nio.file.Path committed = java.nio.file.Path.of("../../docs/rules.md");
        assertEquals(java.nio.file.Files.readString(committed), run.out(),
                "docs/rules.md is stale: ./zwlint rules --format markdown > docs/rules.md");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("rules", "--format", "html");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--format html: use text or markdown"), run::toString);
    }
}
