package org.zwlint.core.dispatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zwlint.core.model.Arch;
import org.zwlint.core.model.PreviousMode;

class ReplayerTest {
    private final Replayer replayer = Replayer.bundled(Arch.X64);

    @Test
    void directNtCallFromAUserRequestConfirmsTheKernelPointerFinding() {
        ReplayOutcome outcome = replayer.replay(ReplayCall.of("NtCreateFile"), CallerContext.USER_MODE_POSSIBLE);
        assertEquals(2, outcome.runs().size());
        SimulationRun user = outcome.runs().get(0);
        assertEquals(PreviousMode.USER_MODE, user.threadPreviousMode());
        assertEquals(CallPath.NT, user.via());
        assertEquals(NtStatus.ACCESS_VIOLATION, user.status());
        assertEquals(NtStatus.SUCCESS, outcome.runs().get(1).status());
        assertTrue(outcome.confirms(BoundaryIssue.KERNEL_POINTER_PROBED));
        List<String> witness = outcome.witnessLines(BoundaryIssue.KERNEL_POINTER_PROBED);
        assertEquals("replay: nt call, thread PreviousMode UserMode", witness.get(0));
        assertEquals("NTSTATUS: STATUS_ACCESS_VIOLATION (0xC0000005)", witness.getLast());
        assertTrue(witness.stream().anyMatch(l -> l.contains("ProbeForWrite(FileHandle")), witness.toString());

        ReplayOutcome system = replayer.replay(ReplayCall.of("NtCreateFile"), CallerContext.KERNEL_MODE_CERTAIN);
        assertEquals(1, system.runs().size());
        assertFalse(system.confirms(BoundaryIssue.KERNEL_POINTER_PROBED));
        assertTrue(system.witnessLines(BoundaryIssue.KERNEL_POINTER_PROBED).isEmpty());
    }

    @Test
    void kernelHandleRejectedOnlyForTheDirectCall() {
        ReplayCall nt = ReplayCall.of("NtClose").with("Handle", new HandleArg(HandleKind.KERNEL));
        assertTrue(replayer.replay(nt, CallerContext.USER_MODE_POSSIBLE)
                .confirms(BoundaryIssue.KERNEL_HANDLE_REJECTED));
        ReplayCall zw = ReplayCall.of("ZwClose").with("Handle", new HandleArg(HandleKind.KERNEL));
        ReplayOutcome viaZw = replayer.replay(zw, CallerContext.USER_MODE_POSSIBLE);
        assertFalse(viaZw.confirms(BoundaryIssue.KERNEL_HANDLE_REJECTED));
        assertTrue(viaZw.runs().stream().allMatch(r -> r.status().equals(NtStatus.SUCCESS)));
    }

    @Test
    void zwWithUserDataConfirmsTrustAndSkippedAccessCheck() {
        ReplayCall call = ReplayCall.of("ZwCreateFile")
                .with("ObjectAttributes", ObjectAttributesArg.at(Location.KERNEL).withName(Location.USER));
        ReplayOutcome outcome = replayer.replay(call, CallerContext.USER_MODE_POSSIBLE);
        assertTrue(outcome.confirms(BoundaryIssue.USER_POINTER_TRUSTED));
        assertTrue(outcome.confirms(BoundaryIssue.ACCESS_CHECK_SKIPPED));
        assertTrue(outcome.confirms(BoundaryIssue.HANDLE_IN_USER_PROCESS));

        ReplayCall fixed = ReplayCall.of("ZwCreateFile").with("ObjectAttributes", ObjectAttributesArg
                .at(Location.KERNEL).withAttributes(ObjectAttributesArg.OBJ_FORCE_ACCESS_CHECK
                        | ObjectAttributesArg.OBJ_KERNEL_HANDLE));
        ReplayOutcome safe = replayer.replay(fixed, CallerContext.USER_MODE_POSSIBLE);
        assertFalse(safe.confirms(BoundaryIssue.USER_POINTER_TRUSTED));
        assertFalse(safe.confirms(BoundaryIssue.ACCESS_CHECK_SKIPPED));
        assertFalse(safe.confirms(BoundaryIssue.HANDLE_IN_USER_PROCESS));
        assertEquals(NtStatus.ACCESS_DENIED, safe.runs().get(0).status());
    }

    @Test
    void badCallsAreRejectedWithTheReason() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> replayer.replay(ReplayCall.of("ZwFrobnicate"), CallerContext.KERNEL_MODE_CERTAIN));
        assertTrue(unknown.getMessage().contains("ZwFrobnicate"));
        IllegalArgumentException wrongRole = assertThrows(IllegalArgumentException.class,
                () -> replayer.replay(ReplayCall.of("NtClose").with("Handle", new PointerArg(Location.USER)),
                        CallerContext.KERNEL_MODE_CERTAIN));
        assertTrue(wrongRole.getMessage().contains("NtClose.Handle"), wrongRole.getMessage());
        assertFalse(replayer.supports("ZwFrobnicate"));
        assertTrue(replayer.supports("zwclose"));
    }
}
