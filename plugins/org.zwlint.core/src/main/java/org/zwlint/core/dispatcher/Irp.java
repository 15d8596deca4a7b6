package org.zwlint.core.dispatcher;

import java.util.List;
import java.util.Optional;

/**
 * A request as the I/O manager built it for the driver: its buffer fields, and how many bytes of the
 * SystemBuffer it copies back to the requestor's output buffer on completion (0 unless buffered). A
 * request the I/O manager rejected before the driver saw it has no buffers and says why.
 */
public record Irp(IoRequest request, List<IrpBuffer> buffers, long copyBackLimit, Optional<NtStatus> rejected) {
    public static final String SYSTEM_BUFFER = "Irp->AssociatedIrp.SystemBuffer";
    public static final String TYPE3_INPUT_BUFFER = "IrpSp->Parameters.DeviceIoControl.Type3InputBuffer";
    public static final String USER_BUFFER = "Irp->UserBuffer";
    public static final String MDL_ADDRESS = "Irp->MdlAddress";
    public static final String MESSAGE_INPUT = "InputBuffer (MessageNotifyCallback)";
    public static final String MESSAGE_OUTPUT = "OutputBuffer (MessageNotifyCallback)";
    public static final String FAST_IO_INPUT = "InputBuffer (FastIoDeviceControl)";
    public static final String FAST_IO_OUTPUT = "OutputBuffer (FastIoDeviceControl)";
    public static final String FAST_IO_READ_BUFFER = "Buffer (FastIoRead)";
    public static final String FAST_IO_WRITE_BUFFER = "Buffer (FastIoWrite)";

    public Irp {
        buffers = List.copyOf(buffers);
    }

    public Optional<IrpBuffer> buffer(String field) {
        return buffers.stream().filter(b -> b.field().equals(field)).findFirst();
    }

    /** Where the driver is meant to read the request's input, per method. */
    public Optional<IrpBuffer> input() {
        return switch (request.service()) {
            case DEVICE_IO_CONTROL -> buffer(request.method() == TransferMethod.NEITHER ? TYPE3_INPUT_BUFFER
                    : SYSTEM_BUFFER);
            case WRITE -> buffer(bufferOfReadWrite());
            case READ -> Optional.empty();
            case FILTER_SEND_MESSAGE -> buffer(MESSAGE_INPUT);
            case FAST_IO_DEVICE_CONTROL -> buffer(FAST_IO_INPUT);
            case FAST_IO_READ -> Optional.empty();
            case FAST_IO_WRITE -> buffer(FAST_IO_WRITE_BUFFER);
        };
    }

    /** Where the driver is meant to put the request's output, per method. */
    public Optional<IrpBuffer> output() {
        return switch (request.service()) {
            case DEVICE_IO_CONTROL -> buffer(switch (request.method()) {
                case BUFFERED -> SYSTEM_BUFFER;
                case IN_DIRECT, OUT_DIRECT -> MDL_ADDRESS;
                case NEITHER -> USER_BUFFER;
            });
            case READ -> buffer(bufferOfReadWrite());
            case WRITE -> Optional.empty();
            case FILTER_SEND_MESSAGE -> buffer(MESSAGE_OUTPUT);
            case FAST_IO_DEVICE_CONTROL -> buffer(FAST_IO_OUTPUT);
            case FAST_IO_READ -> buffer(FAST_IO_READ_BUFFER);
            case FAST_IO_WRITE -> Optional.empty();
        };
    }

    /** The bytes copied back to the requestor's output buffer when the driver completes with this Information. */
    public long copyBack(long information) {
        return Math.min(Math.max(information, 0), copyBackLimit);
    }

    private String bufferOfReadWrite() {
        return switch (request.method()) {
            case BUFFERED -> SYSTEM_BUFFER;
            case IN_DIRECT, OUT_DIRECT -> MDL_ADDRESS;
            case NEITHER -> USER_BUFFER;
        };
    }
}
