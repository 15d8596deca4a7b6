package org.zwlint.core.dispatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.zwlint.core.model.Arch;
import org.zwlint.core.model.ServiceModel;

/** Hostile requests replayed to a driver's access: the values come from the access, the outcome from the model. */
class DriverReplayTest {
    private final DriverReplay replay = new DriverReplay(ServiceModel.bundled(), Arch.X64);

    private IoRequest ioctl(long code) {
        return replay.request(IoService.DEVICE_IO_CONTROL, code, Optional.of("IOCTL_T"),
                TransferMethod.ofCode(code), 16, 16);
    }

    @Test
    void aKernelAddressInTheNeitherInputIsReadAsItIs() {
        DriverAccess access = new DriverAccess("in->Count", RequestBuffer.RAW_INPUT, false, false, 8, 4, true);
        DriverReplayOutcome outcome = replay.kernelAddress(ioctl(0x222003), access);
        assertTrue(outcome.shown());
        assertEquals("the driver read 4 byte(s) of kernel memory at 0xFFFFA00000004008 (nonpaged pool) for a "
                + "user-mode caller", outcome.summary());
        assertEquals(NtStatus.SUCCESS, outcome.run().status());
        DriverAccessStep step = outcome.run().trace().first(DriverAccessStep.class).orElseThrow();
        assertEquals(0xFFFFA00000004008L, step.address());
        assertEquals(4, step.length());
    }

    @Test
    void theBufferedMethodStopsAKernelAddressButNotOneEmbeddedInTheData() {
        DriverAccess raw = new DriverAccess("Type3InputBuffer", RequestBuffer.RAW_INPUT, false, true, 0, 8, false);
        DriverReplayOutcome stopped = replay.kernelAddress(ioctl(0x222000), raw);
        assertFalse(stopped.shown());
        assertEquals(NtStatus.ACCESS_VIOLATION, stopped.run().status());
        assertTrue(stopped.run().trace().first(DriverAccessStep.class).isEmpty(), "the driver never ran");

        DriverAccess embedded = new DriverAccess("in->Target", RequestBuffer.INPUT, true, true, 0, 8, false);
        DriverReplayOutcome written = replay.kernelAddress(ioctl(0x222000), embedded);
        assertTrue(written.shown());
        assertTrue(written.lines().stream().anyMatch(l -> l.contains("out of Irp->AssociatedIrp.SystemBuffer")),
                written.lines().toString());
        assertTrue(written.summary().startsWith("the driver wrote 8 byte(s) of kernel memory at 0xFFFFA00000004000"));
    }

    @Test
    void aProbeAndLockRefusesAKernelAddressAndOnlyTheLockedPagesSurviveAnUnmap() {
        UserBufferLock lock = UserBufferLock.of("WdfRequestProbeAndLockUserBufferForWrite", true, 16).orElseThrow();
        assertTrue(UserBufferLock.of("ProbeForWrite", true, 16).isEmpty(), "a plain probe locks nothing");
        DriverAccess access = new DriverAccess("out->Value", RequestBuffer.RAW_INPUT, false, true, 8, 4, false)
                .lockedBy(lock);
        DriverReplayOutcome refused = replay.kernelAddress(ioctl(0x222003), access);
        assertFalse(refused.shown(), "the lock's probe stops the kernel address");
        assertEquals(NtStatus.ACCESS_VIOLATION, refused.run().status());
        assertTrue(refused.run().trace().first(DriverAccessStep.class).isEmpty(), "the driver never touched it");
        ProbeStep probe = refused.run().trace().first(ProbeStep.class).filter(p -> p.routine().equals(
                "MmProbeAndLockPages")).orElseGet(() -> refused.run().trace().stepsOf(ProbeStep.class).getLast());
        assertEquals("MmProbeAndLockPages", probe.routine());
        assertTrue(probe.kernelAddress() && probe.verdict().failure().isPresent());

        DriverReplayOutcome unmapped = replay.unmappedAddress(ioctl(0x222003), access);
        assertTrue(unmapped.shown());
        assertTrue(unmapped.summary().contains("after WdfRequestProbeAndLockUserBufferForWrite locked the buffer"),
                unmapped.summary());
        assertTrue(unmapped.summary().contains("bug check 0x3B"), unmapped.summary());
        String lines = String.join("\n", unmapped.lines());
        assertTrue(lines.contains("IoWriteAccess") && lines.contains("its pages are locked"), lines);
        assertTrue(lines.contains("WdfMemoryGetBuffer on the memory object it returns gives 0xFFFFA00000024000"), lines);
        assertTrue(lines.contains("through the locked pages' address, 0xFFFFA00000024008, would have succeeded"),
                lines);
        // the filter manager's lock: the same probe, the pages reached through the MDL it sets
        DriverAccess filtered = new DriverAccess("msg->Size", RequestBuffer.RAW_INPUT, false, false, 0, 4, false)
                .lockedBy(UserBufferLock.of("FltLockUserBuffer", false, 8).orElseThrow());
        String flt = String.join("\n", replay.unmappedAddress(ioctl(0x222003), filtered).lines());
        assertTrue(flt.contains("built by FltLockUserBuffer, the request's RequestorMode UserMode, IoReadAccess"), flt);
        assertTrue(flt.contains("MmGetSystemAddressForMdlSafe on the MdlAddress it sets"), flt);
    }

