package org.zwlint.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zwlint.core.parse.Parsing.errors;
import static org.zwlint.core.parse.Parsing.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.ReturnStatement;
import org.zwlint.core.ast.SkippedDeclaration;
import org.zwlint.core.ast.SkippedStatement;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.preprocess.Preprocessor;
import org.zwlint.core.source.SourceFile;

/** Broken and hostile input: a diagnostic with file:line:col, the rest of the file, never a crash or a hang. */
class RobustnessTest {

    @Test
    void anErrorInOneFunctionKeepsTheRestOfTheFile() {
        var unit = parse("""
                NTSTATUS First(VOID) { return STATUS_SUCCESS; }
                NTSTATUS Broken(PIRP Irp)
                {
                    Irp->IoStatus.Status = = STATUS_SUCCESS;
                    return STATUS_SUCCESS;
                }
                NTSTATUS Last(VOID) { return STATUS_SUCCESS; }
                """);
        List<Diagnostic> errors = errors(unit);
        assertEquals(1, errors.size());
        Diagnostic error = errors.get(0);
        assertEquals("snippet.c", error.file().toString());
        assertEquals(4, error.line());
        assertEquals(28, error.column());
        assertTrue(error.message().contains("unexpected '='"), error.message());
        assertEquals(List.of("First", "Broken", "Last"),
                Parsing.all(unit, FunctionDefinition.class).stream().map(FunctionDefinition::name).toList());
        assertEquals(3, unit.functionCount());
        assertEquals(2, unit.parsedFunctionCount());
        // recovered locally: the broken statement is skipped, the function and its other statements stay
        FunctionDefinition broken = Parsing.function(unit, "Broken");
        assertEquals(List.of(SkippedStatement.class, ReturnStatement.class),
                broken.body().items().stream().map(Object::getClass).toList());
        assertEquals(List.of(), Parsing.all(unit, SkippedDeclaration.class));
    }

    @Test
    void aBrokenStatementDoesNotHideTheCallsAroundIt() {
        var unit = parse("""
                VOID Mixed(HANDLE Handle)
                {
                    NtClose(Handle);
                    Handle = = NULL;
                    if (Handle) {
                        NtClose(Handle);
                    }
                }
                """);
        assertEquals(1, errors(unit).size());
        assertEquals(5, errors(unit).get(0).line() + 1);
        assertEquals(2, Parsing.all(unit, org.zwlint.core.ast.Call.class).size());
    }

    @Test
    void theBlockUnderABrokenHeadIsStillParsed() {
        var unit = parse("""
                VOID Loop(HANDLE Handle, ULONG Count)
                {
                    do {
                        NtClose(Handle);
                    } UNTIL_DONE (Count-- > 0);
                    if (Count > > 1) {
                        NtClose(Handle);
                    } else {
                        ZwClose(Handle);
                    }
                    ZwClose(Handle);
                }
                """);
        assertEquals(3, errors(unit).size(), unit.diagnostics().toString());
        assertEquals(List.of("NtClose", "NtClose", "ZwClose", "ZwClose"),
                Parsing.all(unit, org.zwlint.core.ast.Call.class).stream()
                        .map(c -> c.calleeName().orElse("?")).filter(n -> n.endsWith("Close")).toList());
    }

    @Test
    void aMissingParenthesisDoesNotSwallowTheFile() {
        var unit = parse("""
                int Broken(int a { return a; }
                int Fine(void) { return 0; }
                """);
        assertEquals(1, errors(unit).size());
        assertEquals(1, unit.parsedFunctionCount());
    }

    @Test
    void unterminatedCommentAndStringAreReportedWithAPlace() {
        var comment = parse("int x; // a \"/*\" in a line comment is fine\n/* never closed\nint y;\n");
        assertEquals(List.of("snippet.c:2:1: error: unterminated /* comment: the rest of the file is inside it"),
                errors(comment).stream().map(Diagnostic::format).toList());
        var string = parse("VOID F(VOID) { DbgPrint(\"no end); }\nint z;\n");
        assertEquals(List.of("snippet.c:1:25: error: unterminated string literal: "
                + "no closing quote before the end of the line"),
                errors(string).stream().map(Diagnostic::format).toList());
    }

