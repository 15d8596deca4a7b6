package org.zwlint.core.dispatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.zwlint.core.model.Arch;
import org.zwlint.core.model.PreviousMode;
import org.zwlint.core.model.ServiceTable;
import org.zwlint.core.model.TypeLayout;

/**
 * The I/O manager between a user program's NtDeviceIoControlFile, NtReadFile or NtWriteFile and the
 * driver's dispatch routine: the system call enters the kernel with PreviousMode UserMode, and the
 * request's buffers are handled per method. METHOD_BUFFERED probes both user buffers, allocates a
 * SystemBuffer of the larger length in nonpaged pool, copies the input into it and, on completion,
 * copies IoStatus.Information bytes (at most the output length) back. The direct methods copy the input
 * the same way and lock the output buffer's pages with MmProbeAndLockPages(UserMode) behind an MDL:
 * the pages stay mapped in the process. METHOD_NEITHER passes Type3InputBuffer and Irp->UserBuffer as
 * the caller gave them, checked by nobody. Reads and writes probe the buffer (NtReadFile for write,
 * NtWriteFile for read) and then follow the device's DO_BUFFERED_IO or DO_DIRECT_IO flag, or pass it raw.
 */
public final class IoManager {
    /** How far into nonpaged pool the simulated SystemBuffer lies: away from the driver's own buffers. */
    private static final long SYSTEM_BUFFER_OFFSET = 0x10000;
    /** Where in app.exe's heap the caller keeps its IO_STATUS_BLOCK: below its buffers. */
    private static final long IO_STATUS_BLOCK_OFFSET = -0x100;

    private final Machine machine;

    /** @param machine a machine whose thread is app.exe's, in user mode, about to make the call */
    public IoManager(Machine machine) {
        this.machine = machine;
    }

    /**
     * What a driver handling this IOCTL code finds in its request on this machine's architecture, in words: the
     * system call's entry, what the I/O manager probes against the architecture's MmUserProbeAddress, where the input
     * and output are and what they are (a kernel copy, locked user pages, a raw user address), and what is copied
     * back. {@code placed} names where a request field lies on the target ("at offset 0xC of the IRP"), or "".
     */
    public String handling(long ioControlCode, UnaryOperator<String> placed) {
        long input = machine.space().addressOf(Location.USER);
        List<TraceStep> steps = new ArrayList<>();
        Irp irp = send(IoRequest.deviceControl(ioControlCode, Optional.empty(), input, 16, input + 0x1000, 16), steps);
        List<String> probed = steps.stream().filter(ProbeStep.class::isInstance).map(ProbeStep.class::cast)
                .filter(p -> !p.parameter().startsWith("IoStatusBlock"))
                .map(p -> p.routine() + "(" + p.parameter() + ")").toList();
        String in = irp.input().map(b -> b.field() + placed.apply(b.field()) + ", " + b.handling().says())
                .orElse("none");
        String out = irp.output().map(b -> b.field() + placed.apply(b.field()) + ", " + b.handling().says())
                .orElse("none");
        return "on " + machine.arch().label() + ", entered through " + entryRoutine() + "; "
                + (probed.isEmpty() ? "no buffer probed"
                        : String.join(" and ", probed) + String.format(Locale.ROOT,
                                ", each checked below MmUserProbeAddress 0x%X", machine.prober().mmUserProbeAddress()))
                + "; input in " + in + "; output in " + out + (irp.copyBackLimit() > 0
                ? "; on completion IoStatus.Information bytes, at most OutputBufferLength, are copied back"
                : "; nothing is copied back");
    }

