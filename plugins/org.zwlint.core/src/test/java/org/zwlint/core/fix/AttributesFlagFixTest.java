package org.zwlint.core.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceEditor;
import org.zwlint.core.source.SourceFile;

/** PM004/PM005 fixes: byte-exact input to output, and the rule no longer fires on the fixed code. */
class AttributesFlagFixTest {
    private static final String HEAD = "#include <ntddk.h>\n"
            + "static UNICODE_STRING Name = RTL_CONSTANT_STRING(L\"\\\\Registry\\\\Machine\\\\Software\\\\Contoso\");\n"
            + "NTSTATUS Open(PDEVICE_OBJECT DeviceObject, PIRP Irp)\n{\n"
            + "    OBJECT_ATTRIBUTES oa;\n    HANDLE key;\n    NTSTATUS status;\n"
            + "    UNREFERENCED_PARAMETER(DeviceObject);\n";
    private static final String TAIL = "    status = ZwOpenKey(&key, KEY_READ, &oa);\n"
            + "    Irp->IoStatus.Status = status;\n    IoCompleteRequest(Irp, IO_NO_INCREMENT);\n    return status;\n}\n"
            + "NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)\n{\n"
            + "    UNREFERENCED_PARAMETER(RegistryPath);\n"
            + "    DriverObject->MajorFunction[IRP_MJ_CREATE] = Open;\n    return STATUS_SUCCESS;\n}\n";

    private final Analyzer analyzer = new Analyzer();

    private List<Finding> findings(String rule, String source) {
        AnalysisResult result = analyzer.analyze(SourceFile.of(Path.of("drv.c"), source), ZwLintConfig.defaults());
        return result.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    /** Applies the one repair of the one PM005 finding, checks the result and that PM005 is gone. */
    private String fixed(String body) {
        String source = HEAD + body + TAIL;
        List<Finding> before = findings("PM005", source);
        assertEquals(1, before.size(), () -> "PM005 findings of\n" + source + "\n" + before);
        List<Fix> repairs = before.get(0).fixes().stream().filter(f -> f.kind() == Fix.Kind.REPAIR).toList();
        assertEquals(1, repairs.size(), () -> "repairs of " + before.get(0));
        String after = new String(SourceEditor.apply(SourceFile.of(Path.of("drv.c"), source), repairs.get(0).edits()),
                StandardCharsets.UTF_8);
        AnalysisResult again = analyzer.analyze(SourceFile.of(Path.of("drv.c"), after), ZwLintConfig.defaults());
        assertEquals(List.of(), again.findings().stream().filter(f -> f.ruleId().equals("PM005")).toList());
        assertEquals(List.of(), again.diagnostics().stream()
                .filter(d -> d.severity() != org.zwlint.core.Severity.NOTE).toList());
        assertTrue(after.startsWith(HEAD) && after.endsWith(TAIL));
        return after.substring(HEAD.length(), after.length() - TAIL.length());
    }

    @Test
    void theInitializeObjectAttributesArgumentGetsTheFlagInItsOwnStyle() {
        assertEquals("    InitializeObjectAttributes(&oa, &Name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);\n",
                fixed("    InitializeObjectAttributes(&oa, &Name, OBJ_CASE_INSENSITIVE, NULL, NULL);\n"));
        assertEquals("    InitializeObjectAttributes(&oa, &Name, OBJ_CASE_INSENSITIVE|OBJ_OPENIF|OBJ_KERNEL_HANDLE, NULL, NULL);\n",
                fixed("    InitializeObjectAttributes(&oa, &Name, OBJ_CASE_INSENSITIVE|OBJ_OPENIF, NULL, NULL);\n"));
        assertEquals("    InitializeObjectAttributes(&oa, &Name, OBJ_KERNEL_HANDLE, NULL, NULL);\n",
                fixed("    InitializeObjectAttributes(&oa, &Name, 0, NULL, NULL);\n"));
    }

    @Test
    void anAttributesAssignmentOrVariableIsEditedWhereTheValueIsWritten() {
        String assignment = "    InitializeObjectAttributes(&oa, &Name, 0, NULL, NULL);\n"
                + "    oa.Attributes = OBJ_CASE_INSENSITIVE;\n";
        assertEquals(assignment.replace("= OBJ_CASE_INSENSITIVE;", "= OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE;"),
                fixed(assignment));
    }

    @Test
    void aMacroWrappingInitializeObjectAttributesIsEditedAtItsCallSiteNeverInItsBody() {
        String wrapped = "#define INIT_KEY_ATTRIBUTES(p, n, a) InitializeObjectAttributes(p, n, a, NULL, NULL)\n"
                + "    INIT_KEY_ATTRIBUTES(&oa, &Name, OBJ_CASE_INSENSITIVE);\n";
        assertEquals(wrapped.replace("&Name, OBJ_CASE_INSENSITIVE);", "&Name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE);"),
                fixed(wrapped));
        String body = "#define INIT_KEY(p, n) InitializeObjectAttributes(p, n, OBJ_CASE_INSENSITIVE, NULL, NULL)\n"
                + "    INIT_KEY(&oa, &Name);\n";
        List<Finding> found = findings("PM005", HEAD + body + TAIL);
        assertEquals(1, found.size());
        assertEquals(List.of(), found.get(0).fixes().stream().filter(f -> f.kind() == Fix.Kind.REPAIR).toList());
    }

    @Test
    void theEditNeverTouchesADefineAndKeepsAFlagThatIsAlreadyThere() {
        SourceFile file = SourceFile.of(Path.of("x.c"), "#define A OBJ_CASE_INSENSITIVE\nint x = A;\n");
        int at = file.text().indexOf("OBJ_CASE");
        org.zwlint.core.source.TextRange inDefine = new org.zwlint.core.source.TextRange(file.path(), at,
                at + "OBJ_CASE_INSENSITIVE".length(), 1, at + 1, 1, at + 21);
        assertEquals(Optional.empty(), AttributesFlagFix.create(file, inDefine, "OBJ_KERNEL_HANDLE"));
    }

    @Test
    void theAccessCheckFixOfPm004RemovesTheFinding() {
        String source = "#include <ntddk.h>\n"
                + "NTSTATUS Open(PDEVICE_OBJECT DeviceObject, PIRP Irp)\n{\n"
                + "    PWSTR path = (PWSTR)Irp->AssociatedIrp.SystemBuffer;\n"
                + "    UNICODE_STRING name;\n    OBJECT_ATTRIBUTES oa;\n    HANDLE key;\n    NTSTATUS status;\n"
                + "    UNREFERENCED_PARAMETER(DeviceObject);\n"
                + "    RtlInitUnicodeString(&name, path);\n"
                + "    InitializeObjectAttributes(&oa, &name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);\n"
                + TAIL;
        List<Finding> before = findings("PM004", source);
        assertEquals(1, before.size(), () -> before.toString());
        Fix repair = before.get(0).fixes().stream().filter(f -> f.kind() == Fix.Kind.REPAIR).findFirst().orElseThrow();
        String after = new String(SourceEditor.apply(SourceFile.of(Path.of("drv.c"), source), repair.edits()),
                StandardCharsets.UTF_8);
        assertEquals(source.replace("OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE,",
                "OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE | OBJ_FORCE_ACCESS_CHECK,"), after);
        assertEquals(List.of(), findings("PM004", after));
    }
}
