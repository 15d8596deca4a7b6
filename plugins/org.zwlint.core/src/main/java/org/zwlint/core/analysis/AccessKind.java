package org.zwlint.core.analysis;

/** How memory is reached through a pointer. */
public enum AccessKind {
    /** *p, p->f, p[i] */
    DEREFERENCE,
    /** a copy or string routine given the pointer (memcpy, RtlCopyMemory, wcscpy, RtlInitUnicodeString, ...) */
    COPY,
    /** MmCopyVirtualMemory told the caller is KernelMode, so it does not probe */
    KERNEL_MODE_COPY,
    /** an interlocked routine given the pointer (InterlockedExchangeAdd(p, n)): reads and writes *p */
    ATOMIC,
    /** a routine known by its prototype, whose SAL says it reads or writes the buffer */
    ANNOTATED_CALLEE,
    /** a call through the pointer: the code at that address runs */
    CALL
}
