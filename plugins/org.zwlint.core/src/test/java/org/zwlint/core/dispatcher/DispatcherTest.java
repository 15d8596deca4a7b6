package org.zwlint.core.dispatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zwlint.core.model.Arch;
import org.zwlint.core.model.PreviousMode;
import org.zwlint.core.model.ServiceModel;
import org.zwlint.core.model.ServiceSpec;

class DispatcherTest {
    private static final ServiceModel MODEL = ServiceModel.bundled();

    private static ServiceSpec spec(String name) {
        return MODEL.find(name).orElseThrow();
    }

    private static Map<String, ArgValue> args(ServiceSpec spec, CallPath via, Object... pairs) {
        Map<String, ArgValue> given = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            given.put((String) pairs[i], (ArgValue) pairs[i + 1]);
        }
        return Arguments.complete(spec, given, via);
    }

    private static SimulationRun run(Machine machine, CallPath via, String service, Object... pairs) {
        ServiceSpec spec = spec(service);
        return new Dispatcher(machine).call(via, spec, args(spec, via, pairs));
    }

    private static Machine userThread(Arch arch) {
        return Machine.forPreviousMode(MODEL, arch, PreviousMode.USER_MODE);
    }

    private static Machine userCaller(Arch arch) {
        return Machine.userModeCaller(MODEL, arch, MODEL.mmUserProbeAddress(arch));
    }

    // Point 1: a system call builds a trap frame with PreviousMode UserMode and copies the stack arguments.
    @Test
    void systemCallRecordsUserModeAndCopiesArguments() {
        Machine machine = userCaller(Arch.X64);
        SimulationRun ok = run(machine, CallPath.SYSCALL, "NtCreateFile",
                "ObjectAttributes", ObjectAttributesArg.at(Location.USER).withAttributes(0));
        TrapFrameStep frame = ok.trace().first(TrapFrameStep.class).orElseThrow();
        assertEquals(PreviousMode.USER_MODE, frame.after());
        assertEquals(1, frame.depth());
        ArgumentCopyStep copy = ok.trace().first(ArgumentCopyStep.class).orElseThrow();
        assertEquals(4, copy.registerArguments());
        assertEquals(7, copy.stackArguments());
        assertEquals(56, copy.bytes());
        assertTrue(copy.from().contains("user stack"));
        // Every pointer is probed because the caller is user mode; a user-owned file opens after an access check.
        assertFalse(ok.trace().stepsOf(ProbeStep.class).isEmpty());
        assertTrue(ok.trace().stepsOf(TrustStep.class).isEmpty());
        assertEquals(0, machine.thread().trapFrameDepth());
        // The protected default object: the access check refuses it.
        assertEquals(NtStatus.ACCESS_DENIED, ok.status());

        SimulationRun publicFile = run(userCaller(Arch.X64), CallPath.SYSCALL, "NtCreateFile", "ObjectAttributes",
                new ObjectAttributesArg(Location.USER, Location.USER, 0, Optional.of(Machine.PUBLIC_FILE)));
        assertEquals(NtStatus.SUCCESS, publicFile.status());
        assertTrue(publicFile.trace().stepsOf(AccessCheckStep.class).get(0).performed());
    }

    @Test
    void x86SystemCallCopiesTheArgumentTableByteCount() {
        SimulationRun run = run(userCaller(Arch.X86), CallPath.SYSCALL, "NtCreateFile");
        ArgumentCopyStep copy = run.trace().first(ArgumentCopyStep.class).orElseThrow();
        assertEquals(0, copy.registerArguments());
        assertEquals(44, copy.bytes());
        assertEquals(11, copy.stackArguments());
        assertTrue(copy.text().contains("KiArgumentTable"), copy.text());
    }

    // Point 3: a user caller passing a kernel pointer is stopped by the probe; the same pointer from Zw is trusted.
    @Test
    void userPointersAreProbedOnlyUnderUserMode() {
        SimulationRun fromUser = run(userCaller(Arch.X64), CallPath.SYSCALL, "NtReadFile",
                "Buffer", new PointerArg(Location.KERNEL), "Length", new ScalarArg(0x200));
        assertEquals(NtStatus.ACCESS_VIOLATION, fromUser.status());
        ProbeStep failed = fromUser.trace().stepsOf(ProbeStep.class).stream()
                .filter(p -> !p.verdict().ok()).findFirst().orElseThrow();
        assertEquals("Buffer", failed.parameter());
        assertEquals("ProbeForWrite", failed.routine());
        assertEquals(0x200, failed.length());

        SimulationRun fromDriver = run(userThread(Arch.X64), CallPath.ZW, "ZwReadFile",
                "Buffer", new PointerArg(Location.KERNEL), "Length", new ScalarArg(0x200));
        assertEquals(NtStatus.SUCCESS, fromDriver.status());
        assertTrue(fromDriver.trace().stepsOf(ProbeStep.class).isEmpty());
    }

    @Test
    void objectAttributesAreCapturedThroughTheNameBuffer() {
        SimulationRun run = run(userCaller(Arch.X64), CallPath.SYSCALL, "NtOpenKey");
        List<String> probed = run.trace().stepsOf(ProbeStep.class).stream().map(ProbeStep::parameter).toList();
        assertEquals(List.of("KeyHandle", "ObjectAttributes", "ObjectAttributes->ObjectName",
                "ObjectAttributes->ObjectName->Buffer"), probed);
        ProbeStep buffer = run.trace().stepsOf(ProbeStep.class).get(3);
        assertEquals(2, buffer.alignment());
        String key = Machine.defaultObjectName(spec("NtOpenKey"));
        assertEquals("\\REGISTRY\\MACHINE\\SECURITY", key);
        assertEquals(2L * key.length(), buffer.length());
        assertEquals(3, run.trace().stepsOf(CaptureStep.class).size());

        SimulationRun misaligned = run(userCaller(Arch.X64), CallPath.SYSCALL, "NtOpenKey", "ObjectAttributes",
                ObjectAttributesArg.at(Location.USER).withName(Location.USER_MISALIGNED));
        assertEquals(NtStatus.DATATYPE_MISALIGNMENT, misaligned.status());
        assertEquals("ObjectAttributes->ObjectName",
                misaligned.trace().stepsOf(ProbeStep.class).get(2).parameter());
    }

    // Point 4: PreviousMode changes only with a trap frame.
    @Test
    void directNtCreateFileWithKernelObjectAttributesFailsAtThatProbe() {
        Machine machine = userThread(Arch.X64);
        SimulationRun nt = run(machine, CallPath.NT, "NtCreateFile",
                "FileHandle", new PointerArg(Location.USER), "IoStatusBlock", new PointerArg(Location.USER),
                "ObjectAttributes", ObjectAttributesArg.at(Location.KERNEL));
        assertEquals(NtStatus.ACCESS_VIOLATION, nt.status());
        assertEquals(NtStatus.ACCESS_VIOLATION.code(), 0xC0000005);
        PreviousModeStep kept = nt.trace().first(PreviousModeStep.class).orElseThrow();
        assertEquals(PreviousMode.USER_MODE, kept.after());
        assertTrue(nt.trace().stepsOf(TrapFrameStep.class).isEmpty());
        ProbeStep last = nt.trace().stepsOf(ProbeStep.class).getLast();
        assertEquals("ObjectAttributes", last.parameter());
        assertTrue(last.kernelAddress());
        assertEquals(Optional.of(NtStatus.ACCESS_VIOLATION), last.verdict().failure());

        Machine again = userThread(Arch.X64);
        SimulationRun zw = run(again, CallPath.ZW, "ZwCreateFile",
                "FileHandle", new PointerArg(Location.USER), "IoStatusBlock", new PointerArg(Location.USER),
                "ObjectAttributes", ObjectAttributesArg.at(Location.KERNEL));
        assertEquals(NtStatus.SUCCESS, zw.status());
        TrapFrameStep frame = zw.trace().first(TrapFrameStep.class).orElseThrow();
        assertEquals(PreviousMode.USER_MODE, frame.before());
        assertEquals(PreviousMode.KERNEL_MODE, frame.after());
        assertEquals(2, frame.depth());
        PreviousModeStep restored = zw.trace().first(PreviousModeStep.class).orElseThrow();
        assertEquals(PreviousMode.KERNEL_MODE, restored.before());
        assertEquals(PreviousMode.USER_MODE, restored.after());
        assertEquals(PreviousMode.USER_MODE, again.thread().previousMode());
        assertTrue(zw.trace().stepsOf(ProbeStep.class).isEmpty());
    }

    @Test
    void ntCloseOfAKernelHandleUnderUserModeIsRejectedAndLeaks() {
        Machine machine = userThread(Arch.X64);
        SimulationRun nt = run(machine, CallPath.NT, "NtClose", "Handle", new HandleArg(HandleKind.KERNEL));
        assertEquals(NtStatus.INVALID_HANDLE, nt.status());
        assertEquals(0xC0000008, nt.status().code());
        HandleLookupStep lookup = nt.trace().first(HandleLookupStep.class).orElseThrow();
        assertTrue(lookup.kernelHandle());
        assertEquals("app.exe's handle table", lookup.table());
        assertEquals(1, machine.kernelHandles().size(), "the kernel handle is still open");

        Machine viaZw = userThread(Arch.X64);
        SimulationRun zw = run(viaZw, CallPath.ZW, "ZwClose", "Handle", new HandleArg(HandleKind.KERNEL));
        assertEquals(NtStatus.SUCCESS, zw.status());
        assertEquals(0, viaZw.kernelHandles().size());

        Machine system = Machine.forPreviousMode(MODEL, Arch.X86, PreviousMode.KERNEL_MODE);
        SimulationRun fromSystemThread = run(system, CallPath.NT, "NtClose", "Handle",
                new HandleArg(HandleKind.KERNEL));
        assertEquals(NtStatus.SUCCESS, fromSystemThread.status());
        assertTrue(fromSystemThread.trace().first(HandleLookupStep.class).orElseThrow().handle()
                .startsWith("0x80000"));
    }

    // Point 5: KernelMode skips the access check unless OBJ_FORCE_ACCESS_CHECK; handles land in the process.
    @Test
    void zwCreateFileWithAUserNameOpensWithoutAnAccessCheck() {
        ObjectAttributesArg userName = ObjectAttributesArg.at(Location.KERNEL).withName(Location.USER);
        SimulationRun open = run(userThread(Arch.X64), CallPath.ZW, "ZwCreateFile", "ObjectAttributes", userName);
        assertEquals(NtStatus.SUCCESS, open.status());
        AccessCheckStep check = open.trace().first(AccessCheckStep.class).orElseThrow();
        assertFalse(check.performed());
        assertTrue(check.deniesUser());
        assertTrue(open.trace().stepsOf(TrustStep.class).stream().anyMatch(TrustStep::userAddress));

        SimulationRun forced = run(userThread(Arch.X64), CallPath.ZW, "ZwCreateFile", "ObjectAttributes",
                userName.withAttributes(ObjectAttributesArg.OBJ_FORCE_ACCESS_CHECK));
        assertEquals(NtStatus.ACCESS_DENIED, forced.status());
        assertEquals(0xC0000022, forced.status().code());
        assertTrue(forced.trace().first(AccessCheckStep.class).orElseThrow().performed());
    }

    @Test
    void withoutObjKernelHandleTheHandleLandsInTheCurrentProcess() {
        Machine machine = userThread(Arch.X64);
        SimulationRun plain = run(machine, CallPath.ZW, "ZwOpenKey");
        HandleCreatedStep created = plain.trace().first(HandleCreatedStep.class).orElseThrow();
        assertTrue(created.userProcessTable());
        assertEquals("app.exe's handle table", created.table());
        assertEquals(1, machine.userProcess().handles().size());

        Machine other = userThread(Arch.X64);
        SimulationRun kernel = run(other, CallPath.ZW, "ZwOpenKey", "ObjectAttributes",
                ObjectAttributesArg.at(Location.KERNEL).withAttributes(ObjectAttributesArg.OBJ_KERNEL_HANDLE));
        HandleCreatedStep inKernel = kernel.trace().first(HandleCreatedStep.class).orElseThrow();
        assertFalse(inKernel.userProcessTable());
        assertTrue(inKernel.handle().startsWith("0xFFFFFFFF8"), inKernel.handle());
        assertEquals(0, other.userProcess().handles().size());

        // Under UserMode the flag is stripped: a user caller cannot create kernel handles.
        SimulationRun user = run(userCaller(Arch.X64), CallPath.SYSCALL, "NtOpenKey", "ObjectAttributes",
                new ObjectAttributesArg(Location.USER, Location.USER, ObjectAttributesArg.OBJ_KERNEL_HANDLE,
                        Optional.of(Machine.PUBLIC_FILE)));
        assertTrue(user.trace().first(HandleCreatedStep.class).orElseThrow().userProcessTable());
    }
}
