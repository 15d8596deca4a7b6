package org.zwlint.core.dispatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.zwlint.core.model.Arch;
import org.zwlint.core.model.PreviousMode;
import org.zwlint.core.model.ServiceModel;

/**
 * Replays what a hostile user program's request does on a driver's path, through the system call and the I/O
 * manager's buffer handling ({@link IoManager}) to the driver's access, each on a fresh machine: a kernel address
 * where the driver expects the requestor's (read or written as it is), an address with nothing mapped behind it
 * (the access raises, and without an __except the system bug-checks), an access past what a probe checked, and a
 * value changed by a second thread between two reads.
 */
public final class DriverReplay {
    /** SYSTEM_SERVICE_EXCEPTION: an exception in a system call's kernel code that nothing handled. */
    private static final String BUG_CHECK = "bug check 0x3B SYSTEM_SERVICE_EXCEPTION";
    /** Where in nonpaged pool's neighbourhood the system mapping of locked pages lies, away from other addresses. */
    private static final long LOCKED_VIEW_OFFSET = 0x20000;

    private final ServiceModel model;
    private final Arch arch;

    public DriverReplay(ServiceModel model, Arch arch) {
        this.model = model;
        this.arch = arch;
    }

    /** An address in the requestor's heap: what passes a probe. */
    public long userAddress() {
        return AddressSpace.standard(arch).addressOf(Location.USER);
    }

    /** An address in nonpaged pool: what the hostile requestor puts where a user address belongs. */
    public long kernelAddress() {
        return AddressSpace.standard(arch).addressOf(Location.KERNEL);
    }

    /** The request's shape with the requestor's ordinary buffers: input and output in app.exe's heap. */
    public IoRequest request(IoService service, long ioControlCode, Optional<String> codeName, TransferMethod method,
            long inputLength, long outputLength) {
        AddressSpace space = AddressSpace.standard(arch);
        long input = space.addressOf(Location.USER);
        long output = input + 0x1000;
        return new IoRequest(service, ioControlCode, codeName, method, service.reads() ? 0 : input,
                service.reads() ? 0 : inputLength, service.writes() ? 0 : output, service.writes() ? 0 : outputLength);
    }

    /** The requestor puts a kernel address where the driver takes a user address, and the driver uses it. */
    public DriverReplayOutcome kernelAddress(IoRequest request, DriverAccess access) {
        Machine machine = machine();
        long kernel = machine.space().addressOf(Location.KERNEL);
        List<TraceStep> steps = new ArrayList<>();
        Optional<Reached> reached = reach(machine, request, access, kernel, steps);
        if (reached.isEmpty()) {
            return notReached(steps, "the I/O manager rejected the kernel address before the driver saw it");
        }
        if (access.lock().isPresent() && !access.embedded()) {
            Optional<NtStatus> refused = lock(machine, access.lock().get(), reached.get().address(), steps);
            if (refused.isPresent()) {
                return finish(steps, refused.get(), false, access.lock().get().routine() + " refused the kernel address:"
                        + " its probe raised " + refused.get().name() + ", returned to the driver as a status");
            }
        }
        long address = reached.get().address() + access.offset();
        long size = chosen(access, steps);
        boolean mapped = machine.space().isMapped(address, size);
        String lies = machine.space().describe(address);
        steps.add(new DriverAccessStep(access.pointer(), address, size, access.write(), lies,
                mapped ? Optional.empty() : Optional.of(NtStatus.ACCESS_VIOLATION), access.guarded()));
        boolean kernelMemory = machine.space().isKernelAddress(address);
        if (!kernelMemory) {
            return finish(steps, NtStatus.SUCCESS, false, "the address the driver used is not kernel memory");
        }
        String summary = String.format(Locale.ROOT, "the driver %s %d byte(s) of kernel memory at 0x%X (%s) for "
                + "a user-mode caller", access.write() ? "wrote" : "read", size, address, lies);
        return finish(steps, mapped ? NtStatus.SUCCESS : NtStatus.ACCESS_VIOLATION, true, summary);
    }

