package org.zwlint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.zwlint.core.DispatcherVerdict;
import org.zwlint.core.dispatcher.Replayer;
import org.zwlint.core.model.Arch;
import org.zwlint.core.model.ServiceModel;

class DirectNtCallReplayTest {
    private static final ServiceModel MODEL = ServiceModel.bundled();
    private final DirectNtCallReplay replay = new DirectNtCallReplay(MODEL, new Replayer(MODEL, Arch.X64));

    @Test
    void aDirectNtCloseOfTheDriversKernelHandleIsRejectedUnderUserMode() {
        DispatcherVerdict verdict = replay.verdict("NtClose").orElseThrow();
        assertEquals(0xC0000008L, verdict.ntStatus());
        assertEquals("STATUS_INVALID_HANDLE", verdict.statusName());
        assertTrue(verdict.trace().stream().anyMatch(line -> line.contains("PreviousMode stays UserMode")),
                verdict.trace().toString());
        assertTrue(verdict.trace().get(verdict.trace().size() - 1).contains("STATUS_INVALID_HANDLE"));
    }

    @Test
    void aDirectNtCreateFileFailsTheProbeOfTheDriversKernelBuffers() {
        DispatcherVerdict verdict = replay.verdict("NtCreateFile").orElseThrow();
        assertEquals(0xC0000005L, verdict.ntStatus());
        assertTrue(verdict.trace().stream().anyMatch(line -> line.contains("MmUserProbeAddress")),
                verdict.trace().toString());
    }

    @Test
    void aFixNeverNamesAZwRoutineTheModelDoesNotDocument() {
        assertEquals(Optional.of("ZwClose"), replay.documentedZwName("NtClose"));
        assertEquals(Optional.empty(), replay.documentedZwName("NtOpenProcessToken"), "no documented ZwOpenProcessToken");
        assertEquals(Optional.empty(), replay.documentedZwName("NtMadeUpService"));
        assertEquals(Optional.empty(), replay.verdict("NtMadeUpService"));
    }
}
