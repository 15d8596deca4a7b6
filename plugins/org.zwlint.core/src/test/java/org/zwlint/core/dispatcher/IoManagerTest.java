package org.zwlint.core.dispatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.zwlint.core.model.Arch;
import org.zwlint.core.model.ServiceModel;

/** The I/O manager's buffer handling per method: which fields are kernel copies, locked pages or raw addresses. */
class IoManagerTest {
    private static final ServiceModel MODEL = ServiceModel.bundled();
    private static final AddressSpace SPACE = AddressSpace.standard(Arch.X64);
    private static final long INPUT = SPACE.addressOf(Location.USER);
    private static final long OUTPUT = INPUT + 0x1000;
    private static final long KERNEL = SPACE.addressOf(Location.KERNEL);

    private static Irp send(IoRequest request, List<TraceStep> steps) {
        Machine machine = Machine.userModeCaller(MODEL, Arch.X64, MODEL.mmUserProbeAddress(Arch.X64));
        return new IoManager(machine).send(request, steps);
    }

    private static Irp send(IoRequest request) {
        return send(request, new ArrayList<>());
    }

    /** The probes of the request's buffers, not of the IoStatusBlock every call has probed first. */
    private static List<ProbeStep> bufferProbes(List<TraceStep> steps) {
        List<ProbeStep> all = new Trace(steps).stepsOf(ProbeStep.class);
        assertTrue(all.get(0).parameter().startsWith("IoStatusBlock"), "the service probes IoStatusBlock first");
        return all.subList(1, all.size());
    }

    /** CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, method, FILE_ANY_ACCESS). */
    private static long code(int method) {
        return (0x22L << 16) | (0x800L << 2) | method;
    }

    @Test
    void methodComesFromTheCodesLowBits() {
        assertEquals(TransferMethod.BUFFERED, TransferMethod.ofCode(code(0)));
        assertEquals(TransferMethod.IN_DIRECT, TransferMethod.ofCode(code(1)));
        assertEquals(TransferMethod.OUT_DIRECT, TransferMethod.ofCode(code(2)));
        assertEquals(TransferMethod.NEITHER, TransferMethod.ofCode(0x222003));
    }

    @Test
    void bufferedCopiesTheInputIntoPoolAndCopiesTheOutputBack() {
        List<TraceStep> steps = new ArrayList<>();
        Irp irp = send(IoRequest.deviceControl(code(0), Optional.of("IOCTL_X"), INPUT, 24, OUTPUT, 64), steps);
        assertTrue(irp.rejected().isEmpty());
        IrpBuffer system = irp.buffer(Irp.SYSTEM_BUFFER).orElseThrow();
        assertEquals(BufferHandling.KERNEL_COPY, system.handling());
        assertEquals(64, system.length(), "the larger of the two lengths");
        assertTrue(SPACE.isKernelAddress(system.address()));
        assertEquals(system, irp.input().orElseThrow());
        assertEquals(system, irp.output().orElseThrow());
        assertEquals(64, irp.copyBackLimit());
        assertEquals(10, irp.copyBack(10));
        assertEquals(64, irp.copyBack(1000), "never more than OutputBufferLength");
        // the raw fields are set for every method, but they are the requestor's addresses
        assertEquals(new IrpBuffer(Irp.TYPE3_INPUT_BUFFER, INPUT, 24, BufferHandling.RAW_USER_ADDRESS),
                irp.buffer(Irp.TYPE3_INPUT_BUFFER).orElseThrow());
        assertEquals(OUTPUT, irp.buffer(Irp.USER_BUFFER).orElseThrow().address());
        List<ProbeStep> probes = bufferProbes(steps);
        assertEquals(List.of("ProbeForRead", "ProbeForWrite"), probes.stream().map(ProbeStep::routine).toList());
    }

