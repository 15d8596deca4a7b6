package org.zwlint.core.dispatcher;

import java.util.Locale;
import java.util.Optional;

/**
 * A request a user program sends a driver, with concrete addresses and lengths: for
 * NtDeviceIoControlFile the code, its name and both buffers; for NtReadFile only the output (the
 * buffer read into), for NtWriteFile only the input. The method is the code's for an IOCTL, the device
 * object's flag for reads and writes.
 */
public record IoRequest(IoService service, long ioControlCode, Optional<String> codeName, TransferMethod method,
        long inputAddress, long inputLength, long outputAddress, long outputLength) {

    public static IoRequest deviceControl(long ioControlCode, Optional<String> codeName, long inputAddress,
            long inputLength, long outputAddress, long outputLength) {
        return new IoRequest(IoService.DEVICE_IO_CONTROL, ioControlCode, codeName,
                TransferMethod.ofCode(ioControlCode), inputAddress, inputLength, outputAddress, outputLength);
    }

    public static IoRequest read(TransferMethod method, long buffer, long length) {
        return new IoRequest(IoService.READ, 0, Optional.empty(), method, 0, 0, buffer, length);
    }

    public static IoRequest write(TransferMethod method, long buffer, long length) {
        return new IoRequest(IoService.WRITE, 0, Optional.empty(), method, buffer, length, 0, 0);
    }

    public static IoRequest filterMessage(long inputAddress, long inputLength, long outputAddress,
            long outputLength) {
        return new IoRequest(IoService.FILTER_SEND_MESSAGE, 0, Optional.empty(), TransferMethod.NEITHER,
                inputAddress, inputLength, outputAddress, outputLength);
    }

    /**
     * Whether the code is a real one: an analysis that knows only the method passes CTL_CODE(0, 0, method, 0), a
     * code no device uses (device type 0 is not assigned).
     */
    public boolean codeKnown() {
        return codeName.isPresent() || (ioControlCode >>> 2) != 0;
    }

    /** The call as the user program makes it, for the trace. */
    public String describe() {
        return switch (service) {
            case DEVICE_IO_CONTROL, FAST_IO_DEVICE_CONTROL -> String.format(Locale.ROOT,
                    "NtDeviceIoControlFile(IoControlCode %s, %s, InputBuffer 0x%X, InputBufferLength %d, "
                            + "OutputBuffer 0x%X, OutputBufferLength %d)",
                    codeKnown() ? String.format(Locale.ROOT, "0x%X", ioControlCode) + codeName.map(n -> " " + n)
                            .orElse("") : "not known here", method.ioctlName(), inputAddress,
                    inputLength, outputAddress, outputLength);
            case READ -> String.format(Locale.ROOT, "NtReadFile(Buffer 0x%X, Length %d) on a device with %s",
                    outputAddress, outputLength, method.deviceFlag());
            case WRITE -> String.format(Locale.ROOT, "NtWriteFile(Buffer 0x%X, Length %d) on a device with %s",
                    inputAddress, inputLength, method.deviceFlag());
            case FAST_IO_READ -> String.format(Locale.ROOT, "NtReadFile(Buffer 0x%X, Length %d) on a file opened for "
                    + "synchronous I/O", outputAddress, outputLength);
            case FAST_IO_WRITE -> String.format(Locale.ROOT, "NtWriteFile(Buffer 0x%X, Length %d) on a file opened for "
                    + "synchronous I/O", inputAddress, inputLength);
            case FILTER_SEND_MESSAGE -> String.format(Locale.ROOT,
                    "FilterSendMessage(InBuffer 0x%X, InBufferSize %d, OutBuffer 0x%X, OutBufferSize %d)",
                    inputAddress, inputLength, outputAddress, outputLength);
        };
    }
}
