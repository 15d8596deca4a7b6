package org.zwlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --baseline and --update-baseline: accepted findings stay quiet through edits, new ones fail the run. */
class BaselineOptionsTest {
    private static final String BEFORE = """
            #include <ntddk.h>

            NTSTATUS StopLog(HANDLE Log)
            {
                return NtClose(Log);
            }
            """;
    private static final String MOVED = """
            #include <ntddk.h>

            static ULONG Stops;

            NTSTATUS StopLog(HANDLE Log)
            {
                Stops++;
                return NtClose(Log);
            }
            """;

    @Test
    void onlyNewFindingsFailAndTheZwlintFileCanNameTheBaseline(@TempDir Path dir) throws IOException {
        Path source = Files.writeString(dir.resolve("log.c"), BEFORE);
        Files.writeString(dir.resolve(".zwlint"), "baseline = zwlint-baseline.json\n");
        CliRun update = CliRun.of("--update-baseline", dir.toString());
        assertEquals(ExitCode.CLEAN, update.exitCode(), update::toString);
        assertTrue(Files.readString(dir.resolve("zwlint-baseline.json")).contains("\"file\": \"log.c\""));

        Files.writeString(source, MOVED);
        CliRun moved = CliRun.of(dir.toString());
        assertEquals(ExitCode.CLEAN, moved.exitCode(), moved::toString);
        assertTrue(moved.out().contains("1 unchanged (not shown), 0 no longer found"), moved::toString);
        assertTrue(moved.out().contains("zwlint: 0 findings"), moved::toString);

        Files.writeString(source, MOVED + "VOID StopEvent(HANDLE Event) { NtClose(Event); }\n");
        CliRun added = CliRun.of(dir.toString());
        assertEquals(ExitCode.FINDINGS, added.exitCode(), added::toString);
        assertTrue(added.out().contains("NtClose(Event)") || added.out().contains(":10:"), added::toString);
        assertTrue(added.out().contains("zwlint: 1 finding (1 warning)"), added::toString);
    }

    @Test
    void updateWithoutABaselineFileIsBadUsageAndABrokenBaselineIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("log.c"), BEFORE);
        CliRun update = CliRun.of("--update-baseline", dir.toString());
        assertEquals(ExitCode.BAD_INPUT, update.exitCode());
        assertTrue(update.err().contains("--update-baseline: name the file with --baseline FILE"), update::toString);
        Path broken = Files.writeString(dir.resolve("b.json"), "{}");
        CliRun run = CliRun.of("--baseline", broken.toString(), dir.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains(broken + ": not a ZwLint baseline"), run::toString);
    }
}
