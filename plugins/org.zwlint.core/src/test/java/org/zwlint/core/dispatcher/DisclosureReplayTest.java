package org.zwlint.core.dispatcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.zwlint.core.model.Arch;

/** The replay behind PM007: a kernel address written to an output buffer, the completion, the caller's read. */
class DisclosureReplayTest {
    private final Replayer x64 = Replayer.bundled(Arch.X64);

    private static String text(ReplayOutcome outcome) {
        return String.join("\n", outcome.witnessLines(BoundaryIssue.KERNEL_ADDRESS_DISCLOSED));
    }

    @Test
    void aPoolAddressInTheSystemBufferReachesTheCallerWhenInformationCoversIt() {
        ReplayOutcome outcome = x64.replayDisclosure(LeakedAddress.POOL, OutputChannel.SYSTEM_BUFFER,
                OptionalLong.of(24));
        assertTrue(outcome.confirms(BoundaryIssue.KERNEL_ADDRESS_DISCLOSED));
        String lines = text(outcome);
        assertTrue(lines.contains("copies IoStatus.Information = 24 bytes"), lines);
        assertTrue(lines.contains("app.exe reads 0xFFFFA00000004000 from its output buffer: a kernel pool address"
                + " (nonpaged pool)"), lines);
    }

    @Test
    void nothingReachesTheCallerWhenInformationIsZero() {
        ReplayOutcome outcome = x64.replayDisclosure(LeakedAddress.POOL, OutputChannel.SYSTEM_BUFFER,
                OptionalLong.of(0));
        assertFalse(outcome.confirms(BoundaryIssue.KERNEL_ADDRESS_DISCLOSED));
        List<DisclosureStep> reads = outcome.runs().get(0).trace().stepsOf(DisclosureStep.class);
        assertTrue(reads.get(0).value().equals("0x0000000000000000"), reads.get(0).value());
    }

    @Test
    void aStackAddressWrittenToTheUserBufferIsReadAtOnce() {
        String lines = text(x64.replayDisclosure(LeakedAddress.STACK, OutputChannel.USER_BUFFER, OptionalLong.empty()));
        assertTrue(lines.contains("a kernel stack address (app.exe thread's kernel stack)"), lines);
        assertFalse(lines.contains("I/O manager copies"), lines);
    }

    @Test
    void mdlPagesAreTheCallersAndAKernelHandleIsATableEntry() {
        String mapped = text(x64.replayDisclosure(LeakedAddress.OBJECT, OutputChannel.MAPPED_PAGES,
                OptionalLong.empty()));
        assertTrue(mapped.contains("maps the same physical page"), mapped);
        String handle = text(x64.replayDisclosure(LeakedAddress.KERNEL_HANDLE, OutputChannel.KMDF_OUTPUT,
                OptionalLong.empty()));
        assertTrue(handle.contains("a kernel handle value (an entry of the kernel handle table)"), handle);
    }

    @Test
    void x86AddressesLieInTheUpperTwoGigabytes() {
        String lines = text(Replayer.bundled(Arch.X86).replayDisclosure(LeakedAddress.GLOBAL,
                OutputChannel.SYSTEM_BUFFER, OptionalLong.empty()));
        assertTrue(lines.contains("app.exe reads 0x8F603010"), lines);
        assertTrue(lines.contains("driver.sys image"), lines);
    }
}
