package org.zwlint.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The service descriptor table the dispatcher indexes with the system call number, built from the model.
 *
 * <p>On x86 it is two tables: KiServiceTable with the routine addresses and KiArgumentTable with one byte per service,
 * the number of argument bytes to copy. On x64 it is one table of {@link CompactedEntry compacted} 32-bit entries; the
 * first four arguments travel in registers (rcx, rdx, r8, r9), so only the rest are counted and copied.
 *
 * <p>The routines are simulated; they are laid out below the table, as an image's code section precedes its data,
 * so x64 offsets are negative and decoding exercises the sign.
 */
public final class ServiceTable {
    /** Where the simulated KiServiceTable lives. */
    public static final long X86_BASE = 0x82A3C000L;
    public static final long X64_BASE = 0xFFFFF8021A2C0000L;
    private static final long CODE_BELOW_TABLE = 0x100000L;
    private static final int REGISTER_ARGUMENTS = 4;

    private final Arch arch;
    private final long base;
    private final List<ServiceSpec> services;
    /** x86: routine addresses; x64: unused. */
    private final long[] routines;
    /** x86 KiArgumentTable. */
    private final byte[] argumentTable;
    /** x64 compacted KiServiceTable. */
    private final int[] compacted;

    private ServiceTable(Arch arch, long base, List<ServiceSpec> services, long[] routines, byte[] argumentTable,
            int[] compacted) {
        this.arch = arch;
        this.base = base;
        this.services = services;
        this.routines = routines;
        this.argumentTable = argumentTable;
        this.compacted = compacted;
    }

    public static ServiceTable build(ServiceModel model, Arch arch) {
        List<ServiceSpec> services = new ArrayList<>(model.services());
        int n = services.size();
        long base = arch == Arch.X86 ? X86_BASE : X64_BASE;
        long[] routines = new long[n];
        byte[] arguments = new byte[n];
        int[] compacted = new int[n];
        long next = base - CODE_BELOW_TABLE;
        for (int i = 0; i < n; i++) {
            ServiceSpec s = services.get(i);
            routines[i] = next;
            // A plausible routine size, so that offsets differ irregularly as they do in a real image.
            next += align16(0x180 + 0x38L * s.parameterCount() + 0x10L * (i % 7));
            if (arch == Arch.X86) {
                int bytes = Arch.X86.pointerSize() * s.parameterCount();
                if (bytes > 0xFF) {
                    throw new ModelFormatException(s.ntName() + ": too many argument bytes for KiArgumentTable");
                }
                arguments[i] = (byte) bytes;
            } else {
                compacted[i] = CompactedEntry.encode(routines[i] - base, stackArguments(s)).raw();
            }
        }
        return arch == Arch.X86
                ? new ServiceTable(arch, base, services, routines, arguments, new int[0])
                : new ServiceTable(arch, base, services, new long[0], new byte[0], compacted);
    }

    /** Arguments beyond the four that x64 passes in registers. */
    public static int stackArguments(ServiceSpec service) {
        return Math.max(0, service.parameterCount() - REGISTER_ARGUMENTS);
    }

    private static long align16(long size) {
        return (size + 15) & ~15L;
    }

    public Arch arch() {
        return arch;
    }

    public long base() {
        return base;
    }

    public int size() {
        return services.size();
    }

    public ServiceSpec service(int index) {
        return services.get(index);
    }

    public Optional<Integer> indexOf(String serviceName) {
        for (int i = 0; i < services.size(); i++) {
            ServiceSpec s = services.get(i);
            if (s.ntName().equalsIgnoreCase(serviceName) || s.zwName().equalsIgnoreCase(serviceName)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** What the dispatcher reads to find the routine: the x86 table entry, or base + decoded x64 offset. */
    public long routineAddress(int index) {
        return arch == Arch.X86 ? routines[index] : base + compactedEntry(index).offset();
    }

    /** Bytes the dispatcher copies from the caller's stack to the kernel stack. */
    public int argumentBytes(int index) {
        return arch == Arch.X86
                ? Byte.toUnsignedInt(argumentTable[index])
                : compactedEntry(index).stackArguments() * Arch.X64.pointerSize();
    }

    /** Arguments the dispatcher finds on the caller's stack (all of them on x86). */
    public int stackArgumentCount(int index) {
        return arch == Arch.X86
                ? argumentBytes(index) / Arch.X86.pointerSize()
                : compactedEntry(index).stackArguments();
    }

    /** The x86 KiArgumentTable byte for a service. */
    public int argumentTableByte(int index) {
        requireArch(Arch.X86);
        return Byte.toUnsignedInt(argumentTable[index]);
    }

    public CompactedEntry compactedEntry(int index) {
        requireArch(Arch.X64);
        return new CompactedEntry(compacted[index]);
    }

    private void requireArch(Arch expected) {
        if (arch != expected) {
            throw new IllegalStateException("only the " + expected.label() + " service table has this");
        }
    }
}