    /**
     * The driver calls through the pointer: the requestor makes it the address of code in its own image, and the
     * kernel jumps there. With SMEP the processor refuses to run user pages in kernel mode and the system stops;
     * without it the requestor's code runs with kernel privileges. Either way the call is the harm.
     */
    public DriverReplayOutcome callAddress(IoRequest request, DriverAccess access) {
        Machine machine = machine();
        long code = machine.space().addressOf(Location.USER_READ_ONLY);
        List<TraceStep> steps = new ArrayList<>();
        Optional<Reached> reached = reach(machine, request, access, code, steps);
        if (reached.isEmpty()) {
            return notReached(steps, "the I/O manager rejected the address before the driver saw it");
        }
        long target = reached.get().address() + access.offset();
        String lies = machine.space().describe(target);
        steps.add(new NoteStep(String.format(Locale.ROOT, "driver: calls `%s` = 0x%X (%s) in kernel mode",
                access.pointer(), target, lies)));
        if (machine.space().isKernelAddress(target)) {
            return finish(steps, NtStatus.SUCCESS, false, "the call target is kernel code");
        }
        steps.add(new NoteStep("with SMEP the processor faults on executing a user page in kernel mode: bug check "
                + "0xFC ATTEMPTED_EXECUTE_OF_NOEXECUTE_MEMORY; without SMEP the requestor's code runs in kernel mode"));
        return finish(steps, NtStatus.SUCCESS, true, String.format(Locale.ROOT, "the kernel jumped to 0x%X (%s), code "
                + "the requestor chose", target, lies));
    }

    /**
     * The requestor passes an address with nothing mapped behind it, or, where the I/O manager checks the buffer,
     * frees the page from a second thread after the check: the driver's access raises.
     */
    public DriverReplayOutcome unmappedAddress(IoRequest request, DriverAccess access) {
        if (access.lock().isPresent() && !access.embedded()) {
            return unmappedAfterLock(request, access, access.lock().get());
        }
        Machine machine = machine();
        long unmapped = machine.space().addressOf(Location.USER_UNMAPPED);
        List<TraceStep> steps = new ArrayList<>();
        List<TraceStep> attempt = new ArrayList<>();
        Optional<Reached> reached = reach(machine, request, access, unmapped, attempt);
        if (reached.isPresent()) {
            steps.addAll(attempt);
        } else {
            // The I/O manager checks this buffer: pass a good one, then free it before the driver's access.
            Machine fresh = machine();
            long own = access.buffer().inputSide(request.service()) ? request.inputAddress()
                    : request.outputAddress();
            reached = reach(fresh, request, access, access.embedded() ? fresh.space().addressOf(Location.USER) : own,
                    steps);
            if (reached.isEmpty()) {
                return notReached(steps, "the I/O manager rejected the request");
            }
            steps.add(new NoteStep(String.format(Locale.ROOT, "app.exe's second thread frees the page at 0x%X "
                    + "(VirtualFree) before the driver touches it", reached.get().address() & ~0xFFFL)));
        }
        long address = reached.get().address() + access.offset();
        steps.add(new DriverAccessStep(access.pointer(), address, chosen(access, steps), access.write(),
                "nothing mapped there", Optional.of(NtStatus.ACCESS_VIOLATION), access.guarded()));
        return raised(steps, access.guarded(), String.format(Locale.ROOT, "%s at 0x%X", access.write() ? "writing"
                : "reading", address));
    }

