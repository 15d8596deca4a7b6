package org.zwlint.core.dispatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zwlint.core.model.Arch;
import org.zwlint.core.model.PreviousMode;
import org.zwlint.core.model.ServiceModel;

class SimulationRequestTest {
    private static final ServiceModel MODEL = ServiceModel.bundled();

    private static SimulationRequest valid(String service, String mode, String via, List<String> args, String arch) {
        SimulationRequest.Parsed parsed = SimulationRequest.parse(MODEL, service, mode, via, args, arch);
        return assertInstanceOf(SimulationRequest.Valid.class, parsed, parsed::toString).request();
    }

    private static String reason(String service, String mode, String via, List<String> args, String arch) {
        SimulationRequest.Parsed parsed = SimulationRequest.parse(MODEL, service, mode, via, args, arch);
        return assertInstanceOf(SimulationRequest.Invalid.class, parsed, parsed::toString).reason();
    }

    @Test
    void blankWordsTakeTheDefaultsAndMissingArgumentsAreCompleted() {
        SimulationRequest zw = valid("ZwClose", "", "", List.of(), "");
        assertEquals(CallPath.ZW, zw.via());
        assertEquals(PreviousMode.USER_MODE, zw.previousMode());
        assertEquals(Arch.X64, zw.arch());
        assertEquals(List.of("Handle"), List.copyOf(zw.arguments().keySet()));
        assertEquals(CallPath.NT, valid("NtClose", "", "", List.of(), "").via());
    }

    @Test
    void aDirectNtCloseOfAKernelHandleIsRejectedInTheUserProcessTable() {
        SimulationRun run = valid("NtClose", "user", "nt", List.of("Handle=kernel-handle"), "x86").replay(MODEL);
        assertEquals(PreviousMode.USER_MODE, run.threadPreviousMode());
        List<String> lines = run.trace().lines();
        assertTrue(lines.get(0).startsWith(" 1. PreviousMode stays UserMode: NtClose is called directly"),
                lines.get(0));
        assertTrue(lines.get(2).startsWith(" 3. handle lookup Handle = 0x80000084 (kernel handle) in app.exe's "
                + "handle table: STATUS_INVALID_HANDLE"), lines.get(2));
        assertTrue(lines.get(3).contains("leaks"), lines.get(3));
        assertEquals("STATUS_INVALID_HANDLE (0xC0000008)", run.status().toString());
    }

    @Test
    void aZwCallBuildsATrapFrameAndRestoresPreviousMode() {
        SimulationRun run = valid("ZwClose", "user", "zw", List.of("Handle=kernel-handle"), "x64").replay(MODEL);
        String trace = run.trace().render();
        assertTrue(trace.contains(" 1. trap frame #2 built by ZwClose stub: mov eax, 0x2; jmp KiServiceInternal, "
                + "the caller's code segment is kernel mode: PreviousMode UserMode -> KernelMode"), trace);
        // One parameter: it travels in rcx, nothing is copied from the stack.
        assertTrue(trace.contains("1 argument(s) in registers, 0 byte(s) (0 stack argument(s))"), trace);
        assertTrue(trace.contains("PreviousMode KernelMode -> UserMode: trap frame #2 unwound"), trace);
        assertEquals(NtStatus.SUCCESS, run.status());
    }

    @Test
    void aProbeFailureNamesTheRangeAndTheLimit() {
        SimulationRun run = valid("NtReadFile", "", "syscall", List.of("Buffer=0x7FFEFFF0", "Length=0x20"), "x86")
                .replay(MODEL);
        assertTrue(run.trace().render().contains("ProbeForWrite(Buffer, [0x7FFEFFF0, 0x7FFF000F], 32 byte(s), "
                + "alignment 1): raises STATUS_ACCESS_VIOLATION - end 0x7FFF000F is at or above MmUserProbeAddress "
                + "0x7FFF0000"), run.trace().render());
    }

    @Test
    void eachBadWordIsRefusedWithItsReason() {
        assertTrue(reason("NtFrobnicate", "user", "nt", List.of(), "x64").contains("NtFrobnicate"));
        assertTrue(reason("NtClose", "sometimes", "nt", List.of(), "x64").contains("sometimes"));
        assertTrue(reason("NtClose", "user", "int2e", List.of(), "x64").contains("int2e"));
        assertTrue(reason("NtClose", "user", "nt", List.of(), "arm64").contains("arm64"));
        assertTrue(reason("NtClose", "kernel", "syscall", List.of(), "x64").contains("always UserMode"));
        assertTrue(reason("NtClose", "user", "nt", List.of("Handle"), "x64").contains("NAME=VALUE"));
        assertEquals("NtClose has no parameter 'Buffer'; parameters: Handle",
                reason("NtClose", "user", "nt", List.of("Buffer=user-ptr"), "x64"));
        assertEquals("bad value 'user-ptr' for handle parameter Handle: expected user-handle, kernel-handle, "
                + "invalid-handle, current-process or null",
                reason("NtClose", "user", "nt", List.of("Handle=user-ptr"), "x64"));
        assertTrue(reason("NtClose", "user", "nt", List.of("Handle=user-handle", "handle=null"), "x64")
                .contains("given twice"));
    }
}
