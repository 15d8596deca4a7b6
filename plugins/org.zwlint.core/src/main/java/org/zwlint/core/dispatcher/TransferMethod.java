package org.zwlint.core.dispatcher;

/**
 * How the I/O manager hands a request's buffers to the driver: the two low bits of an IOCTL code
 * (CTL_CODE's Method), or for reads and writes the device object's DO_BUFFERED_IO / DO_DIRECT_IO flag.
 */
public enum TransferMethod {
    BUFFERED("METHOD_BUFFERED", "DO_BUFFERED_IO"),
    IN_DIRECT("METHOD_IN_DIRECT", "DO_DIRECT_IO"),
    OUT_DIRECT("METHOD_OUT_DIRECT", "DO_DIRECT_IO"),
    NEITHER("METHOD_NEITHER", "neither DO_BUFFERED_IO nor DO_DIRECT_IO");

    private final String ioctlName;
    private final String deviceFlag;

    TransferMethod(String ioctlName, String deviceFlag) {
        this.ioctlName = ioctlName;
        this.deviceFlag = deviceFlag;
    }

    /** The method of an IOCTL code: its two low bits, as CTL_CODE puts them there. */
    public static TransferMethod ofCode(long ioControlCode) {
        return values()[(int) (ioControlCode & 3)];
    }

    public String ioctlName() {
        return ioctlName;
    }

    /** How a device object selects this method for IRP_MJ_READ and IRP_MJ_WRITE. */
    public String deviceFlag() {
        return deviceFlag;
    }

    public boolean direct() {
        return this == IN_DIRECT || this == OUT_DIRECT;
    }
}
