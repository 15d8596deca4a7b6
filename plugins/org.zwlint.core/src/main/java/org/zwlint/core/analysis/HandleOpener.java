package org.zwlint.core.analysis;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a routine that creates or opens a handle writes it, and where it is told which handle table the handle goes
 * to: an OBJECT_ATTRIBUTES argument (its Attributes) or a HandleAttributes flags argument. OBJ_KERNEL_HANDLE there
 * puts the handle in the kernel's table; without it the handle lands in the calling process's table. Positions count
 * from 0 and are facts from the routines' documented prototypes.
 *
 * @param handle the PHANDLE argument the new handle is written through
 * @param objectAttributes the POBJECT_ATTRIBUTES argument, if the routine takes one
 * @param handleAttributes the ULONG HandleAttributes argument, if the routine takes flags instead
 */
public record HandleOpener(int handle, OptionalInt objectAttributes, OptionalInt handleAttributes) {
    /** Zw/Nt create and open routines: (Handle, DesiredAccess, ObjectAttributes, ...). */
    private static final HandleOpener SERVICE = attributes(0, 2);

    private static final Map<String, HandleOpener> OTHERS = Map.ofEntries(
            Map.entry("IoCreateFile", attributes(0, 2)),
            Map.entry("IoCreateFileEx", attributes(0, 2)),
            Map.entry("IoCreateFileSpecifyDeviceObjectHint", attributes(0, 2)),
            Map.entry("FltCreateFile", attributes(2, 4)),
            Map.entry("FltCreateFileEx", attributes(2, 5)),
            Map.entry("FltCreateFileEx2", attributes(2, 5)),
            Map.entry("FltCreateSectionForDataScan", attributes(9, 4)),
            Map.entry("ObOpenObjectByName", attributes(6, 0)),
            Map.entry("ObOpenObjectByPointer", flags(6, 1)),
            Map.entry("PsCreateSystemThread", attributes(0, 2)));

    /** Services whose new handle is not their first argument. */
    private static final Map<String, HandleOpener> SERVICE_EXCEPTIONS = Map.of(
            "DuplicateObject", flags(3, 5),
            "DuplicateToken", attributes(5, 2),
            "OpenProcessToken", new HandleOpener(2, OptionalInt.empty(), OptionalInt.empty()),
            "OpenProcessTokenEx", flags(3, 2),
            "OpenThreadToken", new HandleOpener(3, OptionalInt.empty(), OptionalInt.empty()),
            "OpenThreadTokenEx", flags(4, 3));

    public static Optional<HandleOpener> of(String routine) {
        if (routine.startsWith("Zw") || routine.startsWith("Nt")) {
            String service = routine.substring(2);
            if (SERVICE_EXCEPTIONS.containsKey(service)) {
                return Optional.of(SERVICE_EXCEPTIONS.get(service));
            }
            if (service.startsWith("Create") || service.startsWith("Open")) {
                return Optional.of(SERVICE);
            }
            return Optional.empty();
        }
        return Optional.ofNullable(OTHERS.get(routine));
    }

    private static HandleOpener attributes(int handle, int objectAttributes) {
        return new HandleOpener(handle, OptionalInt.of(objectAttributes), OptionalInt.empty());
    }

    private static HandleOpener flags(int handle, int handleAttributes) {
        return new HandleOpener(handle, OptionalInt.empty(), OptionalInt.of(handleAttributes));
    }
}
