package org.zwlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.source.TextEdit;

/** --fix --dry-run prints the fixes as a unified diff that patch applies to give what --fix writes. */
class FixDryRunTest {
    private static final String SOURCE = String.join("\r\n", "#include <ntifs.h>", "",
            "VOID Release(HANDLE Section, HANDLE Event, HANDLE Key)", "{", "    NtClose(Section);", "    NtClose(Event);",
            "    KeMemoryBarrier();", "    KeMemoryBarrier();", "    KeMemoryBarrier();", "    KeMemoryBarrier();",
            "    KeMemoryBarrier();", "    KeMemoryBarrier();", "    KeMemoryBarrier();", "    KeMemoryBarrier();",
            "    NtClose(Key);", "}", "");

    @Test
    void theDiffAppliedWithPatchEqualsWhatFixWrites(@TempDir Path temporary) throws Exception {
        Path planned = Files.createDirectories(temporary.resolve("planned")).resolve("release.c");
        Path fixed = Files.createDirectories(temporary.resolve("fixed")).resolve("release.c");
        Files.writeString(planned, SOURCE);
        Files.writeString(fixed, SOURCE);
        CliRun dry = CliRun.of("--fix", "--dry-run", planned.toString());
        assertEquals(ExitCode.FINDINGS, dry.exitCode(), dry::toString);
        assertEquals(SOURCE, Files.readString(planned), "a dry run writes nothing");
        assertTrue(dry.err().contains("would apply 3 of 3 offered fixes in 1 file; nothing was written"), dry::toString);
        assertEquals(2, dry.out().lines().filter(l -> l.startsWith("@@")).count(), "two hunks: lines 5-6 and 15\n"
                + dry.out());
        CliRun real = CliRun.of("--fix", fixed.toString());
        assertTrue(real.out().contains("applied 3 of 3"), real::toString);

        Process patch = new ProcessBuilder("patch", "-p1", "-d", "/", "--batch", "--silent").redirectErrorStream(true)
                .start();
        patch.getOutputStream().write(dry.out().getBytes(StandardCharsets.UTF_8));
        patch.getOutputStream().close();
        String said = new String(patch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, patch.waitFor(), () -> "patch refused the diff: " + said + "\n" + dry.out());
        assertArrayEquals(Files.readAllBytes(fixed), Files.readAllBytes(planned));
    }

    @Test
    void dryRunWithoutFixIsAUsageError(@TempDir Path temporary) throws IOException {
        Path source = Files.writeString(temporary.resolve("a.c"), SOURCE);
        CliRun run = CliRun.of("--dry-run", source.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--dry-run: only with --fix"), run::toString);
    }

    @Test
    void hunksHaveContextAndCountsAndMarkAMissingFinalNewline() {
        String text = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl";
        assertEquals("""
                --- a/x.c
                +++ b/x.c
                @@ -1,5 +1,5 @@
                 a
                -b
                +B
                 c
                 d
                 e
                @@ -9,4 +9,5 @@
                 i
                 j
                 k
                -l
                \\ No newline at end of file
                +l
                +m
                \\ No newline at end of file
                """, UnifiedDiff.of("x.c", text, List.of(new TextEdit(2, 3, "B"), new TextEdit(23, 23, "\nm"))));
    }
}