    /** The request from the system call to the driver's dispatch routine, each step added to {@code steps}. */
    public Irp send(IoRequest request, List<TraceStep> steps) {
        steps.add(new NoteStep(machine.currentProcess().name() + " calls " + request.describe()));
        enter(request, steps);
        List<IrpBuffer> buffers = new ArrayList<>();
        Optional<NtStatus> rejected = ioStatusBlock(steps).or(() -> buffers(request, buffers, steps));
        if (rejected.isPresent()) {
            steps.add(new NoteStep("the I/O manager fails the call with " + rejected.get()
                    + " before building a request: the driver never sees it"));
            return new Irp(request, List.of(), 0, rejected);
        }
        long copyBack = buffers.stream().anyMatch(b -> b.field().equals(Irp.SYSTEM_BUFFER))
                && (request.service() == IoService.READ
                        || request.service() == IoService.DEVICE_IO_CONTROL
                                && request.method() == TransferMethod.BUFFERED) ? request.outputLength() : 0;
        steps.add(new NoteStep("the request reaches the driver as " + request.service().reaches()
                + (copyBack > 0 ? String.format(Locale.ROOT, "; on completion IoStatus.Information bytes, at most %d, "
                        + "are copied back from the SystemBuffer to 0x%X", copyBack, request.outputAddress())
                        : "; nothing is copied back on completion")));
        return new Irp(request, buffers, copyBack, Optional.empty());
    }

    /** The method's handling of the request's buffers; the status if the I/O manager fails the call there. */
    private Optional<NtStatus> buffers(IoRequest request, List<IrpBuffer> buffers, List<TraceStep> steps) {
        return switch (request.service()) {
            case DEVICE_IO_CONTROL -> deviceControl(request, buffers, steps);
            case READ -> readWrite(request, request.outputAddress(), request.outputLength(), true, buffers, steps);
            case WRITE -> readWrite(request, request.inputAddress(), request.inputLength(), false, buffers, steps);
            case FAST_IO_DEVICE_CONTROL -> fastIo(request, buffers, steps);
            case FAST_IO_READ -> fastReadWrite(request, request.outputAddress(), request.outputLength(), true, buffers,
                    steps);
            case FAST_IO_WRITE -> fastReadWrite(request, request.inputAddress(), request.inputLength(), false, buffers,
                    steps);
            case FILTER_SEND_MESSAGE -> {
                raw(Irp.MESSAGE_INPUT, request.inputAddress(), request.inputLength(), buffers, steps);
                raw(Irp.MESSAGE_OUTPUT, request.outputAddress(), request.outputLength(), buffers, steps);
                yield Optional.empty();
            }
        };
    }

    /** The system call: the trap frame that makes PreviousMode UserMode, and the service table lookup. */
    private void enter(IoRequest request, List<TraceStep> steps) {
        SimThread thread = machine.thread();
        PreviousMode before = thread.previousMode();
        boolean x86 = machine.arch() == Arch.X86;
        String entry = entryRoutine();
        thread.enter(entry, PreviousMode.USER_MODE);
        steps.add(new TrapFrameStep(entry + ", the caller's code segment is user mode", before, PreviousMode.USER_MODE,
                thread.trapFrameDepth()));
        ServiceTable table = machine.table();
        table.indexOf(request.service().service()).ifPresent(index -> {
            steps.add(Dispatcher.userArguments(machine, index, table.service(index)));
            steps.add(new DispatchStep(request.service().service(), index, hex(table.routineAddress(index)),
                    x86 ? String.format(Locale.ROOT, "KiServiceTable[0x%X]", index)
                            : "KiServiceTable + (" + table.compactedEntry(index).hex() + " >> 4)"));
        });
    }

    /** Where the architecture's system call enters the kernel. */
    private String entryRoutine() {
        return machine.arch() == Arch.X86 ? "KiSystemService (sysenter -> KiFastCallEntry)"
                : "KiSystemCall64 (syscall instruction)";
    }

    /**
     * The service probes the caller's IoStatusBlock for write first, with the target's IO_STATUS_BLOCK layout from
     * the model (8 bytes on x86, 16 on x64): the status and Information go there on completion.
     */
    private Optional<NtStatus> ioStatusBlock(List<TraceStep> steps) {
        TypeLayout layout = machine.model().types().layout("IO_STATUS_BLOCK", machine.arch())
                .orElseThrow(() -> new IllegalStateException("the model lacks IO_STATUS_BLOCK"));
        long address = machine.space().addressOf(Location.USER) + IO_STATUS_BLOCK_OFFSET;
        ProbeVerdict verdict = machine.prober().probeForWrite(address, layout.size(), layout.alignment());
        steps.add(new ProbeStep(String.format(Locale.ROOT, "IoStatusBlock (IO_STATUS_BLOCK, %d bytes on %s)",
                layout.size(), machine.arch().label()), "ProbeForWrite", address, layout.size(), layout.alignment(),
                machine.space().isKernelAddress(address), verdict));
        return verdict.failure();
    }