    /**
     * The driver locked the requestor's buffer (WdfRequestProbeAndLockUserBufferFor*, FltLockUserBuffer) and then
     * used the raw address rather than the locked pages' system address. Two requests: a kernel address, which the
     * lock's probe refuses (MmProbeAndLockPages with the request's UserMode raises, the routine returns the status);
     * then a good buffer, locked, whose page a second thread of app.exe frees: the locked pages and their system
     * address stay valid, the raw user address maps nothing, and the driver's access through it raises.
     */
    private DriverReplayOutcome unmappedAfterLock(IoRequest request, DriverAccess access, UserBufferLock lock) {
        List<TraceStep> steps = new ArrayList<>();
        Machine hostile = machine();
        steps.add(new NoteStep("request 1 of 2: app.exe passes a kernel address as its buffer"));
        Optional<Reached> refused = reach(hostile, request, access, hostile.space().addressOf(Location.KERNEL), steps);
        if (refused.isPresent()) {
            lock(hostile, lock, refused.get().address(), steps).ifPresent(status -> steps.add(new NoteStep(
                    "the driver sees the failed status and fails the request: the lock stopped the kernel address")));
        }
        steps.add(new NoteStep("request 2 of 2: app.exe passes a good buffer, and unmaps it once it is locked"));
        Machine machine = machine();
        long own = access.buffer().inputSide(request.service()) ? request.inputAddress() : request.outputAddress();
        Optional<Reached> reached = reach(machine, request, access, own, steps);
        if (reached.isEmpty()) {
            return notReached(steps, "the I/O manager rejected the request");
        }
        long buffer = reached.get().address();
        Optional<NtStatus> locked = lock(machine, lock, buffer, steps);
        if (locked.isPresent()) {
            return finish(steps, locked.get(), false, lock.routine() + " refused the buffer");
        }
        long view = machine.space().addressOf(Location.KERNEL) + LOCKED_VIEW_OFFSET;
        steps.add(new NoteStep(String.format(Locale.ROOT, "%s gives 0x%X, a system-space mapping of the locked pages: "
                + "valid until the request completes, whatever app.exe does with its address", lock.lockedAccess(),
                view)));
        steps.add(new NoteStep(String.format(Locale.ROOT, "app.exe's second thread frees the page at 0x%X "
                + "(VirtualFree): the locked physical pages stay, but the user address no longer maps them",
                buffer & ~0xFFFL)));
        long address = buffer + access.offset();
        steps.add(new DriverAccessStep(access.pointer(), address, chosen(access, steps), access.write(),
                "the raw user address, nothing mapped there any more", Optional.of(NtStatus.ACCESS_VIOLATION),
                access.guarded()));
        steps.add(new NoteStep(String.format(Locale.ROOT, "the same access through the locked pages' address, 0x%X, "
                + "would have succeeded", view + access.offset())));
        return raised(steps, access.guarded(), String.format(Locale.ROOT, "after %s locked the buffer, %s the raw "
                + "address 0x%X", lock.routine(), access.write() ? "writing" : "reading", address));
    }

    /**
     * The lock routine's probe of the buffer: an MDL over it and MmProbeAndLockPages with the request's RequestorMode
     * (UserMode here) inside the routine's own __try. The status the routine returns, if the probe raised.
     */
    private static Optional<NtStatus> lock(Machine machine, UserBufferLock lock, long address, List<TraceStep> steps) {
        long length = lock.length();
        ProbeVerdict verdict = lock.write() ? machine.prober().probeForWrite(address, length, 1)
                : machine.prober().probeForRead(address, length, 1);
        if (verdict.ok() && !machine.space().isMapped(address, length)) {
            verdict = ProbeVerdict.failed(NtStatus.ACCESS_VIOLATION, "a page of the range is not mapped");
        }
        steps.add(new ProbeStep(String.format(Locale.ROOT, "an MDL over the buffer, built by %s, the request's "
                + "RequestorMode UserMode, %s", lock.routine(), lock.write() ? "IoWriteAccess" : "IoReadAccess"),
                "MmProbeAndLockPages", address, length, 1, machine.space().isKernelAddress(address), verdict));
        if (verdict.failure().isPresent()) {
            steps.add(new NoteStep(lock.routine() + "'s __except catches the exception and returns "
                    + verdict.failure().get().name() + " to the driver: no MDL is kept, nothing is locked"));
        } else {
            steps.add(new NoteStep(String.format(Locale.ROOT, "%s: the MDL describes [0x%X, 0x%X] and its pages are "
                    + "locked", lock.routine(), address, address + length - 1)));
        }
        return verdict.failure();
    }

    /**
     * ProbeForRead or ProbeForWrite of a requestor's address outside __try: a kernel address makes the probe
     * raise (ProbeForRead does not touch the pages, so an unmapped user page would pass it).
     */
    public DriverReplayOutcome unguardedProbe(IoRequest request, DriverAccess access, String routine, long length) {
        Machine machine = machine();
        List<TraceStep> steps = new ArrayList<>();
        boolean locks = routine.equals("MmProbeAndLockPages");
        long hostile = machine.space().addressOf(locks ? Location.USER_UNMAPPED : Location.KERNEL);
        Optional<Reached> reached = reach(machine, request, access, hostile, steps);
        if (reached.isEmpty()) {
            return notReached(steps, "the I/O manager rejected the address before the driver's probe");
        }
        long address = reached.get().address() + access.offset();
        long probed = Math.max(length, 1);
        ProbeVerdict verdict;
        if (locks) {
            verdict = machine.space().isMapped(address, probed) ? ProbeVerdict.passed("pages present")
                    : ProbeVerdict.failed(NtStatus.ACCESS_VIOLATION, "a page of the range is not mapped");
        } else {
            verdict = access.write() ? machine.prober().probeForWrite(address, probed, 1)
                    : machine.prober().probeForRead(address, probed, 1);
        }
        steps.add(new ProbeStep(access.pointer(), routine, address, probed, 1, machine.space().isKernelAddress(address),
                verdict));
        if (verdict.ok()) {
            return finish(steps, NtStatus.SUCCESS, false, "the probe passed: nothing was raised");
        }
        return raised(steps, access.guarded(), routine + String.format(Locale.ROOT, " of 0x%X", address));
    }

