package org.zwlint.core.dispatcher;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.zwlint.core.model.Arch;

/**
 * A handle table. Handle values are multiples of four. In the kernel handle table (the System process's table, used
 * for OBJ_KERNEL_HANDLE) the value has the high bit set, which is how a service tells a kernel handle from a user one.
 */
public final class HandleTable {
    private final String owner;
    private final boolean kernel;
    private final Arch arch;
    private final Map<Long, HandleEntry> entries = new LinkedHashMap<>();
    private long next = 0x84;

    public HandleTable(String owner, boolean kernel, Arch arch) {
        this.owner = owner;
        this.kernel = kernel;
        this.arch = arch;
    }

    public String owner() {
        return owner;
    }

    public boolean isKernel() {
        return kernel;
    }

    public long insert(KernelObject object, java.util.Set<String> grantedAccess) {
        long value = next;
        next += 4;
        long handle = kernel ? kernelBit(arch) | value : value;
        entries.put(handle, new HandleEntry(object, grantedAccess));
        return handle;
    }

    public Optional<HandleEntry> lookup(long handle) {
        return Optional.ofNullable(entries.get(handle));
    }

    public boolean close(long handle) {
        return entries.remove(handle) != null;
    }

    public int size() {
        return entries.size();
    }

    /** The high bit of a handle: sign-extended on x64, as a HANDLE is pointer-sized. */
    public static long kernelBit(Arch arch) {
        return arch == Arch.X86 ? 0x80000000L : 0xFFFFFFFF80000000L;
    }

    public static boolean isKernelHandle(long handle, Arch arch) {
        return arch == Arch.X86 ? (handle & 0x80000000L) != 0 : handle < 0 && handle != -1 && handle != -2;
    }

    public static String format(long handle, Arch arch) {
        return arch == Arch.X86 ? String.format("0x%08X", handle & 0xFFFFFFFFL) : String.format("0x%X", handle);
    }
}
