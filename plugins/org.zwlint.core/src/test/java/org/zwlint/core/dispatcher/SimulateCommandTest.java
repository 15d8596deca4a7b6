package org.zwlint.core.dispatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zwlint.core.model.Arch;

class SimulateCommandTest {
    @Test
    void printsTheTraceAndTheStatusOfADirectNtCall() {
        CommandReport report = SimulateCommand.run("NtClose", "user", "nt", List.of("Handle=kernel-handle"), "x86");
        assertEquals(0, report.exitCode());
        List<String> lines = report.text().lines().toList();
        assertEquals("NtClose via nt on x86, from a driver, in a user thread's request (thread PreviousMode UserMode)",
                lines.get(0));
        assertEquals("arguments: Handle=kernel-handle", lines.get(1));
        assertTrue(lines.get(2).startsWith(" 1. PreviousMode stays UserMode: NtClose is called directly"),
                lines.get(2));
        assertTrue(lines.get(4).startsWith(" 3. handle lookup Handle = 0x80000084 (kernel handle) in app.exe's "
                + "handle table: STATUS_INVALID_HANDLE"), lines.get(4));
        assertTrue(lines.get(5).contains("leaks"), lines.get(5));
        assertEquals("NTSTATUS: STATUS_INVALID_HANDLE (0xC0000008)", lines.getLast());
    }

    @Test
    void zwCallShowsTheTrapFrameAndTheRestoredPreviousMode() {
        CommandReport report = SimulateCommand.run("ZwClose", "user", "zw", List.of("Handle=kernel-handle"), "x64");
        assertEquals(0, report.exitCode());
        String text = report.text();
        assertTrue(text.contains(" 1. trap frame #2 built by ZwClose stub: mov eax, 0x2; jmp KiServiceInternal, "
                + "the caller's code segment is kernel mode: PreviousMode UserMode -> KernelMode"), text);
        // One parameter: it travels in rcx, nothing is copied from the stack.
        assertTrue(text.contains("1 argument(s) in registers, 0 byte(s) (0 stack argument(s))"), text);
        assertTrue(text.contains("PreviousMode KernelMode -> UserMode: trap frame #2 unwound"), text);
        assertTrue(text.endsWith("NTSTATUS: STATUS_SUCCESS (0x00000000)\n"), text);
    }

    @Test
    void probeFailureNamesTheRangeAndTheLimit() {
        CommandReport report = SimulateCommand.run("NtReadFile", "", "syscall",
                List.of("Buffer=0x7FFEFFF0", "Length=0x20"), "x86");
        assertTrue(report.text().contains("ProbeForWrite(Buffer, [0x7FFEFFF0, 0x7FFF000F], 32 byte(s), alignment 1): "
                + "raises STATUS_ACCESS_VIOLATION - end 0x7FFF000F is at or above MmUserProbeAddress 0x7FFF0000"),
                report.text());
    }

    @Test
    void badInputGivesOneLineAndExitCodeTwo() {
        List<CommandReport> bad = List.of(
                SimulateCommand.run("NtFrobnicate", "user", "nt", List.of(), "x64"),
                SimulateCommand.run("NtClose", "sometimes", "nt", List.of(), "x64"),
                SimulateCommand.run("NtClose", "user", "int2e", List.of(), "x64"),
                SimulateCommand.run("NtClose", "user", "nt", List.of(), "arm64"),
                SimulateCommand.run("NtClose", "kernel", "syscall", List.of(), "x64"),
                SimulateCommand.run("NtClose", "user", "nt", List.of("Handle"), "x64"),
                SimulateCommand.run("NtClose", "user", "nt", List.of("Buffer=user-ptr"), "x64"),
                SimulateCommand.run("NtClose", "user", "nt", List.of("Handle=user-ptr"), "x64"),
                SimulateCommand.run("NtClose", "user", "nt", List.of("Handle=user-handle", "handle=null"), "x64"));
        for (CommandReport r : bad) {
            assertEquals(2, r.exitCode(), r.text());
            assertEquals(1, r.text().lines().count(), r.text());
            assertTrue(r.text().startsWith("error: "), r.text());
        }
        assertEquals("error: NtClose has no parameter 'Buffer'; parameters: Handle", bad.get(6).text());
        assertEquals("error: bad value 'user-ptr' for handle parameter Handle: expected user-handle, kernel-handle, "
                + "invalid-handle, current-process or null", bad.get(7).text());
    }

    @Test
    void servicesListingShowsZwAvailabilityArgumentsAndEntries() {
        String x64 = ServicesListing.render(Arch.X64);
        List<String> lines = x64.lines().toList();
        assertEquals(113, lines.size());
        assertTrue(lines.get(0).startsWith("111 services, 106 with a documented Zw routine; x64 service table at "
                + "0xFFFFF8021A2C0000"), lines.get(0));
        String close = lines.stream().filter(l -> l.contains(" NtClose ")).findFirst().orElseThrow();
        assertTrue(close.matches("0x002  NtClose +ZwClose +1  0x[0-9A-F]{7}0"), close);
        String create = lines.stream().filter(l -> l.contains(" NtCreateFile ")).findFirst().orElseThrow();
        assertTrue(create.matches(".*ZwCreateFile +11  0x[0-9A-F]{7}7"), create);
        String token = lines.stream().filter(l -> l.contains(" NtOpenProcessToken ")).findFirst().orElseThrow();
        assertTrue(token.contains("- (none documented)"), token);
        String x86 = ServicesListing.render(Arch.X86);
        assertTrue(x86.lines().anyMatch(l -> l.matches(".*NtCreateFile +ZwCreateFile +11  44")), x86);
        assertEquals(2, ServicesListing.run("mips").exitCode());
        assertEquals(x64, ServicesListing.run("").text());
    }
}
