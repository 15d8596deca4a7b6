package org.zwlint.core.analysis;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one WDK or C runtime routine does to its pointer and mode arguments (from api-facts.json). {@code output}
 * marks a retrieved buffer that goes back to the requestor when the request completes; {@code address} says what
 * the kernel address a KERNEL_ADDRESS routine gives points at; {@code appends} marks a COPY that adds to what the
 * destination holds (RtlAppendUnicodeStringToString, strcat) instead of replacing it.
 */
public record ApiRoutine(String name, Role role, Map<String, Integer> args, boolean write, Optional<Region> region,
        boolean userContents, Optional<String> says, boolean output, Optional<KernelAddress> address,
        boolean appends) {

    public enum Role {
        /** Reads "source" (and "source2") and writes "destination", "size" bytes. */
        COPY,
        /** ProbeForRead/ProbeForWrite of "address" for "length" bytes. */
        PROBE,
        /** The thread's previous mode. */
        THREAD_MODE,
        /** The requestor mode of "request". */
        REQUEST_MODE,
        /** The current stack location of "request". */
        STACK_LOCATION,
        /** Stores a buffer pointer through "buffer" and its length through "length". */
        RETRIEVE_BUFFER,
        /** An MDL that describes "address". */
        ALLOCATE_MDL,
        /** Probes and locks the pages of "mdl" when "mode" is UserMode. */
        PROBE_AND_LOCK,
        /**
         * Probes "length" bytes at "address" with the request's requestor mode and locks them behind an MDL in a
         * memory object stored through "memory" (WdfRequestProbeAndLockUserBufferForRead/ForWrite). A bad address
         * is a returned status, not an exception: the framework's own __except catches it.
         */
        LOCK_USER_BUFFER,
        /**
         * The buffer of the memory object "memory" (WdfMemoryGetBuffer): for a locked user buffer, the system address
         * of its locked pages; for any other object, what an unknown routine returns.
         */
        LOCKED_BUFFER,
        /**
         * Probes and locks the user buffer of the operation "data" describes with its requestor mode, for write
         * (FltLockUserBuffer): the raw output address (a METHOD_NEITHER OutputBuffer) read from it, before or after
         * the call, counts as probed; the input is not locked. A failure is a returned status.
         */
        LOCK_OPERATION_BUFFER,
        /** A system address for the pages of "mdl". */
        MAP_MDL,
        /** Copies between address spaces; probes only when "mode" is UserMode. */
        COPY_WITH_MODE,
        /** Returns new kernel pool. */
        ALLOCATE,
        /** Reads and writes the variable at "target" in one step (the Interlocked routines). */
        ATOMIC,
        /**
         * Returns a kernel address, or stores one through "object": what it points at is "address" (a kernel object
         * unless the routine says otherwise).
         */
        KERNEL_ADDRESS,
        /**
         * Returns a counted string in kernel memory whose characters the requestor chose: the name it opened
         * (WdfFileObjectGetFileName).
         */
        USER_STRING
    }

    public ApiRoutine {
        args = Map.copyOf(args);
    }

    public OptionalInt arg(String role) {
        Integer index = args.get(role);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }
}
