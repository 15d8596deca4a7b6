package org.zwlint.core.analysis;

/** What a value is beyond its bits, for the sources and checks that care. */
public enum ValueKind {
    DATA,
    /** An IRP, its stack location, a filter's callback data or parameter block, a KMDF request. */
    REQUEST,
    /** The requestor's or the thread's previous mode (Irp->RequestorMode, ExGetPreviousMode()). */
    MODE,
    /**
     * A truth value that holds exactly when the requestor's or the thread's previous mode is KernelMode
     * ({@code isKernel = mode == KernelMode}); the opposite test, true exactly for UserMode, is a MODE.
     */
    KERNEL_TEST,
    /** A device I/O control code taken from a request. */
    IOCTL_CODE,
    /** An MDL; its origin is the buffer it describes. */
    MDL,
    /**
     * A handle a create/open routine wrote: region KERNEL when it lies in the kernel handle table
     * (OBJ_KERNEL_HANDLE), UNKNOWN when the analysis cannot tell which table it lies in.
     */
    HANDLE,
    /**
     * A handle known to lie in the calling process's table: opened without OBJ_KERNEL_HANDLE. The
     * process can use, close or replace it, and the kernel checks it under the thread's PreviousMode.
     */
    PROCESS_HANDLE
}
