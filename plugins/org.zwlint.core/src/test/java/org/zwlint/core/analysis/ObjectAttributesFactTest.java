package org.zwlint.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.Analyzer;
import org.zwlint.core.config.ZwLintConfig;

/** The engine follows what a driver stores in OBJECT_ATTRIBUTES, UNICODE_STRINGs and handles into the calls. */
class ObjectAttributesFactTest {
    private static final String HEAD = "#include <ntddk.h>\n#define MY_FLAGS (OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE)\n"
            + "NTSTATUS Dispatch(PDEVICE_OBJECT DeviceObject, PIRP Irp)\n{\n"
            + "    PWSTR path = (PWSTR)Irp->AssociatedIrp.SystemBuffer;\n"
            + "    UNICODE_STRING name;\n    OBJECT_ATTRIBUTES oa;\n    HANDLE h = NULL;\n    ULONG attrs = 0;\n";
    private static final String TAIL = "    return STATUS_SUCCESS;\n}\n"
            + "NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)\n{\n"
            + "    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Dispatch;\n    return STATUS_SUCCESS;\n}\n";

    private Path dir = Path.of(".");

    @BeforeEach
    void useTemporaryFolder(@TempDir Path temporary) {
        dir = temporary;
    }

    private List<FunctionFacts> analyze(String body) throws IOException {
        Path file = Files.writeString(dir.resolve("drv.c"), HEAD + body + TAIL);
        UnitAnalysis unit = new Analyzer().explain(file, ZwLintConfig.defaults()).orElseThrow();
        return unit.functions().stream().filter(f -> f.function().name().equals("Dispatch")).toList();
    }

    private ObjectAttributesFact attributesAt(String body) throws IOException {
        List<ObjectAttributesFact> facts = analyze(body).get(0).facts(ObjectAttributesFact.class);
        assertEquals(1, facts.size(), facts::toString);
        return facts.get(0);
    }

    @Test
    void attributesSetThroughTheMacroAVariableOrOrEqualsHaveTheirConstant() throws IOException {
        assertEquals(OptionalLong.of(0x240), attributesAt("    InitializeObjectAttributes(&oa, &name, MY_FLAGS, NULL, NULL);\n"
                + "    ZwOpenKey(&h, KEY_READ, &oa);\n").attributesConstant());
        assertEquals(OptionalLong.of(0x640), attributesAt("    attrs = OBJ_CASE_INSENSITIVE;\n    attrs |= OBJ_KERNEL_HANDLE;\n"
                + "    InitializeObjectAttributes(&oa, &name, attrs, NULL, NULL);\n"
                + "    oa.Attributes |= OBJ_FORCE_ACCESS_CHECK;\n    ZwOpenKey(&h, KEY_READ, &oa);\n").attributesConstant());
        assertEquals(OptionalLong.empty(), attributesAt("    InitializeObjectAttributes(&oa, &name, attrs, NULL, NULL);\n"
                + "    if (path != NULL) { oa.Attributes = OBJ_KERNEL_HANDLE; }\n    ZwOpenKey(&h, KEY_READ, &oa);\n")
                        .attributesConstant());
    }

    @Test
    void theNameIsFollowedToItsTextOrItsUserSource() throws IOException {
        ObjectAttributesFact constant = attributesAt("    RtlInitUnicodeString(&name, L\"\\\\??\\\\C:\\\\x.log\");\n"
                + "    InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE, NULL, NULL);\n"
                + "    ZwOpenKey(&h, KEY_READ, &oa);\n");
        assertEquals(Optional.of("\\??\\C:\\x.log"), constant.nameText());
        assertFalse(constant.nameBuffer().userInfluenced());
        ObjectAttributesFact user = attributesAt("    RtlInitUnicodeString(&name, path);\n"
                + "    InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE, NULL, NULL);\n"
                + "    ZwOpenKey(&h, KEY_READ, &oa);\n");
        assertTrue(user.nameBuffer().userInfluenced());
        assertEquals(Region.KERNEL, user.nameBuffer().region(), "the SystemBuffer is kernel memory holding user data");
    }

    @Test
    void aCreatedHandleIsAKernelHandleOnlyWithObjKernelHandle() throws IOException {
        for (String flags : List.of("OBJ_KERNEL_HANDLE", "OBJ_CASE_INSENSITIVE")) {
            List<CallFact> calls = analyze("    InitializeObjectAttributes(&oa, &name, " + flags + ", NULL, NULL);\n"
                    + "    ZwOpenKey(&h, KEY_READ, &oa);\n    ZwClose(h);\n").get(0).facts(CallFact.class);
            Value handle = calls.stream().filter(c -> c.callee().equals("ZwClose")).findFirst().orElseThrow()
                    .arguments().get(0);
            boolean kernel = flags.equals("OBJ_KERNEL_HANDLE");
            assertEquals(kernel ? ValueKind.HANDLE : ValueKind.PROCESS_HANDLE, handle.kind());
            assertEquals(kernel ? Region.KERNEL : Region.UNKNOWN, handle.region());
        }
    }
}
