package org.zwlint.core.preprocess;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceFile;

class RobustnessTest {
    @TempDir
    Path dir = Path.of("unset"); // replaced by JUnit before each test

    private static final String DRIVER = """
            #include <ntddk.h>
            #define TAG 'pmaS'
            #define IOCTL_SAMPLE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_NEITHER, FILE_ANY_ACCESS)
            #define CHECK(s) do { if (!NT_SUCCESS(s)) { goto Exit; } } while (0)
            #ifdef ALLOC_PRAGMA
            #pragma alloc_text(PAGE, SampleDispatch)
            #endif
            _Dispatch_type_(IRP_MJ_DEVICE_CONTROL)
            NTSTATUS SampleDispatch(PDEVICE_OBJECT DeviceObject, PIRP Irp)
            {
                PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
                NTSTATUS status = STATUS_SUCCESS;
                UNREFERENCED_PARAMETER(DeviceObject);
                if (stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_SAMPLE) {
                    __try {
                        ProbeForRead(stack->Parameters.DeviceIoControl.Type3InputBuffer, 8, 1);
                    } __except (EXCEPTION_EXECUTE_HANDLER) {
                        status = GetExceptionCode();
                    }
                }
                CHECK(status);
            Exit:
                Irp->IoStatus.Status = status; /* "quoted */ // 'x
                IoCompleteRequest(Irp, IO_NO_INCREMENT);
                return status;
            }
            """;

    @Test
    void everyTruncationOfADriverPreprocessesWithoutThrowing() {
        Preprocessor pp = new Preprocessor(ZwLintConfig.defaults());
        for (int end = 0; end <= DRIVER.length(); end += 3) {
            String text = DRIVER.substring(0, end);
            assertDoesNotThrow(() -> pp.run(SourceFile.of(Path.of("cut.c"), text)), "cut at " + end);
        }
    }

    @Test
    void brokenDirectivesGiveDiagnosticsNotExceptions() {
        String source = """
                #define
                #define 3 x
                #define F(a, ) a
                #define G(a
                #undef
                #include
                #include <unterminated.h
                #if
                #elif 1
                #endif
                #ifdef
                #endif
                #else
                #elif 1
                #if 1 +
                #endif
                #if (1
                #endif
                #if 1 ? 2
                #endif
                #if 'ab
                #endif
                #if 1.5 > 1
                #endif
                #define S(x) #x
                S(
                #pragma
                """;
        PreprocessedUnit unit = assertDoesNotThrow(() -> Pp.run(source));
        assertTrue(unit.diagnostics().size() >= 15, Pp.diagnostics(unit));
        assertTrue(unit.diagnostics().stream().allMatch(d -> d.line() > 0), Pp.diagnostics(unit));
    }

    @Test
    void unterminatedCommentAndStringKeepGoing() {
        PreprocessedUnit unit = Pp.run("#define A 1\nint a = A; \"open string\nint b = A; /* never closed\nint c;\n");
        assertEquals("int a = 1 ; \"open string int b = 1 ;", Pp.text(unit));
    }

    @Test
    void directivesInsideMacroArguments() {
        String source = """
                #define CALL(f, a) f(a)
                CALL(Log,
                #ifdef _WIN64
                    64
                #else
                    32
                #endif
                    );
                """;
        assertEquals("Log ( 64 ) ;", Pp.text(source));
    }

    @Test
    void hasIncludeChecksTheSearchPath() throws Exception {
        Files.writeString(dir.resolve("present.h"), "");
        Path main = dir.resolve("m.c");
        Files.writeString(main, "#if __has_include(\"present.h\") && !__has_include(<absent.h>) && defined(__has_include)\nyes\n#endif\n");
        PreprocessedUnit unit = new Preprocessor(ZwLintConfig.defaults()).run(SourceFile.of(main, Files.readString(main)));
        assertEquals("yes", Pp.text(unit));
    }

    @Test
    void utf16AndWindows1252SourcesWork() {
        byte[] utf16 = "\uFEFF#define W 2\nint w = W;\n".getBytes(StandardCharsets.UTF_16LE);
        PreprocessedUnit wide = new Preprocessor(ZwLintConfig.defaults()).run(SourceFile.decode(Path.of("w.c"), utf16));
        assertEquals("int w = 2 ;", Pp.text(wide));
        byte[] cp1252 = "// caf\u00e9 \u0080\n#define E 3\nint e = E;\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        PreprocessedUnit latin = new Preprocessor(ZwLintConfig.defaults()).run(SourceFile.decode(Path.of("l.c"), cp1252));
        assertEquals("int e = 3 ;", Pp.text(latin));
    }

    @Test
    void binaryGarbageDoesNotThrow() {
        java.util.Random random = new java.util.Random(42);
        byte[] bytes = new byte[20_000];
        random.nextBytes(bytes);
        for (int i = 0; i < bytes.length; i += 97) {
            bytes[i] = '\n';
            if (i + 1 < bytes.length) {
                bytes[i + 1] = '#';
            }
        }
        assertDoesNotThrow(() -> new Preprocessor(ZwLintConfig.defaults()).run(SourceFile.decode(Path.of("bin.c"), bytes)));
    }

    @Test
    void includeDirectoryOptionsAreUsed() throws Exception {
        Files.createDirectories(dir.resolve("inc"));
        Files.writeString(dir.resolve("inc/cfg.h"), "#define FROM_INC 5\n");
        Path main = dir.resolve("x.c");
        Files.writeString(main, "#include <cfg.h>\nFROM_INC\n");
        ZwLintConfig config = new ZwLintConfig(Map.of(), List.of(), List.of(dir.resolve("inc")), Optional.empty(), Set.of());
        assertEquals("5", Pp.text(new Preprocessor(config).run(SourceFile.of(main, Files.readString(main)))));
    }
}
