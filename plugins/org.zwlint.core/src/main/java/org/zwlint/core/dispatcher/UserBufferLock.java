package org.zwlint.core.dispatcher;

import java.util.Optional;

/**
 * A routine with which the driver probed and locked the requestor's buffer before the access: the framework's
 * WdfRequestProbeAndLockUserBufferForRead/ForWrite in an in-caller-context callback, or the filter manager's
 * FltLockUserBuffer. Each builds an MDL over the buffer and calls MmProbeAndLockPages with the request's
 * RequestorMode inside its own __try, so a bad address comes back as a status; the pages then stay locked, and mapped
 * at a system address, until the request completes.
 *
 * @param length the bytes locked, where the call says; the access's own size otherwise
 */
public record UserBufferLock(String routine, boolean write, long length) {
    /** The routines whose lock the replay simulates, by name. */
    public static Optional<UserBufferLock> of(String routine, boolean write, long length) {
        return switch (routine) {
            case "WdfRequestProbeAndLockUserBufferForRead", "WdfRequestProbeAndLockUserBufferForWrite",
                    "FltLockUserBuffer" -> Optional.of(new UserBufferLock(routine, write, Math.max(length, 1)));
            default -> Optional.empty();
        };
    }

    /** How the driver reaches the locked pages afterwards, for the trace. */
    String lockedAccess() {
        return routine.startsWith("Flt") ? "MmGetSystemAddressForMdlSafe on the MdlAddress it sets"
                : "WdfMemoryGetBuffer on the memory object it returns";
    }
}
