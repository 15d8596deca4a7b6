package org.zwlint.core.dispatcher;

/**
 * Which of a request's buffers a driver's pointer is, or was read out of: the buffer the method gives the driver
 * for its input or its output (the SystemBuffer, the MDL, the raw addresses for METHOD_NEITHER), or one of the raw
 * fields the I/O manager sets whatever the method (Type3InputBuffer, Irp->UserBuffer).
 */
public enum RequestBuffer {
    INPUT,
    OUTPUT,
    RAW_INPUT,
    RAW_OUTPUT;

    /** Whether the requestor passes this buffer as the request's input (for a write, its only buffer). */
    boolean inputSide(IoService service) {
        return switch (service) {
            case READ, FAST_IO_READ -> false;
            case WRITE, FAST_IO_WRITE -> true;
            default -> this == INPUT || this == RAW_INPUT;
        };
    }

    /** The field of the request the driver finds this buffer in. */
    java.util.Optional<IrpBuffer> in(Irp irp) {
        IoService service = irp.request().service();
        return switch (this) {
            case INPUT -> inputSide(service) ? irp.input() : irp.output();
            case OUTPUT -> inputSide(service) ? irp.input() : irp.output();
            case RAW_INPUT, RAW_OUTPUT -> irp.buffer(switch (service) {
                case FILTER_SEND_MESSAGE -> this == RAW_INPUT ? Irp.MESSAGE_INPUT : Irp.MESSAGE_OUTPUT;
                case FAST_IO_DEVICE_CONTROL -> this == RAW_INPUT ? Irp.FAST_IO_INPUT : Irp.FAST_IO_OUTPUT;
                case READ, WRITE -> Irp.USER_BUFFER;
                case FAST_IO_READ -> Irp.FAST_IO_READ_BUFFER;
                case FAST_IO_WRITE -> Irp.FAST_IO_WRITE_BUFFER;
                case DEVICE_IO_CONTROL -> this == RAW_INPUT ? Irp.TYPE3_INPUT_BUFFER : Irp.USER_BUFFER;
            });
        };
    }
}
