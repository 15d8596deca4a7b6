package org.zwlint.core.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zwlint.core.config.ZwLintConfig;

class WdkModelTest {
    @Test
    void modelPreprocessesWithoutDiagnostics() {
        PreprocessedUnit model = new Preprocessor(ZwLintConfig.defaults()).modelUnit();
        assertEquals("", Pp.diagnostics(model));
        assertEquals(Preprocessor.MODEL_PATH, model.file().path());
        assertTrue(model.tokens().size() > 1000, "model declares types and prototypes");
    }

    @Test
    void modelUnitIsComputedOncePerPreprocessorAndNotKeptBeyondIt() {
        Preprocessor preprocessor = new Preprocessor(ZwLintConfig.defaults());
        PreprocessedUnit first = preprocessor.modelUnit();
        assertSame(first, preprocessor.modelUnit());
        // No process-wide cache: another preprocessor (another analyzer) builds and owns its own.
        assertNotSame(first, new Preprocessor(ZwLintConfig.defaults()).modelUnit());
    }

    @Test
    void modelTokensAreNotRepeatedInEachUnit() {
        assertEquals("int x ;", Pp.text("int x;\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "OBJ_KERNEL_HANDLE => 0x200",
            "OBJ_FORCE_ACCESS_CHECK => 0x400",
            "OBJ_CASE_INSENSITIVE => 0x40",
            "OBJ_INHERIT => 0x2",
            "OBJ_OPENIF => 0x80",
            "METHOD_BUFFERED => 0",
            "METHOD_IN_DIRECT => 1",
            "METHOD_OUT_DIRECT => 2",
            "METHOD_NEITHER => 3",
            "FILE_ANY_ACCESS => 0",
            "FILE_READ_DATA => 1",
            "FILE_WRITE_DATA => 2",
            "FILE_DEVICE_UNKNOWN => 0x22",
            "CTL_CODE(0x22, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS) => 0x222000",
            "CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_NEITHER, FILE_READ_DATA | FILE_WRITE_DATA) => 0x22E007",
            "IRP_MJ_CREATE => 0",
            "IRP_MJ_READ => 3",
            "IRP_MJ_WRITE => 4",
            "IRP_MJ_DEVICE_CONTROL => 0x0e",
            "IRP_MJ_INTERNAL_DEVICE_CONTROL => 0x0f",
            "IRP_MJ_PNP => 0x1b",
            "IRP_MJ_MAXIMUM_FUNCTION => 0x1b",
            "TRUE => 1",
            "FALSE => 0",
            "POOL_FLAG_NON_PAGED => 0x40",
            "POOL_FLAG_PAGED => 0x100",
            "KEY_READ => 0x20019",
            "_WIN64 => 1",
            "_AMD64_ => 1",
            "_KERNEL_MODE => 1",
            "_MSC_VER >= 1900 => 1",
            "NTDDI_VERSION >= NTDDI_WIN10_RS1 => 1",
    })
    void macroHasItsRealValue(String expression, String value) {
        String source = "#if (" + expression + ") == (" + value + ")\nok\n#else\nwrong\n#endif\n";
        PreprocessedUnit unit = Pp.run(source);
        assertEquals("ok", Pp.text(unit), expression + " " + Pp.diagnostics(unit));
    }

    @Test
    void statusValuesKeepTheirNtstatusCast() {
        assertEquals("( ( NTSTATUS ) 0xC0000022L )", Pp.text("STATUS_ACCESS_DENIED\n"));
        assertEquals("( ( ( NTSTATUS ) ( s ) ) >= 0 )", Pp.text("NT_SUCCESS(s)\n"));
    }

    @Test
    void helperMacrosExpandToPlainC() {
        assertEquals("memcpy ( ( d ) , ( s ) , ( n ) ) ;", Pp.text("RtlCopyMemory(d, s, n);\n"));
        assertEquals("memset ( ( p ) , 0 , ( sizeof ( * p ) ) ) ;", Pp.text("RtlZeroMemory(p, sizeof(*p));\n"));
        assertEquals("( Irp ) ;", Pp.text("UNREFERENCED_PARAMETER(Irp);\n"));
        assertEquals("( ( void ) 0 ) ;", Pp.text("PAGED_CODE();\n"));
        String init = Pp.text("InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE, NULL, NULL);\n");
        assertTrue(init.startsWith("{ ( & oa ) -> Length = sizeof ( OBJECT_ATTRIBUTES ) ;"), init);
        assertTrue(init.contains("( & oa ) -> Attributes = 0x00000200L ;"), init);
    }

    @Test
    void salAnnotationsAreNotMacros() {
        String source = "_Use_decl_annotations_ _Dispatch_type_(IRP_MJ_CREATE) _IRQL_requires_max_(PASSIVE_LEVEL)"
                + " NTSTATUS f(_In_ PDEVICE_OBJECT d, _Inout_ PIRP i, _Out_writes_bytes_(n) PVOID b,"
                + " __drv_aliasesMem PVOID m, _When_(x, _Out_) PVOID w, _Success_(return >= 0) int r);\n";
        String out = Pp.text(source);
        for (String sal : List.of("_Use_decl_annotations_", "_Dispatch_type_", "_IRQL_requires_max_", "_In_",
                "_Inout_", "_Out_writes_bytes_", "__drv_aliasesMem", "_When_", "_Out_", "_Success_")) {
            assertTrue(out.contains(sal + " ") || out.contains(sal + ")"), sal + " missing from " + out);
        }
        // The annotation's argument is an ordinary token sequence, so model constants inside still expand.
        assertTrue(out.contains("_Dispatch_type_ ( 0x00 )"), out);
    }

    @Test
    void declaresTheTypesAndPrototypesRulesRelyOn() {
        String model = Pp.text(new Preprocessor(ZwLintConfig.defaults()).modelUnit());
        for (String name : List.of("NTSTATUS", "HANDLE", "PIRP", "IO_STACK_LOCATION", "OBJECT_ATTRIBUTES",
                "IO_STATUS_BLOCK", "MDL", "KPROCESSOR_MODE", "POOL_TYPE", "ACCESS_MASK", "UNICODE_STRING",
                "LARGE_INTEGER", "SystemBuffer", "UserBuffer", "MdlAddress", "RequestorMode", "Type3InputBuffer",
                "IoControlCode", "InputBufferLength", "OutputBufferLength", "MajorFunction", "KernelMode",
                "UserMode", "ProbeForRead", "ProbeForWrite", "ExAllocatePoolWithTag", "ExAllocatePool2",
                "ExFreePoolWithTag", "IofCompleteRequest", "IoGetCurrentIrpStackLocation",
                "ObReferenceObjectByHandle", "MmProbeAndLockPages", "MmGetSystemAddressForMdlSafe",
                "RtlInitUnicodeString", "KeGetPreviousMode", "ExGetPreviousMode", "ZwCreateFile", "NtCreateFile",
                "ZwOpenFile", "ZwReadFile", "ZwWriteFile", "ZwClose", "NtClose", "ZwQueryInformationFile",
                "ZwSetInformationFile", "ZwOpenKey", "ZwCreateKey", "ZwQueryValueKey", "ZwSetValueKey",
                "ZwOpenProcess", "NtOpenProcess", "ZwOpenSection", "ZwMapViewOfSection", "ZwAllocateVirtualMemory",
                "ZwDeviceIoControlFile", "ZwFsControlFile", "ZwQuerySystemInformation", "NtQuerySystemInformation",
                "WdfRequestRetrieveInputBuffer", "WdfRequestRetrieveUnsafeUserInputBuffer",
                "WdfRequestProbeAndLockUserBufferForRead", "WdfRequestGetRequestorMode", "WDFREQUEST")) {
            assertTrue((" " + model + " ").contains(" " + name + " "), name);
        }
        assertFalse(model.contains("_In_"), "model prototypes carry no SAL");
    }

    @Test
    void distinctConfigsGetTheirOwnModelSafelyAcrossThreads() throws Exception {
        List<ZwLintConfig> configs = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> new ZwLintConfig(Map.of("ZW_VARIANT", Integer.toString(i)), List.of(), List.of(),
                        Optional.<java.nio.file.Path>empty(), Set.<String>of()))
                .toList();
        List<String> results = java.util.stream.IntStream.range(0, 48).parallel()
                .mapToObj(i -> Pp.text(Pp.run(configs.get(i % 6), "ZW_VARIANT OBJ_KERNEL_HANDLE\n")))
                .toList();
        for (int i = 0; i < results.size(); i++) {
            assertEquals((i % 6) + " 0x00000200L", results.get(i));
        }
    }

    @Test
    void outputHoldsOnlyDefaultChannelTokens() {
        PreprocessedUnit unit = Pp.run("/* c */ int  a; // d\n#define X \\\n  1\nX\n");
        assertEquals("int a ; 1", Pp.text(unit));
        for (PpToken t : unit.tokens()) {
            assertEquals(org.antlr.v4.runtime.Token.DEFAULT_CHANNEL, t.getChannel());
        }
    }

    @Test
    void commandLineDefinesSteerTheModel() {
        ZwLintConfig x86 = new ZwLintConfig(Map.of("_X86_", "1"), List.of("_WIN64"), List.of(), Optional.empty(),
                Set.of());
        assertEquals("x86", Pp.text(Pp.run(x86, "#if defined(_AMD64_) || defined(_WIN64)\nx64\n#else\nx86\n#endif\n")));
    }
}
