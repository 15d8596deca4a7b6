package org.zwlint.core.dispatcher;

/** What the address a driver finds in a request field is. */
public enum BufferHandling {
    /** Nonpaged pool the I/O manager allocated and filled with a copy of the requestor's data: kernel memory. */
    KERNEL_COPY("a kernel copy the I/O manager made, out of the requestor's reach"),
    /** The requestor's pages, probed and locked and described by an MDL: still mapped, and writable, in the process. */
    LOCKED_USER_PAGES("the requestor's own pages, probed and locked, still shared with the process"),
    /** The address the requestor passed, as it passed it: nothing checked it. */
    RAW_USER_ADDRESS("the requestor's address as passed, checked by nobody"),
    /** The address the requestor passed, as it passed it, after the I/O manager probed it: still its memory. */
    PROBED_USER_ADDRESS("the requestor's address as passed, probed by the I/O manager but still its memory");

    private final String says;

    BufferHandling(String says) {
        this.says = says;
    }

    public String says() {
        return says;
    }

    /** Whether the requestor can change the bytes while the driver reads them. */
    public boolean sharedWithRequestor() {
        return this != KERNEL_COPY;
    }
}