    @Test
    void bufferedRejectsAKernelAddressBeforeTheDriverSeesIt() {
        Irp irp = send(IoRequest.deviceControl(code(0), Optional.empty(), KERNEL, 16, OUTPUT, 16));
        assertEquals(Optional.of(NtStatus.ACCESS_VIOLATION), irp.rejected());
        assertTrue(irp.buffers().isEmpty());
        Irp unmapped = send(IoRequest.deviceControl(code(0), Optional.empty(),
                SPACE.addressOf(Location.USER_UNMAPPED), 16, OUTPUT, 16));
        assertEquals(Optional.of(NtStatus.ACCESS_VIOLATION), unmapped.rejected(), "the copy faults in its __try");
    }

    @Test
    void directMethodsCopyTheInputAndLockTheOutputPages() {
        for (int method : new int[] { 1, 2 }) {
            Irp irp = send(IoRequest.deviceControl(code(method), Optional.empty(), INPUT, 8, OUTPUT, 0x2000));
            IrpBuffer system = irp.buffer(Irp.SYSTEM_BUFFER).orElseThrow();
            assertEquals(BufferHandling.KERNEL_COPY, system.handling());
            assertEquals(8, system.length());
            IrpBuffer mdl = irp.output().orElseThrow();
            assertEquals(Irp.MDL_ADDRESS, mdl.field());
            assertEquals(BufferHandling.LOCKED_USER_PAGES, mdl.handling());
            assertTrue(mdl.handling().sharedWithRequestor());
            assertEquals(OUTPUT, mdl.address());
            assertEquals(0x2000, mdl.length());
            assertEquals(0, irp.copyBack(0x2000), "the driver wrote the pages themselves");
        }
        long readOnly = SPACE.addressOf(Location.USER_READ_ONLY);
        assertTrue(send(IoRequest.deviceControl(code(1), Optional.empty(), INPUT, 8, readOnly, 16)).rejected()
                .isEmpty(), "IN_DIRECT locks for IoReadAccess");
        assertEquals(Optional.of(NtStatus.ACCESS_VIOLATION),
                send(IoRequest.deviceControl(code(2), Optional.empty(), INPUT, 8, readOnly, 16)).rejected(),
                "OUT_DIRECT locks for IoWriteAccess");
    }

    @Test
    void neitherPassesRawAddressesUnchecked() {
        List<TraceStep> steps = new ArrayList<>();
        Irp irp = send(IoRequest.deviceControl(0x222003, Optional.empty(), KERNEL, 16, OUTPUT, 16), steps);
        assertTrue(irp.rejected().isEmpty(), "nothing checks a METHOD_NEITHER buffer");
        assertEquals(new IrpBuffer(Irp.TYPE3_INPUT_BUFFER, KERNEL, 16, BufferHandling.RAW_USER_ADDRESS),
                irp.input().orElseThrow());
        assertEquals(new IrpBuffer(Irp.USER_BUFFER, OUTPUT, 16, BufferHandling.RAW_USER_ADDRESS),
                irp.output().orElseThrow());
        assertTrue(irp.buffer(Irp.SYSTEM_BUFFER).isEmpty());
        assertTrue(irp.buffer(Irp.MDL_ADDRESS).isEmpty());
        assertEquals(0, irp.copyBackLimit());
        assertTrue(bufferProbes(steps).isEmpty());
        assertTrue(new Trace(steps).first(TrapFrameStep.class).isPresent(), "the call enters through a trap frame");
        assertEquals("NtDeviceIoControlFile", new Trace(steps).first(DispatchStep.class).orElseThrow().service());
    }

