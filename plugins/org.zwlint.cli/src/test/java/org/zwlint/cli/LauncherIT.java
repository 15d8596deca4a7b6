package org.zwlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Runs the `zwlint` launcher script at the repository root the way a user does. */
class LauncherIT {
    private static final String REPLAY = "the simulated system service dispatcher's replay ends in ";
    private static final String DIRECT = "note: called directly: no trap frame is built, so the thread's"
            + " PreviousMode stays what it was; replayed under UserMode it returns ";
    static final List<String> EXAMPLE_FINDINGS = List.of(
            "examples/ioctl_query.c:24:14: warning PM001: direct call to NtQueryInformationFile keeps the caller's"
                    + " PreviousMode; call ZwQueryInformationFile so the dispatcher sets PreviousMode to KernelMode",
            "    examples/ioctl_query.c:24:14: " + DIRECT + "STATUS_ACCESS_VIOLATION",
            "    examples/ioctl_query.c:24:14: note: " + REPLAY + "STATUS_ACCESS_VIOLATION (0xC0000005)",
            "examples/ioctl_query.c:24:52: error PM002: `&ioStatus` is a kernel-mode address, passed to"
                    + " NtQueryInformationFile called from MonDispatchDeviceControl, where PreviousMode may be UserMode:"
                    + " the service probes it and fails with STATUS_ACCESS_VIOLATION; call ZwQueryInformationFile",
            "    examples/ioctl_query.c:24:53: note: the address of ioStatus, a local on the kernel stack",
            "    examples/ioctl_query.c:24:52: note: NtQueryInformationFile called directly with &ioStatus; replayed:"
                    + " STATUS_ACCESS_VIOLATION",
            "    examples/ioctl_query.c:24:52: note: " + REPLAY + "STATUS_ACCESS_VIOLATION (0xC0000005)",
            "examples/log_dispatch.c:24:14: warning PM001: direct call to NtCreateFile keeps the caller's"
                    + " PreviousMode; call ZwCreateFile so the dispatcher sets PreviousMode to KernelMode",
            "    examples/log_dispatch.c:24:14: " + DIRECT + "STATUS_ACCESS_VIOLATION",
            "    examples/log_dispatch.c:24:14: note: " + REPLAY + "STATUS_ACCESS_VIOLATION (0xC0000005)",
            "examples/log_dispatch.c:24:78: error PM002: `&attributes` is OBJECT_ATTRIBUTES the driver built in"
                    + " kernel memory, passed to NtCreateFile in an IRP dispatch routine (IRP_MJ_CREATE), where"
                    + " PreviousMode may be UserMode: the service probes it and fails with STATUS_ACCESS_VIOLATION;"
                    + " call ZwCreateFile",
            "    examples/log_dispatch.c:24:79: note: the address of attributes, a local on the kernel stack",
            "    examples/log_dispatch.c:22:5: note: the Attributes of the object attributes are set here",
            "    examples/log_dispatch.c:24:78: note: NtCreateFile called directly with &attributes; replayed:"
                    + " STATUS_ACCESS_VIOLATION",
            "    examples/log_dispatch.c:24:78: note: " + REPLAY + "STATUS_ACCESS_VIOLATION (0xC0000005)",
            "examples/log_dispatch.c:40:9: warning PM001: direct call to NtClose keeps the caller's PreviousMode;"
                    + " call ZwClose so the dispatcher sets PreviousMode to KernelMode",
            "    examples/log_dispatch.c:40:9: " + DIRECT + "STATUS_INVALID_HANDLE",
            "    examples/log_dispatch.c:40:9: note: " + REPLAY + "STATUS_INVALID_HANDLE (0xC0000008)",
            "zwlint: 5 findings (2 errors, 3 warnings) and 0 diagnostics in 3 files analyzed");