    /**
     * An access past the probed range: the requestor places its buffer so that the probed bytes end just below
     * MmUserProbeAddress. The probe passes, and the access runs past it into addresses no probe of the full range
     * would have let through. A size the requestor chose ({@code access.size()} negative) is picked to end one page
     * past MmUserProbeAddress.
     */
    public DriverReplayOutcome beyondProbe(IoRequest request, DriverAccess access, String routine, long probed) {
        Machine machine = machine();
        long limit = machine.prober().mmUserProbeAddress();
        long base = limit - Math.max(probed, 1);
        List<TraceStep> steps = new ArrayList<>();
        long chosen = limit + 0x1000 - (base + access.offset());
        Optional<Reached> reached = reach(machine, request, access, base, access.sizeChosen() ? chosen : 0, steps);
        if (reached.isEmpty()) {
            return notReached(steps, "the I/O manager rejected the address before the driver's probe");
        }
        long start = reached.get().address();
        ProbeVerdict probe = access.write() ? machine.prober().probeForWrite(start, probed, 1)
                : machine.prober().probeForRead(start, probed, 1);
        steps.add(new ProbeStep("Address", routine, start, probed, 1, machine.space().isKernelAddress(start),
                probe));
        if (!probe.ok()) {
            return finish(steps, probe.failure().orElse(NtStatus.ACCESS_VIOLATION), false,
                    "the probe rejected the address");
        }
        long size = !access.sizeChosen() ? access.size() : limit + 0x1000 - (start + access.offset());
        // (start is base unless the pointer was read out of the buffer, where the requestor stored base itself)
        if (access.sizeChosen()) {
            steps.add(new NoteStep(String.format(Locale.ROOT, "the requestor chose the size: %d (0x%X) bytes",
                    size, size)));
        }
        long first = start + access.offset();
        long end = first + size; // exclusive
        long unchecked = start + probed;
        if (Long.compareUnsigned(end, unchecked) <= 0) {
            return finish(steps, NtStatus.SUCCESS, false, "the access stays inside the probed range");
        }
        boolean mapped = machine.space().isMapped(first, size);
        steps.add(new DriverAccessStep(access.pointer(), first, size, access.write(),
                String.format(Locale.ROOT, "bytes from 0x%X on were never probed", unchecked),
                mapped ? Optional.empty() : Optional.of(NtStatus.ACCESS_VIOLATION), access.guarded()));
        ProbeVerdict full = access.write() ? machine.prober().probeForWrite(first, size, 1)
                : machine.prober().probeForRead(first, size, 1);
        steps.add(new NoteStep(String.format(Locale.ROOT, "a probe of the whole access, %s(0x%X, %d), would have "
                + "%s", routine.startsWith("Probe") ? routine : "ProbeForRead", first, size,
                full.ok() ? "passed" : "raised " + full.failure().orElse(NtStatus.ACCESS_VIOLATION).name() + " - "
                        + full.reason())));
        String summary = String.format(Locale.ROOT, "%s checked [0x%X, 0x%X] (%d bytes) but the driver %s [0x%X, 0x%X]"
                + " (%d bytes): %d byte(s) unchecked, up to 0x%X;", routine, start, start + probed - 1, probed,
                access.write() ? "writes" : "reads", first, end - 1, size, end - unchecked, end - 1);
        if (!mapped) {
            DriverReplayOutcome raised = raised(steps, access.guarded(), summary);
            return new DriverReplayOutcome(raised.run(), raised.shown() || !full.ok(), raised.summary());
        }
        return finish(steps, NtStatus.SUCCESS, !full.ok(), summary);
    }