    @Test
    void onX86TheArgumentTableCountsEveryArgumentAndTheIoStatusBlockIsEightBytes() {
        Machine machine = Machine.userModeCaller(MODEL, Arch.X86, MODEL.mmUserProbeAddress(Arch.X86));
        AddressSpace space = machine.space();
        long kernel = space.addressOf(Location.KERNEL);
        assertTrue(kernel >= 0x80000000L && kernel <= 0xFFFFFFFFL, "an x86 kernel address");
        List<TraceStep> steps = new ArrayList<>();
        Irp irp = new IoManager(machine).send(IoRequest.deviceControl(0x222003, Optional.empty(), kernel, 16,
                space.addressOf(Location.USER), 16), steps);
        assertEquals(kernel, irp.input().orElseThrow().address(), "METHOD_NEITHER passes the x86 kernel address on");
        ArgumentCopyStep copy = new Trace(steps).first(ArgumentCopyStep.class).orElseThrow();
        assertEquals(0, copy.registerArguments(), "sysenter passes no argument in registers");
        assertEquals(10, copy.stackArguments());
        assertEquals(40, copy.bytes(), "10 arguments of 4 bytes, from KiArgumentTable");
        assertTrue(copy.how().startsWith("KiArgumentTable[0x"), copy.how());
        ProbeStep status = new Trace(steps).first(ProbeStep.class).orElseThrow();
        assertEquals(8, status.length(), "IO_STATUS_BLOCK is 8 bytes on x86");
        assertEquals(4, status.alignment());
        assertTrue(new Trace(steps).first(TrapFrameStep.class).orElseThrow().text().contains("KiFastCallEntry"));
        // and on x64: four arguments in registers, a 16-byte IO_STATUS_BLOCK
        List<TraceStep> x64 = new ArrayList<>();
        send(IoRequest.deviceControl(0x222003, Optional.empty(), KERNEL, 16, OUTPUT, 16), x64);
        assertEquals(4, new Trace(x64).first(ArgumentCopyStep.class).orElseThrow().registerArguments());
        assertEquals(16, new Trace(x64).first(ProbeStep.class).orElseThrow().length());
    }

    @Test
    void fastIoPassesTheCallersBuffersWithNoIrpWhateverTheMethod() {
        for (int method : new int[] { 0, 1, 2, 3 }) {
            IoRequest request = new IoRequest(IoService.FAST_IO_DEVICE_CONTROL, code(method), Optional.empty(),
                    TransferMethod.ofCode(code(method)), INPUT, 24, OUTPUT, 64);
            List<TraceStep> steps = new ArrayList<>();
            Irp irp = send(request, steps);
            assertTrue(irp.rejected().isEmpty());
            assertEquals(List.of(Irp.FAST_IO_INPUT, Irp.FAST_IO_OUTPUT),
                    irp.buffers().stream().map(IrpBuffer::field).toList(), "no SystemBuffer, no MDL, no IRP field");
            assertEquals(INPUT, irp.input().orElseThrow().address(), "the caller's own input address");
            assertEquals(OUTPUT, irp.output().orElseThrow().address(), "the caller's own output address");
            assertEquals(0, irp.copyBackLimit());
            assertTrue(new Trace(steps).stepsOf(ProbeStep.class).stream()
                    .noneMatch(p -> p.routine().equals("MmProbeAndLockPages")), "nothing is locked");
            // what the service probes before the call: both buffers but for METHOD_NEITHER
            List<ProbeStep> probes = bufferProbes(steps);
            assertEquals(method == 3 ? List.of() : List.of("OutputBuffer", "InputBuffer"),
                    probes.stream().map(ProbeStep::parameter).toList(), "method " + method);
            if (method != 3) {
                assertEquals(method == 1 ? "ProbeForRead" : "ProbeForWrite", probes.get(0).routine(),
                        "METHOD_IN_DIRECT's output is read by the driver");
                assertEquals(BufferHandling.PROBED_USER_ADDRESS, irp.output().orElseThrow().handling());
            }
        }
        // METHOD_NEITHER: a kernel output address reaches the routine as it is
        Irp neither = send(new IoRequest(IoService.FAST_IO_DEVICE_CONTROL, 0x222003, Optional.empty(),
                TransferMethod.NEITHER, INPUT, 8, KERNEL, 16));
        assertEquals(KERNEL, neither.output().orElseThrow().address());
        assertEquals(BufferHandling.RAW_USER_ADDRESS, neither.output().orElseThrow().handling());
        // any other method: a kernel address is refused before the routine runs
        for (int method : new int[] { 0, 1, 2 }) {
            assertEquals(Optional.of(NtStatus.ACCESS_VIOLATION), send(new IoRequest(
                    IoService.FAST_IO_DEVICE_CONTROL, code(method), Optional.empty(),
                    TransferMethod.ofCode(code(method)), INPUT, 8, KERNEL, 16)).rejected(), "method " + method);
        }
    }

