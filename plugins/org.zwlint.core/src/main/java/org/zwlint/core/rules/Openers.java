package org.zwlint.core.rules;

import java.util.Optional;
import java.util.Set;

import org.zwlint.core.analysis.EntryRole;
import org.zwlint.core.analysis.FunctionContext;
import org.zwlint.core.analysis.ObjectAttributesSupport;
import org.zwlint.core.analysis.Value;
import org.zwlint.core.model.ServiceModel;
import org.zwlint.core.model.ServiceSpec;

/**
 * The create/open routines the PM004 and PM005 rules look at: Zw* routines that open or create an object by
 * OBJECT_ATTRIBUTES, and IoCreateFile* / FltCreateFile*, which run the body of NtCreateFile with the caller's
 * attributes (so they are replayed as ZwCreateFile); and, for PM004 alone, the Zw* routines that open a file by name
 * without returning a handle (ZwDeleteFile, ZwQuery*AttributesFile).
 */
final class Openers {
    private static final Set<String> FILE_CREATORS = Set.of("IoCreateFile", "IoCreateFileEx",
            "IoCreateFileSpecifyDeviceObjectHint", "FltCreateFile", "FltCreateFileEx", "FltCreateFileEx2");
    /**
     * Zw* routines that open a file by its OBJECT_ATTRIBUTES inside the service and return no handle: they skip the
     * access check under KernelMode as an open does (PM004), but leave nothing in a handle table (no PM005).
     */
    private static final Set<String> NAME_OPERATIONS = Set.of("ZwDeleteFile", "ZwQueryAttributesFile",
            "ZwQueryFullAttributesFile");
    /** IO_FORCE_ACCESS_CHECK in the Options/Flags of IoCreateFile* and FltCreateFile*. */
    private static final long IO_FORCE_ACCESS_CHECK = 0x0001;

    private Openers() {
    }

    static boolean isOpener(String routine) {
        return routine.startsWith("Zw") && ObjectAttributesSupport.createsHandles(routine)
                || FILE_CREATORS.contains(routine);
    }

    static boolean opensByName(String routine) {
        return NAME_OPERATIONS.contains(routine);
    }

    static boolean isFileCreator(String routine) {
        return FILE_CREATORS.contains(routine);
    }

    /** The service a replay of the routine runs. */
    static Optional<ServiceSpec> replayedAs(String routine, ServiceModel model) {
        return isFileCreator(routine) ? model.find("NtCreateFile") : model.find(routine);
    }

    static String replayName(String routine, ServiceSpec spec) {
        return isFileCreator(routine) ? spec.zwName() : routine;
    }

    /** Whether an IoCreateFile* or FltCreateFile* call passes IO_FORCE_ACCESS_CHECK in its options (known: its Options). */
    static boolean forcesAccessCheck(BoundaryCall call) {
        if (!isFileCreator(call.call().callee())) {
            return false;
        }
        for (int i = 13; i < call.call().arguments().size(); i++) {
            Value value = call.argument(i);
            if (value.constant().isPresent() && (value.constant().getAsLong() & IO_FORCE_ACCESS_CHECK) != 0) {
                return true;
            }
            if (value.constant().isEmpty()) {
                return true; // options the analysis cannot read: do not claim they lack the flag
            }
        }
        return false;
    }

    /** A context that can run in a process other than System: its handles land in that process's table. */
    static boolean outsideSystemProcess(FunctionContext context) {
        if (context.systemProcess() || context.role() == EntryRole.UNKNOWN) {
            return false;
        }
        if (context.role() == EntryRole.KERNEL_DISPATCH
                && (context.detail().contains("PNP") || context.detail().contains("POWER"))) {
            return false; // PnP and power IRPs arrive in system worker threads
        }
        return true;
    }
}
