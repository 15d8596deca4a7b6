package org.zwlint.core.dispatcher;

/**
 * The requests a user program sends a driver whose buffers the I/O manager (or the filter manager)
 * handles: the system service it calls and the major function the driver sees.
 */
public enum IoService {
    DEVICE_IO_CONTROL("NtDeviceIoControlFile", "IRP_MJ_DEVICE_CONTROL"),
    READ("NtReadFile", "IRP_MJ_READ"),
    WRITE("NtWriteFile", "IRP_MJ_WRITE"),
    /**
     * FilterSendMessage: the filter manager's own METHOD_NEITHER control code carries the caller's buffers, and it
     * calls the port's MessageNotifyCallback with their raw addresses.
     */
    FILTER_SEND_MESSAGE("NtDeviceIoControlFile", "the filter manager's FLT_CTL_SEND_MESSAGE"),
    /**
     * NtDeviceIoControlFile on a device whose driver has a FAST_IO_DISPATCH FastIoDeviceControl routine: the I/O
     * manager calls it first, in the caller's thread, with the caller's own InputBuffer and OutputBuffer; only if it
     * returns FALSE does an IRP follow.
     */
    FAST_IO_DEVICE_CONTROL("NtDeviceIoControlFile", "FastIoDeviceControl, the driver's fast I/O routine, with no IRP"),
    /**
     * NtReadFile on a file object opened for synchronous I/O whose device's driver has a FastIoRead routine: after
     * probing the caller's Buffer for write, the I/O manager calls the routine with that Buffer; only if it returns
     * FALSE does an IRP follow.
     */
    FAST_IO_READ("NtReadFile", "FastIoRead, the driver's fast I/O routine, with no IRP"),
    /** The same for NtWriteFile and FastIoWrite, the Buffer probed for read. */
    FAST_IO_WRITE("NtWriteFile", "FastIoWrite, the driver's fast I/O routine, with no IRP");

    private final String service;
    private final String reaches;

    IoService(String service, String reaches) {
        this.service = service;
        this.reaches = reaches;
    }

    /** Whether the driver reads into the caller's buffer (its only buffer: no input). */
    public boolean reads() {
        return this == READ || this == FAST_IO_READ;
    }

    /** Whether the driver writes out of the caller's buffer (its only buffer: no output). */
    public boolean writes() {
        return this == WRITE || this == FAST_IO_WRITE;
    }

    /** The native service the user program calls. */
    public String service() {
        return service;
    }

    /** What the driver receives: the major function, or the filter manager's message. */
    public String reaches() {
        return reaches;
    }
}