    @Test
    void analyzesTheExamplesFolderItIsGiven() throws Exception {
        ItEnvironment.zwlintJar(); // built by this build, so the launcher must not rebuild it
        ItEnvironment.Exec run = ItEnvironment.run(ItEnvironment.repository(), Map.of(),
                List.of("./zwlint", "examples"));
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run::toString);
        assertEquals(EXAMPLE_FINDINGS, withoutFingerprint(run.outLines()), run::toString);
        assertTrue(!run.err().contains("building the CLI"), run::toString);
        assertTrue(!run.err().contains("\r") && !run.err().contains("files/s"), "stderr is a file here: no progress bar");
    }

    /**
     * On Java 25+ the launcher keeps an AOT cache of the loaded classes beside the jar: made by the first
     * run, used by the next, and never a change in what a run prints, even when the JVM cannot use it.
     */
    @Test
    void aStartUpCacheIsMadeOnceAndChangesNoOutput() throws Exception {
        Path jar = ItEnvironment.zwlintJar();
        Path cache = jar.resolveSibling("zwlint.aot");
        Files.deleteIfExists(cache);
        List<String> command = List.of("./zwlint", "check", "--format", "json", "examples");
        ItEnvironment.Exec first = ItEnvironment.run(ItEnvironment.repository(), Map.of(), command);
        assertEquals(ExitCode.FINDINGS, first.exitCode(), first::toString);
        assertTrue(first.err().contains("making a start-up cache"), first::toString);
        assertTrue(Files.size(cache) > 1_000_000, "the cache holds the classes");

        ItEnvironment.Exec second = ItEnvironment.run(ItEnvironment.repository(), Map.of(), command);
        assertEquals(first.out(), second.out(), "the cache changes nothing in the report");
        assertEquals("", second.err(), "made once: " + second);

        Files.write(cache, new byte[4096]); // damaged, as a full disk or an interrupted copy leaves it
        ItEnvironment.Exec damaged = ItEnvironment.run(ItEnvironment.repository(), Map.of(), command);
        assertEquals(first.out(), damaged.out(), "the JVM's complaint must not reach the report: " + damaged);
        assertEquals("", damaged.err(), damaged::toString);
        Files.deleteIfExists(cache); // the next run makes it again
    }

    /** Under a pseudo-terminal (util-linux's script), stderr is a terminal and the bar is drawn, then wiped. */
    @Test
    void aTerminalGetsAProgressBar() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(java.nio.file.Path.of(
                "/usr/bin/script")), "util-linux script is not installed");
        ItEnvironment.zwlintJar();
        ItEnvironment.Exec run = ItEnvironment.run(ItEnvironment.repository(), Map.of("TERM", "xterm"),
                List.of("/usr/bin/script", "-qec", "./zwlint examples > /dev/null", "/dev/null"));
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run::toString);
        assertTrue(run.out().contains("\rzwlint: [########################] 3/3 files"), run::toString);
        assertTrue(!run.out().contains("warning PM001"), "findings went to stdout, not the terminal's stderr");
    }

    @Test
    void withoutPathsItAnalyzesTheExamples() throws Exception {
        ItEnvironment.Exec run = ItEnvironment.run(ItEnvironment.repository(), Map.of(), List.of("./zwlint"));
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run::toString);
        assertEquals(EXAMPLE_FINDINGS, withoutFingerprint(run.outLines()), run::toString);
    }

    @Test
    void passesOptionsThroughAndKeepsTheExamplesDefault() throws Exception {
        ItEnvironment.Exec run = ItEnvironment.run(ItEnvironment.repository(), Map.of(),
                List.of("./zwlint", "--disable", "PM001", "--disable", "PM002"));
        assertEquals(ExitCode.CLEAN, run.exitCode(), run::toString);
        assertEquals(List.of("zwlint: 0 findings and 0 diagnostics in 3 files analyzed"), withoutFingerprint(run.outLines()));
    }

    @Test
    void badUsageExitsTwo() throws Exception {
        ItEnvironment.Exec run = ItEnvironment.run(ItEnvironment.repository(), Map.of(),
                List.of("./zwlint", "--format", "html", "examples"));
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run::toString);
        assertTrue(run.err().contains("unknown format 'html'"), run::toString);
    }

    @Test
    void findsAJdkEvenWhenJavaHomeIsTooOld() throws Exception {
        // JAVA_HOME pointing at something that is not a JDK 21+: the launcher must look elsewhere
        // (/usr/lib/jvm, then PATH, which here leads to the JDK running this test).
        String path = java.nio.file.Path.of(ItEnvironment.java()).getParent() + java.io.File.pathSeparator
                + System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        ItEnvironment.Exec run = ItEnvironment.run(ItEnvironment.repository(),
                Map.of("JAVA_HOME", "/nonexistent", "PATH", path), List.of("./zwlint", "rules"));
        assertEquals(ExitCode.CLEAN, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("PM001 "), run::toString);
    }

    /** The lines with the summary's configuration fingerprint checked for its form and taken off. */
    static List<String> withoutFingerprint(List<String> lines) {
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        assertTrue(last.matches(".*; configuration [0-9a-f]{8}"), () -> "no fingerprint on the summary: " + last);
        return lines.stream().map(l -> l.replaceFirst("; configuration [0-9a-f]{8}$", "")).toList();
    }
}
