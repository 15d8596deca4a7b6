package org.zwlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** `zwlint services` and `zwlint simulate` print the model and the dispatcher's replay. */
class ModelCommandsTest {
    private static final Pattern CLOSE_ROW = Pattern.compile(
            "(?m)^0x[0-9A-F]{3}\\s+NtClose\\s+ZwClose\\s+1\\s+0x([0-9A-F]{8})$");

    @Test
    void servicesListsZwAvailabilityArgumentCountAndADecodableX64Entry() {
        CliRun run = CliRun.of("services");
        assertEquals(ExitCode.CLEAN, run.exitCode(), run::toString);
        Matcher row = CLOSE_ROW.matcher(run.out());
        assertTrue(row.find(), run::toString);
        int entry = (int) Long.parseLong(row.group(1), 16);
        assertEquals(0, entry & 0xF, "NtClose's one argument travels in a register: no stack arguments");
        assertTrue(run.out().lines().count() > 100, "about a hundred services");
        Matcher header = Pattern.compile("^(\\d+) services, (\\d+) with a documented Zw routine").matcher(run.out());
        assertTrue(header.find(), run::toString);
        assertTrue(Integer.parseInt(header.group(2)) <= Integer.parseInt(header.group(1)));
    }

    @Test
    void servicesRefusesAnUnknownArchitecture() {
        CliRun run = CliRun.of("services", "--arch", "arm");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("arm"), run::toString);
    }

    @Test
    void directNtCreateFileWithKernelObjectAttributesFailsTheProbeUnderUserMode() {
        CliRun run = CliRun.of("simulate", "NtCreateFile", "--previous-mode", "user", "--via", "nt", "--arg",
                "ObjectAttributes=kernel-ptr");
        assertEquals(ExitCode.CLEAN, run.exitCode(), run::toString);
        assertTrue(run.out().contains("PreviousMode stays UserMode"), run::toString);
        assertTrue(run.out().contains("MmUserProbeAddress"), run::toString);
        assertTrue(run.out().strip().endsWith("NTSTATUS: STATUS_ACCESS_VIOLATION (0xC0000005)"), run::toString);
    }

    @Test
    void theSameCallThroughZwSucceeds() {
        CliRun run = CliRun.of("simulate", "ZwCreateFile", "--previous-mode", "user", "--via", "zw", "--arg",
                "ObjectAttributes=kernel-ptr");
        assertEquals(ExitCode.CLEAN, run.exitCode(), run::toString);
        assertTrue(run.out().contains("KernelMode"), run::toString);
        assertTrue(run.out().strip().endsWith("NTSTATUS: STATUS_SUCCESS (0x00000000)"), run::toString);
    }

    @Test
    void directNtCloseOfAKernelHandleIsRejected() {
        CliRun run = CliRun.of("simulate", "NtClose", "--previous-mode", "user", "--via", "nt", "--arg",
                "Handle=kernel-handle");
        assertTrue(run.out().strip().endsWith("NTSTATUS: STATUS_INVALID_HANDLE (0xC0000008)"), run::toString);
    }

    @Test
    void badArgumentsExitWithTwoAndSayWhy() {
        CliRun unknownService = CliRun.of("simulate", "NtNoSuchService");
        assertEquals(2, unknownService.exitCode(), unknownService::toString);
        assertTrue(unknownService.err().contains("NtNoSuchService"), unknownService::toString);
        CliRun badParameter = CliRun.of("simulate", "NtClose", "--arg", "Bogus=user-ptr");
        assertEquals(2, badParameter.exitCode(), badParameter::toString);
        assertTrue(badParameter.err().contains("Bogus"), badParameter::toString);
    }

    @Test
    void servicesPrintsOneRowPerServiceWithTheEntryOfTheChosenArchitecture() {
        CliRun x64 = CliRun.of("services");
        List<String> lines = x64.out().lines().toList();
        assertEquals(116, lines.size(), x64::toString);
        assertTrue(lines.get(0).startsWith("114 services, 109 with a documented Zw routine; x64 service table at "
                + "0xFFFFF8021A2C0000"), lines.get(0));
        String close = lines.stream().filter(l -> l.contains(" NtClose ")).findFirst().orElseThrow();
        assertTrue(close.matches("0x002  NtClose +ZwClose +1  0x[0-9A-F]{7}0"), close);
        String create = lines.stream().filter(l -> l.contains(" NtCreateFile ")).findFirst().orElseThrow();
        assertTrue(create.matches(".*ZwCreateFile +11  0x[0-9A-F]{7}7"), create);
        String token = lines.stream().filter(l -> l.contains(" NtOpenProcessToken ")).findFirst().orElseThrow();
        assertTrue(token.contains("- (none documented)"), token);
        CliRun x86 = CliRun.of("services", "--arch", "x86");
        assertTrue(x86.out().lines().anyMatch(l -> l.matches(".*NtCreateFile +ZwCreateFile +11  44")), x86::toString);
        assertEquals(x64.out(), CliRun.of("services", "--arch", "").out());
    }

    @Test
    void simulatePrintsTheCallerTheArgumentsTheTraceAndTheStatus() {
        CliRun run = CliRun.of("simulate", "NtClose", "--previous-mode", "user", "--via", "nt", "--arg",
                "Handle=kernel-handle", "--arch", "x86");
        assertEquals(ExitCode.CLEAN, run.exitCode(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertEquals("NtClose via nt on x86, from a driver, in a user thread's request (thread PreviousMode UserMode)",
                lines.get(0));
        assertEquals("arguments: Handle=kernel-handle", lines.get(1));
        assertTrue(lines.get(2).startsWith(" 1. PreviousMode stays UserMode"), lines.get(2));
        assertEquals("NTSTATUS: STATUS_INVALID_HANDLE (0xC0000008)", lines.getLast());
        assertTrue(CliRun.of("simulate", "NtReadFile", "--via", "syscall").out()
                .startsWith("NtReadFile via syscall on x64, from a user-mode program\n"));
    }

    @Test
    void everyBadSimulateArgumentIsOneErrorLineWithExitCodeTwo() {
        List<CliRun> bad = List.of(
                CliRun.of("simulate", "NtFrobnicate"),
                CliRun.of("simulate", "NtClose", "--previous-mode", "sometimes"),
                CliRun.of("simulate", "NtClose", "--via", "int2e"),
                CliRun.of("simulate", "NtClose", "--arch", "arm64"),
                CliRun.of("simulate", "NtClose", "--previous-mode", "kernel", "--via", "syscall"),
                CliRun.of("simulate", "NtClose", "--arg", "Handle"),
                CliRun.of("simulate", "NtClose", "--arg", "Buffer=user-ptr"));
        for (CliRun run : bad) {
            assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run::toString);
            assertEquals("", run.out(), run::toString);
            assertEquals(1, run.err().lines().count(), run::toString);
            assertTrue(run.err().startsWith("error: "), run::toString);
        }
        assertEquals("error: NtClose has no parameter 'Buffer'; parameters: Handle", bad.getLast().err().strip());
    }
}
