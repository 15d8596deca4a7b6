package org.zwlint.core.dispatcher;

import java.util.List;
import java.util.Optional;
import org.zwlint.core.model.Arch;

/**
 * The simulated virtual address space: a few mapped regions in the user and kernel halves with unmapped holes
 * between them. Only the regions matter to the simulation; no memory contents are kept.
 */
public final class AddressSpace {
    private static final long PAGE = 0x1000;

    private final Arch arch;
    private final List<Region> regions;

    private AddressSpace(Arch arch, List<Region> regions) {
        this.arch = arch;
        this.regions = List.copyOf(regions);
    }

    /**
     * A typical layout: process heap and image, KUSER_SHARED_DATA, kernel image, nonpaged pool, the thread's kernel
     * stack and the driver's image (the first writable kernel region stays the pool).
     */
    public static AddressSpace standard(Arch arch) {
        return arch == Arch.X86
                ? new AddressSpace(arch, List.of(
                        new Region(0x00400000L, 0x00410000L, RegionKind.USER, false, "app.exe image"),
                        new Region(0x00600000L, 0x00700000L, RegionKind.USER, true, "app.exe heap"),
                        new Region(0x7FFE0000L, 0x7FFE1000L, RegionKind.USER, false, "KUSER_SHARED_DATA"),
                        new Region(0x82A00000L, 0x82E00000L, RegionKind.KERNEL, false, "ntoskrnl.exe image"),
                        new Region(0x85000000L, 0x85100000L, RegionKind.KERNEL, true, "nonpaged pool"),
                        new Region(0x8A3F0000L, 0x8A3F3000L, RegionKind.KERNEL, true, "app.exe thread's kernel stack"),
                        new Region(0x8F600000L, 0x8F610000L, RegionKind.KERNEL, false, "driver.sys image")))
                : new AddressSpace(arch, List.of(
                        new Region(0x000001A000000000L, 0x000001A000100000L, RegionKind.USER, true, "app.exe heap"),
                        new Region(0x00007FF6A0000000L, 0x00007FF6A0010000L, RegionKind.USER, false, "app.exe image"),
                        new Region(0x7FFE0000L, 0x7FFE1000L, RegionKind.USER, false, "KUSER_SHARED_DATA"),
                        new Region(0xFFFFA00000000000L, 0xFFFFA00000100000L, RegionKind.KERNEL, true,
                                "nonpaged pool"),
                        new Region(0xFFFFF8021A000000L, 0xFFFFF8021A400000L, RegionKind.KERNEL, false,
                                "ntoskrnl.exe image"),
                        new Region(0xFFFFD5812A3F0000L, 0xFFFFD5812A3F6000L, RegionKind.KERNEL, true,
                                "app.exe thread's kernel stack"),
                        new Region(0xFFFFF80225000000L, 0xFFFFF80225010000L, RegionKind.KERNEL, false,
                                "driver.sys image")));
    }

    public Arch arch() {
        return arch;
    }

    public List<Region> regions() {
        return regions;
    }

    public Optional<Region> regionAt(long address) {
        return regions.stream().filter(r -> r.contains(address)).findFirst();
    }

    /** First address of the user half that is never mapped: the start of the kernel half. */
    public long kernelHalfStart() {
        return arch == Arch.X86 ? 0x80000000L : 0xFFFF800000000000L;
    }

    public boolean isKernelAddress(long address) {
        return Long.compareUnsigned(address, kernelHalfStart()) >= 0;
    }

    /** Every byte of [address, address + length) lies in a mapped region. */
    public boolean isMapped(long address, long length) {
        return allPages(address, length, false);
    }

    /** Every page of [address, address + length) is mapped and writable. */
    public boolean isWritable(long address, long length) {
        return allPages(address, length, true);
    }

    /** The first page of the range that fails the check, for the trace. */
    public Optional<Long> firstBadPage(long address, long length, boolean write) {
        long last = address + Math.max(length, 1) - 1;
        long page = address & ~(PAGE - 1);
        while (Long.compareUnsigned(page, last) <= 0) {
            Optional<Region> region = regionAt(page);
            if (region.isEmpty() || (write && !region.get().writable())) {
                return Optional.of(page);
            }
            long next = page + PAGE;
            if (Long.compareUnsigned(next, page) < 0) {
                break;
            }
            page = next;
        }
        return Optional.empty();
    }

    private boolean allPages(long address, long length, boolean write) {
        if (length == 0) {
            return true;
        }
        if (Long.compareUnsigned(address + length - 1, address) < 0) {
            return false;
        }
        return firstBadPage(address, length, write).isEmpty();
    }

    /** The concrete address the simulation uses for an abstract location. */
    public long addressOf(Location location) {
        Region heap = find(RegionKind.USER, true);
        return switch (location) {
            case USER -> heap.start() + 0x2000;
            case USER_MISALIGNED -> heap.start() + 0x3001;
            case USER_READ_ONLY -> find(RegionKind.USER, false).start() + 0x800;
            case USER_UNMAPPED -> arch == Arch.X86 ? 0x10000000L : 0x0000100000000000L;
            case KERNEL -> find(RegionKind.KERNEL, true).start() + 0x4000;
        };
    }

    /** The region whose label starts with the text: the stack or the driver's image, for a disclosed address. */
    Region labelled(String prefix) {
        return regions.stream().filter(r -> r.label().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalStateException("layout lacks " + prefix));
    }

    private Region find(RegionKind kind, boolean writable) {
        return regions.stream().filter(r -> r.kind() == kind && r.writable() == writable).findFirst()
                .orElseThrow(() -> new IllegalStateException("layout lacks a " + kind + " region"));
    }

    public String describe(long address) {
        return regionAt(address).map(Region::label)
                .orElse(isKernelAddress(address) ? "unmapped kernel address" : "unmapped user address");
    }
}
