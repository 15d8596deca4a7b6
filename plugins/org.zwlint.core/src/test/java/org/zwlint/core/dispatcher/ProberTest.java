package org.zwlint.core.dispatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zwlint.core.model.Arch;

/** Point 3: ProbeForRead / ProbeForWrite. */
class ProberTest {
    private final AddressSpace x64Space = AddressSpace.standard(Arch.X64);
    private final Prober x64 = new Prober(0x7FFFFFFF0000L, x64Space);
    private final Prober x86 = new Prober(0x7FFF0000L, AddressSpace.standard(Arch.X86));

    private static Optional<NtStatus> failure(ProbeVerdict v) {
        return v.failure();
    }

    @Test
    void lengthZeroChecksNothing() {
        // Misaligned, in the kernel half, even wrapping: nothing is looked at.
        assertTrue(x64.probeForRead(0xFFFFA00000000003L, 0, 8).ok());
        assertTrue(x64.probeForWrite(0xFFFFFFFFFFFFFFFFL, 0, 4).ok());
        // The same kernel address with a length fails.
        assertEquals(Optional.of(NtStatus.ACCESS_VIOLATION), failure(x64.probeForRead(0xFFFFA00000000000L, 1, 1)));
    }

    @Test
    void misalignedStartGivesDatatypeMisalignment() {
        long user = x64Space.addressOf(Location.USER);
        assertEquals(Optional.of(NtStatus.DATATYPE_MISALIGNMENT), failure(x64.probeForRead(user + 2, 16, 4)));
        assertEquals(Optional.of(NtStatus.DATATYPE_MISALIGNMENT), failure(x64.probeForWrite(user + 4, 16, 8)));
        assertTrue(x64.probeForRead(user + 4, 16, 4).ok());
        // Alignment is checked before the range: a misaligned kernel address reports misalignment.
        assertEquals(Optional.of(NtStatus.DATATYPE_MISALIGNMENT),
                failure(x64.probeForRead(0xFFFFA00000000001L, 8, 4)));
    }

    @Test
    void endAtOrAboveMmUserProbeAddressIsAnAccessViolation() {
        long limit = 0x7FFFFFFF0000L;
        // Last byte just below the limit: fine.
        assertTrue(x64.probeForRead(limit - 0x10, 0x10, 1).ok());
        // Last byte on the limit.
        assertEquals(Optional.of(NtStatus.ACCESS_VIOLATION), failure(x64.probeForRead(limit - 0x10, 0x11, 1)));
        assertEquals(Optional.of(NtStatus.ACCESS_VIOLATION), failure(x86.probeForRead(0x7FFEFFF0L, 0x11, 1)));
        assertTrue(x86.probeForRead(0x7FFEFFF0L, 0x10, 1).ok());
    }

    @Test
    void endThatWrapsIsAnAccessViolation() {
        ProbeVerdict wrap = x64.probeForRead(0x10000L, 0xFFFFFFFFFFFFFFF0L, 1);
        assertEquals(Optional.of(NtStatus.ACCESS_VIOLATION), wrap.failure());
        assertTrue(wrap.reason().contains("wraps"), wrap.reason());
        // 0x00600000 + 0xFFA00010 - 1 = 0x1_0000_000F: past 4 GB, the 32-bit end wraps to 0xF.
        ProbeVerdict x86Wrap = x86.probeForRead(0x00600000L, 0xFFA00010L, 1);
        assertEquals(Optional.of(NtStatus.ACCESS_VIOLATION), x86Wrap.failure());
        assertTrue(x86Wrap.reason().contains("wraps"), x86Wrap.reason());
    }

    @Test
    void probeAddressIsConfigurable() {
        Prober lowered = new Prober(0x00650000L, AddressSpace.standard(Arch.X86));
        assertTrue(x86.probeForRead(0x00640000L, 0x20000, 1).ok());
        assertEquals(Optional.of(NtStatus.ACCESS_VIOLATION), failure(lowered.probeForRead(0x00640000L, 0x20000, 1)));
    }

    @Test
    void probeForWriteAlsoNeedsWritablePages() {
        long readOnly = x64Space.addressOf(Location.USER_READ_ONLY);
        long unmapped = x64Space.addressOf(Location.USER_UNMAPPED);
        assertTrue(x64.probeForRead(readOnly, 16, 8).ok());
        assertEquals(Optional.of(NtStatus.ACCESS_VIOLATION), failure(x64.probeForWrite(readOnly, 16, 8)));
        // ProbeForRead checks only the range; the later read faults instead.
        assertTrue(x64.probeForRead(unmapped, 16, 8).ok());
        assertEquals(Optional.of(NtStatus.ACCESS_VIOLATION), failure(x64.probeForWrite(unmapped, 16, 8)));
        assertTrue(x64.probeForWrite(x64Space.addressOf(Location.USER), 0x3000, 8).ok());
    }
}