    @Test
    void anUnmappedAddressOutsideTryBugChecksAndInsideIsHandled() {
        DriverAccess unguarded = new DriverAccess("p->Size", RequestBuffer.RAW_INPUT, false, false, 4, 4, false);
        DriverReplayOutcome crash = replay.unmappedAddress(ioctl(0x222003), unguarded);
        assertTrue(crash.shown());
        assertTrue(crash.summary().contains("bug check 0x3B"), crash.summary());
        assertTrue(crash.summary().contains("0x100000000004"), crash.summary());
        DriverAccess guarded = new DriverAccess("p->Size", RequestBuffer.RAW_INPUT, false, false, 4, 4, true);
        DriverReplayOutcome handled = replay.unmappedAddress(ioctl(0x222003), guarded);
        assertFalse(handled.shown());
        assertEquals(NtStatus.ACCESS_VIOLATION, handled.run().status());
    }

    @Test
    void whereTheIoManagerChecksTheBufferTheRequestorFreesItAfterwards() {
        DriverAccess output = new DriverAccess("Irp->UserBuffer", RequestBuffer.RAW_OUTPUT, false, true, 0, 4, false);
        DriverReplayOutcome outcome = replay.unmappedAddress(ioctl(0x222000), output);
        assertTrue(outcome.shown());
        assertTrue(outcome.lines().stream().anyMatch(l -> l.contains("frees the page at 0x1A000003000")),
                outcome.lines().toString());
    }

    @Test
    void aProbeOutsideTryRaisesOnAKernelAddress() {
        DriverAccess access = new DriverAccess("buffer", RequestBuffer.RAW_INPUT, false, false, 0, 1, false);
        DriverReplayOutcome outcome = replay.unguardedProbe(ioctl(0x222003), access, "ProbeForRead", 16);
        assertTrue(outcome.shown());
        ProbeStep probe = outcome.run().trace().stepsOf(ProbeStep.class).getLast();
        assertEquals(0xFFFFA00000004000L, probe.address());
        assertEquals(16, probe.length());
        assertFalse(probe.verdict().ok());
    }

    @Test
    void anAccessPastAShortProbeReachesBytesAFullProbeRejects() {
        DriverAccess field = new DriverAccess("hdr->Extra", RequestBuffer.RAW_INPUT, false, false, 8, 4, true);
        DriverReplayOutcome outcome = replay.beyondProbe(ioctl(0x222003), field, "ProbeForRead", 8);
        assertTrue(outcome.shown());
        assertEquals("ProbeForRead checked [0x7FFFFFFEFFF8, 0x7FFFFFFEFFFF] (8 bytes) but the driver reads "
                + "[0x7FFFFFFF0000, 0x7FFFFFFF0003] (4 bytes): 4 byte(s) unchecked, up to 0x7FFFFFFF0003; raised "
                + "STATUS_ACCESS_VIOLATION, handled", outcome.summary());
        DriverAccess inside = new DriverAccess("hdr->Length", RequestBuffer.RAW_INPUT, false, false, 0, 4, true);
        assertFalse(replay.beyondProbe(ioctl(0x222003), inside, "ProbeForRead", 8).shown());
        DriverAccess chosen = new DriverAccess("hdr", RequestBuffer.RAW_INPUT, false, false, 0,
                DriverAccess.CHOSEN_BY_REQUESTOR, true);
        DriverReplayOutcome copy = replay.beyondProbe(ioctl(0x222003), chosen, "ProbeForRead", 8);
        assertTrue(copy.shown());
        assertTrue(copy.summary().contains("(4104 bytes): 4096 byte(s) unchecked"), copy.summary());
        assertTrue(copy.lines().get(1).contains("InputBufferLength 4104"), copy.lines().get(1));
    }

    @Test
    void aValueChangedBetweenReadsIsCheckedWithOneAndUsedWithTheOther() {
        DriverAccess neither = new DriverAccess("msg->Length", RequestBuffer.RAW_INPUT, false, false, 0, 4, true);
        DriverReplayOutcome outcome = replay.changedBetweenReads(ioctl(0x222003), neither, 64, 0x1040,
                "`msg->Length <= 64`", "used as a size by memcpy");
        assertTrue(outcome.shown());
        assertEquals("the check passed with 64 (0x40) and the driver used 4160 (0x1040)", outcome.summary());
        DriverAccess copied = new DriverAccess("msg->Length", RequestBuffer.INPUT, false, false, 0, 4, true);
        assertFalse(replay.changedBetweenReads(ioctl(0x222000), copied, 64, 0x1040, "c", "u").shown(),
                "a SystemBuffer is the I/O manager's copy: the requestor cannot change it");
        DriverAccess locked = new DriverAccess("rec->Length", RequestBuffer.OUTPUT, false, false, 0, 4, true);
        assertTrue(replay.changedBetweenReads(ioctl(0x222002), locked, 64, 0x1040, "c", "u").shown(),
                "MDL pages stay mapped in the process");
    }
}
