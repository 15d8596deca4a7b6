package org.zwlint.core.analysis;

import java.util.Map;

import org.zwlint.core.semantics.CType;
import org.zwlint.core.semantics.Pointer;
import org.zwlint.core.semantics.RecordType;

/**
 * Structures that only ever live in kernel memory: a pointer to one is a kernel address whatever the driver does
 * with it. The request objects (IRP, stack location, callback data) are followed as requests instead.
 */
final class KernelObjects {
    private static final Map<String, String> OBJECTS = Map.ofEntries(
            Map.entry("_DEVICE_OBJECT", "DEVICE_OBJECT"),
            Map.entry("_DRIVER_OBJECT", "DRIVER_OBJECT"),
            Map.entry("_FILE_OBJECT", "FILE_OBJECT"),
            Map.entry("_EPROCESS", "process object (EPROCESS)"),
            Map.entry("_KPROCESS", "process object (KPROCESS)"),
            Map.entry("_ETHREAD", "thread object (ETHREAD)"),
            Map.entry("_KTHREAD", "thread object (KTHREAD)"),
            Map.entry("_KEVENT", "event (KEVENT)"),
            Map.entry("_KMUTANT", "mutex (KMUTANT)"),
            Map.entry("_ERESOURCE", "resource (ERESOURCE)"),
            Map.entry("_KDPC", "DPC object"),
            Map.entry("_KTIMER", "timer object"),
            Map.entry("_OBJECT_TYPE", "object type"),
            Map.entry("_IO_WORKITEM", "work item"));

    private KernelObjects() {
    }

    static boolean isObjectPointer(CType type) {
        return type instanceof Pointer pointer && pointer.target() instanceof RecordType record
                && OBJECTS.containsKey(record.tag());
    }

    /** e.g. "DEVICE_OBJECT". */
    static String name(CType type) {
        return type instanceof Pointer pointer && pointer.target() instanceof RecordType record
                ? OBJECTS.getOrDefault(record.tag(), record.tag()) : "object";
    }
}
