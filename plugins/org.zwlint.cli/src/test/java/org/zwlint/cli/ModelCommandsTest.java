package org.zwlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