    private Optional<NtStatus> deviceControl(IoRequest request, List<IrpBuffer> buffers, List<TraceStep> steps) {
        TransferMethod method = request.method();
        if (method == TransferMethod.NEITHER) {
            raw(Irp.TYPE3_INPUT_BUFFER, request.inputAddress(), request.inputLength(), buffers, steps);
            raw(Irp.USER_BUFFER, request.outputAddress(), request.outputLength(), buffers, steps);
            return Optional.empty();
        }
        if (request.inputLength() > 0) {
            Optional<NtStatus> bad = probe("InputBuffer", request.inputAddress(), request.inputLength(), false, steps)
                    .or(() -> touch("InputBuffer", request.inputAddress(), request.inputLength(), steps));
            if (bad.isPresent()) {
                return bad;
            }
        }
        if (method == TransferMethod.BUFFERED) {
            if (request.outputLength() > 0) {
                Optional<NtStatus> bad = probe("OutputBuffer", request.outputAddress(), request.outputLength(), true,
                        steps);
                if (bad.isPresent()) {
                    return bad;
                }
            }
            long length = Math.max(request.inputLength(), request.outputLength());
            if (length > 0) {
                add(new IrpBuffer(Irp.SYSTEM_BUFFER, systemBuffer(), length, BufferHandling.KERNEL_COPY), buffers,
                        steps);
                steps.add(new NoteStep(String.format(Locale.ROOT, "I/O manager: %d input bytes copied from 0x%X into "
                        + "the SystemBuffer", request.inputLength(), request.inputAddress())));
            }
        } else {
            if (request.inputLength() > 0) {
                add(new IrpBuffer(Irp.SYSTEM_BUFFER, systemBuffer(), request.inputLength(), BufferHandling.KERNEL_COPY),
                        buffers, steps);
            }
            if (request.outputLength() > 0) {
                Optional<NtStatus> bad = lock(request.outputAddress(), request.outputLength(),
                        method == TransferMethod.OUT_DIRECT, buffers, steps);
                if (bad.isPresent()) {
                    return bad;
                }
            }
        }
        // Set for every method; only METHOD_NEITHER drivers are meant to read them.
        buffers.add(new IrpBuffer(Irp.TYPE3_INPUT_BUFFER, request.inputAddress(), request.inputLength(),
                BufferHandling.RAW_USER_ADDRESS));
        buffers.add(new IrpBuffer(Irp.USER_BUFFER, request.outputAddress(), request.outputLength(),
                BufferHandling.RAW_USER_ADDRESS));
        return Optional.empty();
    }

