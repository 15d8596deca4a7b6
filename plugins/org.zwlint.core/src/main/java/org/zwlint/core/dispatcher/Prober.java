package org.zwlint.core.dispatcher;

import java.util.Optional;
import org.zwlint.core.model.Arch;

/**
 * ProbeForRead and ProbeForWrite. A probe checks a range the caller claims is user memory, before the kernel touches
 * it inside a try/except: alignment first, then the range against MmUserProbeAddress (the lowest address a user-mode
 * caller may never reach), and for writes that every page is present and writable. ProbeForRead does not touch the
 * pages: an unmapped user page fails later, when the service reads it.
 */
public final class Prober {
    private final long mmUserProbeAddress;
    private final AddressSpace space;

    public Prober(long mmUserProbeAddress, AddressSpace space) {
        this.mmUserProbeAddress = mmUserProbeAddress;
        this.space = space;
    }

    public long mmUserProbeAddress() {
        return mmUserProbeAddress;
    }

    public ProbeVerdict probeForRead(long address, long length, int alignment) {
        return probe(address, length, alignment, false);
    }

    public ProbeVerdict probeForWrite(long address, long length, int alignment) {
        return probe(address, length, alignment, true);
    }

    private ProbeVerdict probe(long address, long length, int alignment, boolean write) {
        if (length == 0) {
            return ProbeVerdict.passed("length 0: nothing is checked");
        }
        if ((address & (alignment - 1)) != 0) {
            return ProbeVerdict.failed(NtStatus.DATATYPE_MISALIGNMENT,
                    String.format("start 0x%X is not aligned on %d bytes", address, alignment));
        }
        long last = address + length - 1;
        if (space.arch() == Arch.X86) {
            // 32-bit addresses: the sum wraps at 4 GB, not at 2^64.
            last &= 0xFFFFFFFFL;
        }
        if (Long.compareUnsigned(last, address) < 0) {
            return ProbeVerdict.failed(NtStatus.ACCESS_VIOLATION,
                    String.format("end wraps around the address space (0x%X + 0x%X)", address, length));
        }
        if (Long.compareUnsigned(last, mmUserProbeAddress) >= 0) {
            return ProbeVerdict.failed(NtStatus.ACCESS_VIOLATION,
                    String.format("end 0x%X is at or above MmUserProbeAddress 0x%X", last, mmUserProbeAddress));
        }
        if (write) {
            Optional<Long> bad = space.firstBadPage(address, length, true);
            if (bad.isPresent()) {
                return ProbeVerdict.failed(NtStatus.ACCESS_VIOLATION,
                        String.format("page 0x%X is %s", bad.get(),
                                space.regionAt(bad.get()).isPresent() ? "not writable" : "not mapped"));
            }
            return ProbeVerdict.passed("below MmUserProbeAddress, pages writable");
        }
        return ProbeVerdict.passed("below MmUserProbeAddress");
    }
}
