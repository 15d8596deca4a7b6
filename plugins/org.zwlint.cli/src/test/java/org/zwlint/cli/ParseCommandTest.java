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

/** `zwlint parse` prints syntax diagnostics, then exactly one summary line. */
class ParseCommandTest {
    private Path dir = Path.of(".");

    @BeforeEach
    void useTemporaryDirectory(@TempDir Path temporary) {
        dir = temporary;
    }

    @Test
    void countsFunctionsAndReportsTheBrokenOneWithFileLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("good.c"), "NTSTATUS A(VOID)\n{\n    return STATUS_SUCCESS;\n}\n"
                + "VOID B(PIRP Irp)\n{\n    IoCompleteRequest(Irp, IO_NO_INCREMENT);\n}\n");
        Files.writeString(dir.resolve("broken.c"), "VOID C(VOID)\n{\n    int x = ;\n}\nVOID D(VOID)\n{\n}\n");
        CliRun run = CliRun.of("parse", dir.toString());
        List<String> lines = run.out().lines().toList();
        String summary = lines.get(lines.size() - 1);
        assertTrue(summary.matches("files=2 lines=15 functions=4 parsed=3 errors=1 seconds=\\d+\\.\\d\\d"), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(dir.resolve("broken.c") + ":3:")
                && l.contains("error")), run::toString);
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run::toString);
    }

    @Test
    void definesReachThePreprocessor() throws IOException {
        Files.writeString(dir.resolve("cond.c"), "#ifdef BROKEN\nVOID E( {\n#endif\nVOID F(VOID)\n{\n}\n");
        CliRun clean = CliRun.of("parse", dir.toString());
        assertTrue(clean.out().strip().endsWith("errors=0 seconds=" + clean.out().strip().replaceAll(".*seconds=", "")),
                clean::toString);
        assertEquals(ExitCode.CLEAN, clean.exitCode(), clean::toString);
        CliRun broken = CliRun.of("parse", "-D", "BROKEN", dir.toString());
        assertEquals(ExitCode.FINDINGS, broken.exitCode(), broken::toString);
    }

    @Test
    void aMissingHeaderIsANoteShownOnRequest() throws IOException {
        Files.writeString(dir.resolve("inc.c"), "#include \"local_defs.h\"\nVOID H(VOID)\n{\n}\n");
        CliRun quiet = CliRun.of("parse", dir.toString());
        assertTrue(quiet.out().lines().count() == 1, quiet::toString);
        CliRun verbose = CliRun.of("parse", "--notes", dir.toString());
        assertTrue(verbose.out().lines().anyMatch(l -> l.startsWith(dir.resolve("inc.c") + ":1:")
                && l.contains("note:") && l.contains("local_defs.h")), verbose::toString);
        assertEquals(ExitCode.CLEAN, verbose.exitCode(), verbose::toString);
    }

    @Test
    void aMissingPathIsAnErrorAndNothingElseIsLost() throws IOException {
        Files.writeString(dir.resolve("ok.c"), "VOID G(VOID)\n{\n}\n");
        CliRun run = CliRun.of("parse", dir.resolve("ok.c").toString(), dir.resolve("nope.c").toString());
        assertTrue(run.out().contains("nope.c: error: no such file or directory"), run::toString);
        assertTrue(run.out().contains("files=1 "), run::toString);
    }
}