    /**
     * The fast I/O path of NtDeviceIoControlFile. The service first probes what the method says it will use
     * (METHOD_BUFFERED: the OutputBuffer for write; every method but METHOD_NEITHER: the InputBuffer for read); with a
     * FastIoDeviceControl routine to call, it also probes a direct method's OutputBuffer, which no MDL will lock
     * (METHOD_IN_DIRECT for read, METHOD_OUT_DIRECT for write). Then it calls the routine with the caller's
     * InputBuffer and OutputBuffer as they are: no IRP, no SystemBuffer allocated or copied, no MDL built, whatever
     * the method. METHOD_NEITHER buffers reach it unprobed; the others probed, but still the caller's memory.
     */
    private Optional<NtStatus> fastIo(IoRequest request, List<IrpBuffer> buffers, List<TraceStep> steps) {
        TransferMethod method = request.method();
        boolean outputProbed = method != TransferMethod.NEITHER && request.outputLength() > 0;
        boolean inputProbed = method != TransferMethod.NEITHER && request.inputLength() > 0;
        if (outputProbed) {
            Optional<NtStatus> bad = probe("OutputBuffer", request.outputAddress(), request.outputLength(),
                    method != TransferMethod.IN_DIRECT, steps);
            if (bad.isPresent()) {
                return bad;
            }
        }
        if (inputProbed) {
            Optional<NtStatus> bad = probe("InputBuffer", request.inputAddress(), request.inputLength(), false, steps);
            if (bad.isPresent()) {
                return bad;
            }
        }
        steps.add(new NoteStep("I/O manager: the device's driver has FastIoDispatch->FastIoDeviceControl, called "
                + "before any IRP is built: no SystemBuffer is allocated or copied and no MDL is built, for "
                + method.ioctlName() + " as for any method; the caller's buffers are passed as they are"));
        add(new IrpBuffer(Irp.FAST_IO_INPUT, request.inputAddress(), request.inputLength(),
                inputProbed ? BufferHandling.PROBED_USER_ADDRESS : BufferHandling.RAW_USER_ADDRESS), buffers, steps);
        add(new IrpBuffer(Irp.FAST_IO_OUTPUT, request.outputAddress(), request.outputLength(),
                outputProbed ? BufferHandling.PROBED_USER_ADDRESS : BufferHandling.RAW_USER_ADDRESS), buffers, steps);
        return Optional.empty();
    }

    /**
     * The fast I/O path of NtReadFile and NtWriteFile. The service probes the caller's Buffer first, as it does for
     * every read or write from user mode (NtReadFile for write, NtWriteFile for read); then, the file object being
     * opened for synchronous I/O (FO_SYNCHRONOUS_IO), the file cached (its PrivateCacheMap set) and the device's
     * driver having FastIoRead or FastIoWrite, it calls the routine before building any IRP, with that Buffer as it
     * is: no SystemBuffer and no MDL, whatever DO_BUFFERED_IO or DO_DIRECT_IO say. The routine gets the caller's own
     * memory, probed, but still the caller's to change or unmap.
     */
    private Optional<NtStatus> fastReadWrite(IoRequest request, long address, long length, boolean read,
            List<IrpBuffer> buffers, List<TraceStep> steps) {
        Optional<NtStatus> bad = probeCallersBuffer(address, length, read, steps);
        if (bad.isPresent()) {
            return bad;
        }
        String routine = read ? "FastIoRead" : "FastIoWrite";
        steps.add(new NoteStep("I/O manager: the file object was opened for synchronous I/O (FO_SYNCHRONOUS_IO), the "
                + "file is cached (FileObject->PrivateCacheMap set) and the device's driver has FastIoDispatch->"
                + routine + ": " + request.service().service() + " calls it "
                + "before building any IRP, with the caller's Buffer as it is: no SystemBuffer is allocated and no MDL "
                + "is built, whatever DO_BUFFERED_IO or DO_DIRECT_IO say (an IRP follows only if the routine returns "
                + "FALSE)"));
        add(new IrpBuffer(read ? Irp.FAST_IO_READ_BUFFER : Irp.FAST_IO_WRITE_BUFFER, address, length,
                length > 0 ? BufferHandling.PROBED_USER_ADDRESS : BufferHandling.RAW_USER_ADDRESS), buffers, steps);
        return Optional.empty();
    }

    /**
     * NtReadFile probes the caller's Buffer for writing, NtWriteFile for reading, whatever the device's flags and
     * before the fast I/O routine or any IRP; a zero length probes nothing.
     */
    private Optional<NtStatus> probeCallersBuffer(long address, long length, boolean read, List<TraceStep> steps) {
        return length > 0 ? probe("Buffer", address, length, read, steps) : Optional.empty();
    }

