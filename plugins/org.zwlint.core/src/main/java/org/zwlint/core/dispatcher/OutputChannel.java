package org.zwlint.core.dispatcher;

/** How memory a driver writes reaches the requestor. */
public enum OutputChannel {
    /** A user-mode address (Irp->UserBuffer, a METHOD_NEITHER buffer): the write lands in the caller's memory. */
    USER_BUFFER("the caller's buffer, written directly at its user address", false),
    /** An MDL's system address over the caller's locked pages (METHOD_OUT_DIRECT): the caller's memory too. */
    MAPPED_PAGES("the caller's pages, through the MDL's system address", false),
    /** The SystemBuffer of METHOD_BUFFERED I/O: the I/O manager copies it back on completion. */
    SYSTEM_BUFFER("the SystemBuffer", true),
    /** A KMDF output buffer: the framework completes the request and the I/O manager copies it back. */
    KMDF_OUTPUT("the KMDF output buffer", true);

    private final String label;
    private final boolean copiedOnCompletion;

    OutputChannel(String label, boolean copiedOnCompletion) {
        this.label = label;
        this.copiedOnCompletion = copiedOnCompletion;
    }

    public String label() {
        return label;
    }

    /** Whether the caller sees the data only when the I/O manager copies IoStatus.Information bytes back. */
    public boolean copiedOnCompletion() {
        return copiedOnCompletion;
    }
}