    @Test
    void thousandDeepNestingIsADiagnostic() {
        String deep = "int Deep(int x) { return " + "(".repeat(1000) + "x" + ")".repeat(1000) + "; }\n"
                + "int After(void) { return 1; }\n";
        var unit = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parse(deep));
        assertTrue(errors(unit).stream().anyMatch(d -> d.message().contains("nested deeper")), unit.diagnostics()
                .toString());
        assertEquals(2, unit.functionCount());
        assertEquals(1, unit.parsedFunctionCount());
        String blocks = "VOID Blocks(VOID) " + "{".repeat(1000) + "}".repeat(1000) + "\n";
        assertFalse(errors(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parse(blocks))).isEmpty());
    }

    @Test
    void fiftyThousandLinesParseQuickly() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            code.append("NTSTATUS Handler").append(i).append("(PIRP Irp, ULONG Code)\n{\n")
                    .append("    ULONG length = Irp->IoStatus.Information;\n")
                    .append("    // the handler for code ").append(i).append("\n")
                    .append("    length += Code;\n")
                    .append("    if (Code == ").append(i).append(") {\n")
                    .append("        length = length * 2 + sizeof(ULONG);\n    }\n")
                    .append("    return length ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;\n}\n");
        }
        assertEquals(50_000, code.toString().split("\n").length);
        var unit = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> parse(code.toString()));
        assertEquals(List.of(), errors(unit));
        assertEquals(5000, unit.parsedFunctionCount());
    }

    @Test
    void aFileOverItsTimeBudgetIsReported() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 20000; i++) {
            code.append("int f").append(i).append("(int a) { return a + ").append(i).append("; }\n");
        }
        FrontEnd hurried = new FrontEnd(new Preprocessor(ZwLintConfig.defaults()), Duration.ofMillis(1));
        var unit = hurried.parse(SourceFile.of(Path.of("slow.c"), code.toString()));
        assertTrue(unit.diagnostics().stream().anyMatch(d -> d.message().contains("time budget")),
                unit.diagnostics().toString());
        assertEquals(20000, unit.functionCount());
    }

    @Test
    void binaryUtf16AndWindows1252FilesInARun(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("blob.c"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
        byte[] utf16 = "int Wide(void) { return 1; }\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(dir.resolve("wide.c"), withBom);
        Files.write(dir.resolve("latin.c"), "/* caf\u00e9 */ int Latin(void) { return 2; }\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Files.writeString(dir.resolve("broken.c"), "int Broken( { }\nint Fine(void) { return 0; }\n");
        ParseRunResult result = ParseRun.run(List.of(dir), new ZwLintConfig(java.util.Map.of(), List.of(), List.of(),
                Optional.empty(), Set.of()), 2);
        assertEquals(4, result.files());
        assertEquals(4, result.functions());
        assertEquals(3, result.parsed());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.file().endsWith("blob.c")
                && d.message().contains("binary")));
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.file().endsWith("wide.c")
                && d.message().equals("decoded as UTF-16LE; edits keep this encoding")), result.diagnostics().toString());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.file().endsWith("latin.c")
                && d.message().startsWith("decoded as windows-1252")));
        assertTrue(result.summaryLine().matches(
                "files=4 lines=\\d+ functions=4 parsed=3 errors=2 seconds=\\d+\\.\\d\\d"), result.summaryLine());
    }

    @Test
    void includeCyclesAndMacroBombsEndWithADiagnostic(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.h"), "#include \"b.h\"\ntypedef int A_TYPE;\n");
        Files.writeString(dir.resolve("b.h"), "#include \"a.h\"\n");
        Path main = dir.resolve("main.c");
        Files.writeString(main, """
                #include "a.h"
                #define B0 x x
                #define B1 B0 B0 B0 B0 B0 B0 B0 B0 B0 B0
                #define B2 B1 B1 B1 B1 B1 B1 B1 B1 B1 B1
                #define B3 B2 B2 B2 B2 B2 B2 B2 B2 B2 B2
                #define B4 B3 B3 B3 B3 B3 B3 B3 B3 B3 B3
                #define B5 B4 B4 B4 B4 B4 B4 B4 B4 B4 B4
                #define B6 B5 B5 B5 B5 B5 B5 B5 B5 B5 B5
                #define B7 B6 B6 B6 B6 B6 B6 B6 B6 B6 B6
                int Bomb(void) { return B7; }
                A_TYPE Fine(void) { return 0; }
                """);
        ParseRunResult result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> ParseRun.run(List.of(main), ZwLintConfig.defaults(), 1));
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.message().contains("include cycle")));
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.message().contains("tokens")));
    }
}