    @Test
    void readsAndWritesProbeTheBufferThenFollowTheDeviceFlag() {
        Irp buffered = send(IoRequest.read(TransferMethod.BUFFERED, OUTPUT, 100));
        assertEquals(BufferHandling.KERNEL_COPY, buffered.output().orElseThrow().handling());
        assertEquals(100, buffered.copyBack(100));
        Irp direct = send(IoRequest.write(TransferMethod.OUT_DIRECT, INPUT, 100));
        assertEquals(Irp.MDL_ADDRESS, direct.input().orElseThrow().field());
        assertEquals(0, direct.copyBackLimit());
        Irp neither = send(IoRequest.write(TransferMethod.NEITHER, INPUT, 100));
        assertEquals(new IrpBuffer(Irp.USER_BUFFER, INPUT, 100, BufferHandling.RAW_USER_ADDRESS),
                neither.input().orElseThrow());
        assertEquals(0, send(IoRequest.write(TransferMethod.BUFFERED, INPUT, 100)).copyBackLimit(),
                "a write copies nothing back");
        // NtReadFile probes the buffer for writing even when the driver gets it raw
        assertEquals(Optional.of(NtStatus.ACCESS_VIOLATION),
                send(IoRequest.read(TransferMethod.NEITHER, KERNEL, 100)).rejected());
        assertFalse(send(IoRequest.read(TransferMethod.NEITHER, OUTPUT, 100)).buffers().isEmpty());
    }

    @Test
    void filterMessagesReachTheCallbackRaw() {
        Irp irp = send(IoRequest.filterMessage(KERNEL, 8, OUTPUT, 8));
        assertTrue(irp.rejected().isEmpty());
        assertEquals(BufferHandling.RAW_USER_ADDRESS, irp.input().orElseThrow().handling());
        assertEquals(KERNEL, irp.input().orElseThrow().address());
    }

    /**
     * NtReadFile/NtWriteFile reaching FastIoRead/FastIoWrite: the Buffer is probed (for write when read into, for read
     * when written from), then handed over as it is whatever the device's flag: no SystemBuffer, no MDL, no copy back.
     */
    @Test
    void fastReadsAndWritesGetTheCallersProbedBuffer() {
        for (TransferMethod flag : TransferMethod.values()) {
            List<TraceStep> steps = new ArrayList<>();
            Irp read = send(new IoRequest(IoService.FAST_IO_READ, 0, Optional.empty(), flag, 0, 0, OUTPUT, 100), steps);
            assertEquals(new IrpBuffer(Irp.FAST_IO_READ_BUFFER, OUTPUT, 100, BufferHandling.PROBED_USER_ADDRESS),
                    read.output().orElseThrow(), flag.name());
            assertEquals(List.of("ProbeForWrite"), bufferProbes(steps).stream().map(ProbeStep::routine).toList());
            assertEquals(1, read.buffers().size(), "no SystemBuffer and no MDL: " + read.buffers());
            assertEquals(0, read.copyBackLimit());
            steps.clear();
            Irp write = send(new IoRequest(IoService.FAST_IO_WRITE, 0, Optional.empty(), flag, INPUT, 100, 0, 0), steps);
            assertEquals(new IrpBuffer(Irp.FAST_IO_WRITE_BUFFER, INPUT, 100, BufferHandling.PROBED_USER_ADDRESS),
                    write.input().orElseThrow(), flag.name());
            assertEquals(List.of("ProbeForRead"), bufferProbes(steps).stream().map(ProbeStep::routine).toList());
        }
        // a kernel address is refused by the probe before the fast I/O routine runs
        assertEquals(Optional.of(NtStatus.ACCESS_VIOLATION), send(new IoRequest(IoService.FAST_IO_READ, 0,
                Optional.empty(), TransferMethod.NEITHER, 0, 0, KERNEL, 100)).rejected());
        assertEquals(Optional.of(NtStatus.ACCESS_VIOLATION), send(new IoRequest(IoService.FAST_IO_WRITE, 0,
                Optional.empty(), TransferMethod.NEITHER, KERNEL, 100, 0, 0)).rejected());
    }
}
