package org.zwlint.core.dispatcher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zwlint.core.model.Arch;
import org.zwlint.core.model.ObjectType;
import org.zwlint.core.model.PreviousMode;
import org.zwlint.core.model.ServiceModel;
import org.zwlint.core.model.ServiceSpec;
import org.zwlint.core.model.ServiceTable;

/**
 * The simulated machine: one user process (app.exe) and the System process with the kernel handle table, one thread,
 * an address space, the service table built from the model, and a small object namespace.
 */
public final class Machine {
    /** The object a name resolves to by default: its DACL grants an ordinary user nothing. */
    public static final String PROTECTED_FILE = "\\??\\C:\\Windows\\System32\\config\\SAM";
    public static final String PUBLIC_FILE = "\\??\\C:\\Users\\app\\notes.txt";

    /**
     * Per kind of service, a protected object its name resolves to when the caller gives none: the kind of object a
     * user-supplied name could reach and the user could not open alone. Matched on the service name, first hit wins.
     */
    private static final List<KernelObject> PROTECTED_BY_KIND = List.of(
            new KernelObject("\\REGISTRY\\MACHINE\\SECURITY", ObjectType.KEY, true),
            new KernelObject("\\BaseNamedObjects\\Global\\ServiceShutdownEvent", ObjectType.EVENT, true),
            new KernelObject("\\KnownDlls\\ntdll.dll", ObjectType.SECTION, true),
            new KernelObject("\\Security", ObjectType.DIRECTORY, true),
            new KernelObject("\\GLOBAL??\\PhysicalDrive0", ObjectType.SYMBOLIC_LINK, true),
            new KernelObject("the token of a SYSTEM process", ObjectType.TOKEN, true),
            new KernelObject("the lsass.exe process", ObjectType.PROCESS, true),
            new KernelObject("\\TransactionManager\\System", ObjectType.TRANSACTION_MANAGER, true));
    private static final List<String> KIND_KEYWORDS = List.of("Key", "Event", "Section", "DirectoryObject",
            "SymbolicLink", "Token", "Process", "Transaction|Enlistment|ResourceManager");

    private final ServiceModel model;
    private final Arch arch;
    private final ServiceTable table;
    private final AddressSpace space;
    private final Prober prober;
    private final SimProcess userProcess;
    private final SimProcess systemProcess;
    private final HandleTable kernelHandles;
    private final SimThread thread;
    private final Map<String, KernelObject> namespace = new HashMap<>();

    private Machine(ServiceModel model, Arch arch, long mmUserProbeAddress, boolean userThread) {
        this.model = model;
        this.arch = arch;
        this.table = ServiceTable.build(model, arch);
        this.space = AddressSpace.standard(arch);
        this.prober = new Prober(mmUserProbeAddress, space);
        this.userProcess = new SimProcess("app.exe", true, new HandleTable("app.exe's handle table", false, arch));
        this.kernelHandles = new HandleTable("the kernel handle table", true, arch);
        this.systemProcess = new SimProcess("System", false, new HandleTable("System's handle table", false, arch));
        this.thread = userThread ? new SimThread(userProcess, PreviousMode.USER_MODE)
                : new SimThread(systemProcess, PreviousMode.KERNEL_MODE);
        namespace.put(PROTECTED_FILE, new KernelObject(PROTECTED_FILE, ObjectType.FILE, true));
        namespace.put(PUBLIC_FILE, new KernelObject(PUBLIC_FILE, ObjectType.FILE, false));
        for (KernelObject o : PROTECTED_BY_KIND) {
            namespace.put(o.name(), o);
        }
    }

    /**
     * A thread of app.exe running in user mode, about to make a system call. Its PreviousMode field still holds
     * UserMode from its last kernel entry.
     */
    public static Machine userModeCaller(ServiceModel model, Arch arch, long mmUserProbeAddress) {
        return new Machine(model, arch, mmUserProbeAddress, true);
    }

    /**
     * A thread of app.exe already in the kernel on behalf of its own system call, as when a driver handles an IRP in
     * the requester's context: one trap frame, PreviousMode UserMode.
     */
    public static Machine userThreadInKernel(ServiceModel model, Arch arch, long mmUserProbeAddress) {
        Machine m = new Machine(model, arch, mmUserProbeAddress, true);
        m.thread.enter("app.exe's system call (e.g. NtDeviceIoControlFile reaching the driver)",
                PreviousMode.USER_MODE);
        return m;
    }

    /** A system thread (PsCreateSystemThread, a work item): PreviousMode KernelMode. */
    public static Machine systemThread(ServiceModel model, Arch arch, long mmUserProbeAddress) {
        return new Machine(model, arch, mmUserProbeAddress, false);
    }

    /** A machine for a driver-side call whose thread has the given PreviousMode. */
    public static Machine forPreviousMode(ServiceModel model, Arch arch, PreviousMode mode) {
        long probe = model.mmUserProbeAddress(arch);
        return mode == PreviousMode.USER_MODE ? userThreadInKernel(model, arch, probe)
                : systemThread(model, arch, probe);
    }

    public ServiceModel model() {
        return model;
    }

    public Arch arch() {
        return arch;
    }

    public ServiceTable table() {
        return table;
    }

    public AddressSpace space() {
        return space;
    }

    public Prober prober() {
        return prober;
    }

    public SimThread thread() {
        return thread;
    }

    public SimProcess currentProcess() {
        return thread.process();
    }

    public HandleTable kernelHandles() {
        return kernelHandles;
    }

    public SimProcess userProcess() {
        return userProcess;
    }

    /** The protected object a name-based service opens by default (the SAM hive file for file services). */
    public static String defaultObjectName(ServiceSpec spec) {
        for (int i = 0; i < KIND_KEYWORDS.size(); i++) {
            for (String keyword : KIND_KEYWORDS.get(i).split("\\|")) {
                if (spec.ntName().contains(keyword)) {
                    return PROTECTED_BY_KIND.get(i).name();
                }
            }
        }
        return PROTECTED_FILE;
    }

    public Optional<KernelObject> lookupName(String name) {
        return Optional.ofNullable(namespace.get(name));
    }

    /** The handle value for an abstract handle; creates the object it refers to. 0 for NullArg handled by callers. */
    public long handle(HandleKind kind, ObjectType expected) {
        ObjectType type = expected == ObjectType.ANY ? ObjectType.FILE : expected;
        return switch (kind) {
            case USER -> userProcess.handles().insert(
                    new KernelObject("an object app.exe opened (" + type.label() + ")", type, false),
                    Set.of(HandleEntry.ALL_ACCESS));
            case KERNEL -> kernelHandles.insert(
                    new KernelObject("a " + type.label() + " object the driver opened with OBJ_KERNEL_HANDLE", type,
                            true),
                    Set.of(HandleEntry.ALL_ACCESS));
            case INVALID -> 0x7FF0L;
            case CURRENT_PROCESS -> -1L;
        };
    }

    /** The table a handle value is looked up in, given the PreviousMode of the lookup. */
    public HandleTable tableFor(long handle) {
        return HandleTable.isKernelHandle(handle, arch) ? kernelHandles : currentProcess().handles();
    }

    public String formatHandle(long handle) {
        return HandleTable.format(handle, arch);
    }
}