    /**
     * A value the driver reads twice from memory the requestor can change: the first read passes the check with
     * {@code checked}, a second thread of app.exe writes {@code used}, and the second read uses that.
     */
    public DriverReplayOutcome changedBetweenReads(IoRequest request, DriverAccess access, long checked, long used,
            String check, String use) {
        Machine machine = machine();
        List<TraceStep> steps = new ArrayList<>();
        // the requestor's own buffer, where it can write while the driver runs
        long own = access.embedded() ? machine.space().addressOf(Location.USER)
                : access.buffer().inputSide(request.service()) ? request.inputAddress() : request.outputAddress();
        Optional<Reached> reached = reach(machine, request, access, own, steps);
        if (reached.isEmpty()) {
            return notReached(steps, "the I/O manager rejected the request");
        }
        Optional<IrpBuffer> buffer = carrier(reached.get().irp(), access);
        if (!access.embedded() && buffer.isPresent() && !buffer.get().handling().sharedWithRequestor()) {
            return finish(steps, NtStatus.SUCCESS, false, "the value lies in a kernel copy the requestor cannot change");
        }
        long address = reached.get().address() + access.offset();
        long written = address; // where app.exe writes: its own mapping of the bytes the driver reads
        if (access.lock().isPresent() && !access.embedded()) {
            // The driver reads the locked pages through their system address; app.exe writes them through its own.
            UserBufferLock lock = access.lock().get();
            Optional<NtStatus> refused = lock(machine, lock, reached.get().address(), steps);
            if (refused.isPresent()) {
                return finish(steps, refused.get(), false, lock.routine() + " refused the buffer");
            }
            long view = machine.space().addressOf(Location.KERNEL) + LOCKED_VIEW_OFFSET;
            steps.add(new NoteStep(String.format(Locale.ROOT, "%s gives 0x%X, a system-space mapping of the locked "
                    + "pages: the same physical pages app.exe still maps, writable, at 0x%X", lock.lockedAccess(), view,
                    reached.get().address())));
            address = view + access.offset();
        }
        steps.add(new NoteStep(String.format(Locale.ROOT, "driver: first read of `%s` at 0x%X returns %s (0x%X), "
                + "which %s lets through", access.pointer(), address, Long.toUnsignedString(checked), checked, check)));
        steps.add(new NoteStep(String.format(Locale.ROOT, "app.exe's second thread writes %s (0x%X) at 0x%X, "
                + "memory it still owns", Long.toUnsignedString(used), used, written)));
        steps.add(new NoteStep(String.format(Locale.ROOT, "driver: second read of `%s` at 0x%X returns %s (0x%X), %s",
                access.pointer(), address, Long.toUnsignedString(used), used, use)));
        String summary = String.format(Locale.ROOT, "the check passed with %s (0x%X) and the driver used %s (0x%X)",
                Long.toUnsignedString(checked), checked, Long.toUnsignedString(used), used);
        return finish(steps, NtStatus.SUCCESS, true, summary);
    }

    /** The access's size; where the requestor chooses it, the hostile choice, said in the trace. */
    private static long chosen(DriverAccess access, List<TraceStep> steps) {
        if (access.sizeChosen()) {
            steps.add(new NoteStep(String.format(Locale.ROOT, "the requestor chose the size: %d (0x%X) bytes",
                    access.bytes(), access.bytes())));
        }
        return Math.max(access.bytes(), 1);
    }

    private Machine machine() {
        return Machine.userModeCaller(model, arch, model.mmUserProbeAddress(arch));
    }

    /**
     * Sends the request with {@code hostile} placed where the access takes its address from: in the buffer's field
     * (the requestor stores it in its data) for an embedded pointer, as the buffer's own address otherwise. The
     * address the driver's pointer holds, or empty if the I/O manager failed the call.
     */
    private Optional<Reached> reach(Machine machine, IoRequest request, DriverAccess access, long hostile,
            List<TraceStep> steps) {
        return reach(machine, request, access, hostile, access.sizeChosen() ? access.offset() + access.bytes() : 0,
                steps);
    }

