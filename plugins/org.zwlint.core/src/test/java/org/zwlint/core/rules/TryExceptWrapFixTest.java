package org.zwlint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.Severity;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceEditor;
import org.zwlint.core.source.SourceFile;

/** PB003's __try/__except wrap: byte for byte, line endings kept, and afterwards the finding is gone. */
class TryExceptWrapFixTest {
    private static final Analyzer ANALYZER = new Analyzer();

    private static final String BEFORE = """
            #include <ntddk.h>
            NTSTATUS Check(PVOID Buffer, ULONG Length)
            {
                ProbeForRead(Buffer, Length, 1);
                return STATUS_SUCCESS;
            }
            NTSTATUS Dispatch(PDEVICE_OBJECT D, PIRP Irp)
            {
                return Check(IoGetCurrentIrpStackLocation(Irp)->Parameters.DeviceIoControl.Type3InputBuffer, 4);
            }
            NTSTATUS DriverEntry(PDRIVER_OBJECT D, PUNICODE_STRING R)
            {
                D->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Dispatch;
                return STATUS_SUCCESS;
            }
            """;

    private static final String AFTER = BEFORE.replace("    ProbeForRead(Buffer, Length, 1);\n", """
                __try {
                    ProbeForRead(Buffer, Length, 1);
                } __except (EXCEPTION_EXECUTE_HANDLER) {
                    return GetExceptionCode();
                }
            """);

    @Test
    void theProbeIsWrappedAndTheFindingGoes() {
        assertEquals(AFTER, fix(BEFORE));
    }

    private static final String RUN = """
            #include <ntddk.h>
            NTSTATUS Dispatch(PDEVICE_OBJECT D, PIRP Irp)
            {
                PULONG p = IoGetCurrentIrpStackLocation(Irp)->Parameters.DeviceIoControl.Type3InputBuffer;
                ProbeForWrite(p, 2 * sizeof(ULONG), 4);
                p[0] = 1;

                p[1] = 2;
                Irp->IoStatus.Information = 0;
                return STATUS_SUCCESS;
            }
            NTSTATUS DriverEntry(PDRIVER_OBJECT D, PUNICODE_STRING R)
            {
                D->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Dispatch;
                return STATUS_SUCCESS;
            }
            """;

    private static final String RUN_AFTER = RUN.replace("""
                ProbeForWrite(p, 2 * sizeof(ULONG), 4);
                p[0] = 1;

                p[1] = 2;
            """, """
                __try {
                    ProbeForWrite(p, 2 * sizeof(ULONG), 4);
                    p[0] = 1;

                    p[1] = 2;
                } __except (EXCEPTION_EXECUTE_HANDLER) {
                    return GetExceptionCode();
                }
            """);

    @Test
    void aProbeAndTheAccessesAfterItShareOneTry() {
        SourceFile file = SourceFile.of(Path.of("run.c"), RUN);
        List<Finding> pb003 = ANALYZER.analyze(file, ZwLintConfig.defaults()).findings().stream()
                .filter(f -> f.ruleId().equals("PB003")).toList();
        assertEquals(2, pb003.size(), pb003.toString()); // the probe and the first access of p
        for (Finding finding : pb003) {
            Fix wrap = finding.fixes().stream().filter(f -> f.kind() == Fix.Kind.REPAIR).findFirst().orElseThrow();
            assertEquals("Wrap these 3 statements in __try/__except", wrap.label());
            String fixed = new String(SourceEditor.apply(file, wrap.edits()), StandardCharsets.UTF_8);
            assertEquals(RUN_AFTER, fixed);
            AnalysisResult again = ANALYZER.analyze(SourceFile.of(Path.of("run.c"), fixed), ZwLintConfig.defaults());
            assertEquals(List.of(), again.findings().stream().filter(f -> f.ruleId().equals("PB003")).toList(),
                    "no PB003 after the fix, p[1] included");
            assertTrue(again.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR));
        }
        String crlf = RUN.replace("\n", "\r\n");
        Finding first = ANALYZER.analyze(SourceFile.of(Path.of("run.c"), crlf), ZwLintConfig.defaults()).findings()
                .stream().filter(f -> f.ruleId().equals("PB003")).findFirst().orElseThrow();
        assertEquals(RUN_AFTER.replace("\n", "\r\n"), new String(SourceEditor.apply(SourceFile.of(Path.of("run.c"),
                crlf), first.fixes().stream().filter(f -> f.kind() == Fix.Kind.REPAIR).findFirst().orElseThrow()
                .edits()), StandardCharsets.UTF_8));
    }

    @Test
    void aCrlfFileGetsCrlfLines() {
        assertEquals(AFTER.replace("\n", "\r\n"), fix(BEFORE.replace("\n", "\r\n")));
    }

    private static String fix(String code) {
        SourceFile file = SourceFile.of(Path.of("wrap.c"), code);
        Finding finding = only(ANALYZER.analyze(file, ZwLintConfig.defaults()));
        Fix wrap = finding.fixes().stream().filter(f -> f.kind() == Fix.Kind.REPAIR).findFirst().orElseThrow();
        assertEquals("Wrap this statement in __try/__except", wrap.label());
        String fixed = new String(SourceEditor.apply(file, wrap.edits()), StandardCharsets.UTF_8);
        AnalysisResult again = ANALYZER.analyze(SourceFile.of(Path.of("wrap.c"), fixed), ZwLintConfig.defaults());
        assertEquals(List.of(), again.findings(), "no PB003 after the fix");
        assertTrue(again.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR), "no syntax error");
        return fixed;
    }

    private static Finding only(AnalysisResult result) {
        List<Finding> pb003 = result.findings().stream().filter(f -> f.ruleId().equals("PB003")).toList();
        assertEquals(1, pb003.size(), result.findings().toString());
        return pb003.get(0);
    }
}
