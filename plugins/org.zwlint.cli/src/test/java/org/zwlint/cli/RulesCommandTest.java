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
}