    /** The same, with the buffer's length set to {@code chosenLength} where the requestor chose the access's size. */
    private Optional<Reached> reach(Machine machine, IoRequest request, DriverAccess access, long hostile,
            long chosenLength, List<TraceStep> steps) {
        IoRequest sent = request;
        if (chosenLength > 0 && !access.embedded()) {
            sent = access.buffer().inputSide(request.service())
                    ? new IoRequest(request.service(), request.ioControlCode(), request.codeName(), request.method(),
                            request.inputAddress(), chosenLength, request.outputAddress(), request.outputLength())
                    : new IoRequest(request.service(), request.ioControlCode(), request.codeName(), request.method(),
                            request.inputAddress(), request.inputLength(), request.outputAddress(), chosenLength);
        }
        if (access.embedded()) {
            long at = access.buffer().inputSide(sent.service()) ? sent.inputAddress() : sent.outputAddress();
            // The requestor writes a pointer of the target's size: 4 bytes on x86, 8 on x64.
            String where = access.storedAt().isPresent()
                    ? String.format(Locale.ROOT, "at 0x%X (offset %d of its buffer at 0x%X)",
                            at + access.storedAt().getAsLong(), access.storedAt().getAsLong(), at)
                    : String.format(Locale.ROOT, "in its buffer at 0x%X", at);
            steps.add(new NoteStep(String.format(Locale.ROOT, "app.exe stores the %d-byte pointer 0x%X (%s) %s, where "
                    + "the driver reads `%s`", machine.arch().pointerSize(), hostile, machine.space().describe(hostile),
                    where, access.pointer())));
        } else {
            sent = access.buffer().inputSide(sent.service())
                    ? new IoRequest(sent.service(), sent.ioControlCode(), sent.codeName(), sent.method(), hostile,
                            sent.inputLength(), sent.outputAddress(), sent.outputLength())
                    : new IoRequest(sent.service(), sent.ioControlCode(), sent.codeName(), sent.method(),
                            sent.inputAddress(), sent.inputLength(), hostile, sent.outputLength());
        }
        Irp irp = new IoManager(machine).send(sent, steps);
        if (irp.rejected().isPresent()) {
            return Optional.empty();
        }
        if (access.embedded()) {
            Optional<IrpBuffer> from = carrier(irp, access);
            steps.add(new NoteStep(String.format(Locale.ROOT, "driver: reads `%s` out of %s: 0x%X, the value app.exe "
                    + "stored", access.pointer(), from.map(b -> b.field() + " (" + b.handling().says() + ")")
                            .orElse("the request's data"), hostile)));
            return Optional.of(new Reached(irp, hostile));
        }
        Optional<IrpBuffer> buffer = carrier(irp, access);
        return Optional.of(new Reached(irp, buffer.map(IrpBuffer::address).orElse(hostile)));
    }

    /** The request as the driver got it, and the address its pointer holds. */
    private record Reached(Irp irp, long address) {
    }

    private static Optional<IrpBuffer> carrier(Irp irp, DriverAccess access) {
        return access.buffer().in(irp);
    }

    private DriverReplayOutcome raised(List<TraceStep> steps, boolean guarded, String what) {
        if (guarded) {
            steps.add(new NoteStep("the driver's __except returns STATUS_ACCESS_VIOLATION to the caller"));
            return finish(steps, NtStatus.ACCESS_VIOLATION, false, what + " raised STATUS_ACCESS_VIOLATION, handled");
        }
        steps.add(new NoteStep("no __except on the path: the exception reaches the system call's handler, which calls "
                + "KeBugCheckEx: " + BUG_CHECK + " (0xC0000005): the system crashes"));
        return finish(steps, NtStatus.ACCESS_VIOLATION, true, what + " raised STATUS_ACCESS_VIOLATION and nothing "
                + "handled it: " + BUG_CHECK);
    }

    private DriverReplayOutcome notReached(List<TraceStep> steps, String why) {
        NtStatus status = steps.stream().filter(ProbeStep.class::isInstance).map(ProbeStep.class::cast)
                .flatMap(p -> p.verdict().failure().stream()).findFirst().orElse(NtStatus.ACCESS_VIOLATION);
        return finish(steps, status, false, why);
    }

    private DriverReplayOutcome finish(List<TraceStep> steps, NtStatus status, boolean shown, String summary) {
        steps.add(new ResultStep(status));
        return new DriverReplayOutcome(new SimulationRun(PreviousMode.USER_MODE, CallPath.SYSCALL, status,
                new Trace(steps)), shown, summary);
    }
}