    private Optional<NtStatus> readWrite(IoRequest request, long address, long length, boolean read,
            List<IrpBuffer> buffers, List<TraceStep> steps) {
        Optional<NtStatus> probed = probeCallersBuffer(address, length, read, steps);
        if (probed.isPresent()) {
            return probed;
        }
        switch (request.method()) {
            case BUFFERED -> {
                if (!read) {
                    Optional<NtStatus> bad = touch("Buffer", address, length, steps);
                    if (bad.isPresent()) {
                        return bad;
                    }
                }
                add(new IrpBuffer(Irp.SYSTEM_BUFFER, systemBuffer(), length, BufferHandling.KERNEL_COPY), buffers,
                        steps);
                if (!read) {
                    steps.add(new NoteStep(String.format(Locale.ROOT, "I/O manager: %d bytes copied from 0x%X into the "
                            + "SystemBuffer", length, address)));
                }
            }
            case IN_DIRECT, OUT_DIRECT -> {
                Optional<NtStatus> bad = lock(address, length, read, buffers, steps);
                if (bad.isPresent()) {
                    return bad;
                }
            }
            case NEITHER -> {
                // the probe above was all: the pages can still be freed or changed before the driver runs
            }
        }
        buffers.add(new IrpBuffer(Irp.USER_BUFFER, address, length, BufferHandling.RAW_USER_ADDRESS));
        if (request.method() == TransferMethod.NEITHER) {
            steps.add(new IrpBufferStep(buffers.get(buffers.size() - 1)));
        }
        return Optional.empty();
    }

    private Optional<NtStatus> probe(String parameter, long address, long length, boolean write,
            List<TraceStep> steps) {
        Prober prober = machine.prober();
        ProbeVerdict verdict = write ? prober.probeForWrite(address, length, 1) : prober.probeForRead(address, length, 1);
        steps.add(new ProbeStep(parameter, write ? "ProbeForWrite" : "ProbeForRead", address, length, 1,
                machine.space().isKernelAddress(address), verdict));
        return verdict.failure();
    }

    /** The copy into the SystemBuffer reads every byte: an unmapped page raises inside the I/O manager's __try. */
    private Optional<NtStatus> touch(String parameter, long address, long length, List<TraceStep> steps) {
        if (machine.space().isMapped(address, length)) {
            return Optional.empty();
        }
        steps.add(new NoteStep(String.format(Locale.ROOT, "copying %s [0x%X, +%d) faults on an unmapped page; the I/O "
                + "manager's __except returns the exception code", parameter, address, length)));
        return Optional.of(NtStatus.ACCESS_VIOLATION);
    }

    private Optional<NtStatus> lock(long address, long length, boolean write, List<IrpBuffer> buffers,
            List<TraceStep> steps) {
        Prober prober = machine.prober();
        ProbeVerdict verdict = write ? prober.probeForWrite(address, length, 1) : prober.probeForRead(address, length, 1);
        steps.add(new ProbeStep("an MDL of the buffer, UserMode, " + (write ? "IoWriteAccess" : "IoReadAccess"),
                "MmProbeAndLockPages", address, length, 1, machine.space().isKernelAddress(address), verdict));
        Optional<NtStatus> bad = verdict.failure().or(() -> machine.space().isMapped(address, length)
                        ? Optional.empty() : Optional.of(NtStatus.ACCESS_VIOLATION));
        if (bad.isEmpty()) {
            add(new IrpBuffer(Irp.MDL_ADDRESS, address, length, BufferHandling.LOCKED_USER_PAGES), buffers, steps);
        }
        return bad;
    }

    private void raw(String field, long address, long length, List<IrpBuffer> buffers, List<TraceStep> steps) {
        add(new IrpBuffer(field, address, length, BufferHandling.RAW_USER_ADDRESS), buffers, steps);
    }

    private static void add(IrpBuffer buffer, List<IrpBuffer> buffers, List<TraceStep> steps) {
        buffers.add(buffer);
        steps.add(new IrpBufferStep(buffer));
    }

    private long systemBuffer() {
        Region pool = machine.space().regions().stream().filter(r -> r.kind() == RegionKind.KERNEL && r.writable())
                .findFirst().orElseThrow(() -> new IllegalStateException("layout lacks nonpaged pool"));
        return pool.start() + SYSTEM_BUFFER_OFFSET;
    }

    private String hex(long address) {
        return machine.arch() == Arch.X86 ? String.format(Locale.ROOT, "0x%08X", address & 0xFFFFFFFFL)
                : String.format(Locale.ROOT, "0x%016X", address);
    }
}
