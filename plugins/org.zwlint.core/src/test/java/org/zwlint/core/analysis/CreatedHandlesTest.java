package org.zwlint.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.Analyzer;
import org.zwlint.core.config.ZwLintConfig;

/**
 * Which handle table a handle the driver opens lies in, as the engine tells it at the handle's use: from the
 * attributes of the open, wherever the routine takes them, and through a helper that returns the handle.
 */
class CreatedHandlesTest {
    private Path dir = Path.of(".");

    @BeforeEach
    void useTemporaryFolder(@TempDir Path temporary) {
        dir = temporary;
    }

    /** The value passed to the first NtClose in Dispatch, after {@code body}, with {@code helpers} before it. */
    private Value closed(String helpers, String body) throws IOException {
        String source = "#include <ntifs.h>\n" + helpers
                + "NTSTATUS Dispatch(PDEVICE_OBJECT DeviceObject, PIRP Irp)\n{\n"
                + "    OBJECT_ATTRIBUTES oa;\n    HANDLE h = NULL;\n    PVOID object = NULL;\n    NTSTATUS status;\n"
                + body + "    NtClose(h);\n    return STATUS_SUCCESS;\n}\n"
                + "NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)\n{\n"
                + "    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Dispatch;\n    return STATUS_SUCCESS;\n}\n";
        Path file = Files.writeString(dir.resolve("drv.c"), source);
        UnitAnalysis unit = new Analyzer().explain(file, ZwLintConfig.defaults()).orElseThrow();
        FunctionFacts dispatch = unit.functions().stream().filter(f -> f.function().name().equals("Dispatch"))
                .findFirst().orElseThrow();
        return dispatch.facts(CallFact.class).stream().filter(c -> c.callee().equals("NtClose")).findFirst()
                .orElseThrow().arguments().get(0);
    }

    @Test
    void attributesTheAnalysisCannotReadLeaveTheTableOpen() throws IOException {
        Value handle = closed("", "    InitializeObjectAttributes(&oa, NULL, (ULONG)(ULONG_PTR)Irp->UserBuffer, NULL, NULL);\n"
                + "    ZwOpenKey(&h, KEY_READ, &oa);\n");
        assertEquals(ValueKind.HANDLE, handle.kind());
        assertEquals(Region.UNKNOWN, handle.region());
    }

    @Test
    void noObjectAttributesAtAllIsAProcessHandle() throws IOException {
        Value handle = closed("", "    FltCreateSectionForDataScan(NULL, NULL, NULL, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY,"
                + " SEC_COMMIT, 0, &h, &object, NULL);\n");
        assertEquals(ValueKind.PROCESS_HANDLE, handle.kind());
    }

    @Test
    void handleAttributesFlagsDecideForRoutinesThatTakeFlags() throws IOException {
        for (String flags : new String[] {"OBJ_KERNEL_HANDLE", "0"}) {
            Value handle = closed("", "    ObOpenObjectByPointer(object, " + flags
                    + ", NULL, GENERIC_READ, NULL, KernelMode, &h);\n");
            boolean kernel = flags.equals("OBJ_KERNEL_HANDLE");
            assertEquals(kernel ? ValueKind.HANDLE : ValueKind.PROCESS_HANDLE, handle.kind(), flags);
            assertEquals(kernel ? Region.KERNEL : Region.UNKNOWN, handle.region(), flags);
        }
    }

    @Test
    void aHandleOpenedOnOnePathStaysAHandleWhereTheNullPathJoins() throws IOException {
        Value handle = closed("", "    InitializeObjectAttributes(&oa, NULL, OBJ_KERNEL_HANDLE, NULL, NULL);\n"
                + "    if (Irp->Flags) {\n        ZwOpenKey(&h, KEY_READ, &oa);\n    }\n");
        assertEquals(ValueKind.HANDLE, handle.kind());
        assertEquals(Region.KERNEL, handle.region());
    }

    @Test
    void aHelperThatOpensAHandleReturnsItsKindThroughItsParameter() throws IOException {
        for (String flags : new String[] {"OBJ_KERNEL_HANDLE", "OBJ_CASE_INSENSITIVE"}) {
            // One helper writes through its parameter itself, the other hands the parameter to the open.
            String helpers = "static NTSTATUS OpenInto(PHANDLE Out)\n{\n    OBJECT_ATTRIBUTES a;\n    HANDLE local;\n"
                    + "    NTSTATUS s;\n    InitializeObjectAttributes(&a, NULL, " + flags + ", NULL, NULL);\n"
                    + "    s = ZwOpenKey(&local, KEY_READ, &a);\n    if (NT_SUCCESS(s)) {\n        *Out = local;\n    }\n"
                    + "    return s;\n}\n"
                    + "static NTSTATUS OpenDirect(PHANDLE Out)\n{\n    OBJECT_ATTRIBUTES a;\n"
                    + "    InitializeObjectAttributes(&a, NULL, " + flags + ", NULL, NULL);\n"
                    + "    return ZwOpenKey(Out, KEY_READ, &a);\n}\n";
            boolean kernel = flags.equals("OBJ_KERNEL_HANDLE");
            for (String helper : new String[] {"OpenInto", "OpenDirect"}) {
                Value handle = closed(helpers, "    status = " + helper + "(&h);\n");
                assertEquals(kernel ? ValueKind.HANDLE : ValueKind.PROCESS_HANDLE, handle.kind(), helper + " " + flags);
                assertEquals(kernel ? Region.KERNEL : Region.UNKNOWN, handle.region(), helper + " " + flags);
            }
        }
    }
}
