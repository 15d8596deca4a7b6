package org.zwlint.core.analysis;

/**
 * Which of the requestor's buffers a value was born from, as far as the I/O manager's handling of
 * it matters: the raw addresses it passes on (Type3InputBuffer, Irp->UserBuffer and their
 * minifilter and KMDF forms), the kernel copy it makes (the SystemBuffer), the pages it locks (an
 * MDL), or a value read out of one of those (an embedded pointer or number, see
 * {@link Origin#within()}).
 */
public enum BufferSource {
    /** The requestor's raw input address: Type3InputBuffer, the minifilter Neither.InputBuffer. */
    RAW_INPUT,
    /** The requestor's raw output address: Irp->UserBuffer, the minifilter Neither.OutputBuffer. */
    RAW_OUTPUT,
    /** The I/O manager's kernel copy of the requestor's data. */
    SYSTEM_BUFFER,
    /** The requestor's pages, locked and described by an MDL (and their system address). */
    MDL_PAGES,
    /** A value read out of the requestor's data: an embedded pointer or number. */
    EMBEDDED,
    /** A number the requestor chose, cast to an address. */
    ADDRESS_NUMBER,
    /**
     * A counted string the I/O manager captured into kernel memory, such as the name a file object was opened with:
     * its characters are the requestor's, its Buffer is kernel memory.
     */
    CAPTURED_NAME,
    /** Anything else: a parameter, a routine's result, a string. */
    OTHER;

    /** One of the buffers the I/O manager hands to the driver, rather than a value read from one. */
    public boolean isRequestBuffer() {
        return this == RAW_INPUT || this == RAW_OUTPUT || this == SYSTEM_BUFFER || this == MDL_PAGES;
    }
}
