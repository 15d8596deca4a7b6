package org.zwlint.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zwlint.core.hostile.Hostile.errors;
import static org.zwlint.core.hostile.Hostile.formatted;
import static org.zwlint.core.hostile.Hostile.one;
import static org.zwlint.core.hostile.Hostile.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Finding;
import org.zwlint.core.source.SourceEncoding;
import org.zwlint.core.source.SourceFile;

/** Hostile files, encodings and paths: each gets a diagnostic naming it (with a line where there is one), never a crash. */
class HostileFilesTest {
    @TempDir
    Path dir = Path.of("unset");

    private static final String CLOSER = """
            #include <ntddk.h>
            NTSTATUS CloseIt(HANDLE h)
            {
                return NtClose(h);
            }
            """;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private static int findingLine(AnalysisResult result) {
        assertEquals(1, result.findings().size(), () -> "findings: " + result.findings() + formatted(result));
        return result.findings().get(0).range().startLine();
    }

    @Test
    void binaryFileIsSkippedWithItsName() throws IOException {
        byte[] garbage = new byte[4096];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 31 + 7);
        }
        Path file = write("blob.c", garbage);
        Path good = write("good.c", CLOSER.getBytes(StandardCharsets.UTF_8));
        AnalysisResult result = run(file, good);
        one(result, file, 0, m -> m.contains("binary file"));
        assertEquals(4, findingLine(result), "the other file is still analyzed");
    }

    @Test
    void nulBytesInsideValidC() throws IOException {
        Path early = write("early.c", ("int a;\0" + CLOSER).getBytes(StandardCharsets.ISO_8859_1));
        AnalysisResult refused = run(early);
        one(refused, early, 0, m -> m.contains("NUL"));
        String padding = "/* " + "x".repeat(9000) + " */\n";
        Path late = write("late.c", (padding + CLOSER + "int \0 b;\n").getBytes(StandardCharsets.ISO_8859_1));
        AnalysisResult analyzed = run(late);
        assertEquals(5, findingLine(analyzed), "the code before the NUL is analyzed");
        assertTrue(errors(analyzed).stream().allMatch(d -> d.file().equals(late) && d.line() == 7),
                () -> formatted(analyzed).toString());
    }

    @Test
    void utf16WithAndWithoutBom() throws IOException {
        for (boolean bom : new boolean[] {true, false}) {
            for (boolean little : new boolean[] {true, false}) {
                byte[] text = CLOSER.getBytes(little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
                byte[] mark = !bom ? new byte[0] : little ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                        : new byte[] {(byte) 0xFE, (byte) 0xFF};
                byte[] bytes = new byte[mark.length + text.length];
                System.arraycopy(mark, 0, bytes, 0, mark.length);
                System.arraycopy(text, 0, bytes, mark.length, text.length);
                Path file = write("wide_" + bom + "_" + little + ".c", bytes);
                assertEquals(4, findingLine(run(file)), file.toString());
                SourceEncoding expected = bom ? (little ? SourceEncoding.UTF_16LE_BOM : SourceEncoding.UTF_16BE_BOM)
                        : (little ? SourceEncoding.UTF_16LE : SourceEncoding.UTF_16BE);
                assertEquals(expected, SourceFile.decode(file, bytes).encoding());
            }
        }
    }

    @Test
    void invalidUtf8AndWindows1252() throws IOException {
        byte[] invalid = ("// \u00e9\n" + CLOSER).getBytes(StandardCharsets.UTF_8);
        invalid[3] = (byte) 0xC3;
        invalid[4] = (byte) 0x28; // 0xC3 0x28: not UTF-8
        assertEquals(5, findingLine(run(write("invalid.c", invalid))));
        byte[] cp1252 = ("// caf\u00e9 \u20ac\n" + CLOSER).getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertEquals(5, findingLine(run(write("cp1252.c", cp1252))));
    }

    /** Found by FixFuzzTest: a UTF-8 BOM before invalid UTF-8 made the fix land past the end of the file. */
    @Test
    void utf8BomBeforeInvalidUtf8KeepsEveryByteUnderAFix() throws IOException {
        byte[] text = ("\nNTSTATUS Odd(H\u00ff\u00ffANDLE h)\n{\n    return NtClose(h);\n}\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        SourceFile file = SourceFile.decode(dir.resolve("liar.c"), bytes);
        assertEquals(SourceEncoding.WINDOWS_1252, file.encoding());
        AnalysisResult result = Hostile.ANALYZER.analyze(file,
                org.zwlint.core.config.ZwLintConfig.defaults().withMode(org.zwlint.core.config.ModeOverride.KERNEL));
        assertEquals(1, result.findings().size(), formatted(result).toString());
        byte[] fixed = org.zwlint.core.source.SourceEditor.apply(file, result.findings().get(0).fixes().get(0).edits());
        String expected = new String(bytes, StandardCharsets.ISO_8859_1).replace("NtClose", "ZwClose");
        assertEquals(expected, new String(fixed, StandardCharsets.ISO_8859_1));
    }

    @Test
    void crOnlyLineEnds() throws IOException {
        Path file = write("mac.c", CLOSER.replace('\n', '\r').getBytes(StandardCharsets.US_ASCII));
        AnalysisResult result = run(file);
        assertEquals(4, findingLine(result));
        Finding finding = result.findings().get(0);
        assertEquals(12, finding.range().startColumn());
    }

    @Test
    void oneMegabyteLine() throws IOException {
        StringBuilder line = new StringBuilder("int Sum = 0");
        while (line.length() < 1_000_000) {
            line.append(" + 1");
        }
        Path file = write("wide_line.c", (line + ";\n" + CLOSER).getBytes(StandardCharsets.US_ASCII));
        assertEquals(5, findingLine(run(file)));
    }

    @Test
    void hundredThousandLines() throws IOException {
        StringBuilder text = new StringBuilder(CLOSER);
        for (int i = 0; i < 100_000; i++) {
            text.append("int Line").append(i).append(" = ").append(i).append(";\n");
        }
        text.append("NTSTATUS Last(HANDLE h) { return NtClose(h); }\n");
        AnalysisResult result = run(write("long.c", text.toString().getBytes(StandardCharsets.US_ASCII)));
        assertEquals(List.of(4, 100_006), result.findings().stream().map(f -> f.range().startLine()).toList());
    }

    @Test
    void specialFilesAndDirectoriesAsInputsAndIncludes() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub.h"));
        Path main = write("inc.c", ("#include \"sub.h\"\n#include \"/dev/zero\"\n#include \"/dev/null\"\n" + CLOSER)
                .getBytes(StandardCharsets.US_ASCII));
        AnalysisResult result = run(main, Path.of("/dev/zero"), Path.of("/dev/null"));
        assertEquals(7, findingLine(result));
        one(result, Path.of("/dev/zero"), 0, m -> m.contains("not a regular file"));
        one(result, Path.of("/dev/null"), 0, m -> m.contains("not a regular file"));
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.file().equals(sub)), formatted(result).toString());
    }

    @Test
    void symlinkLoopsAndDanglingLinks() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.write(tree.resolve("driver.c"), CLOSER.getBytes(StandardCharsets.US_ASCII));
        Files.createSymbolicLink(tree.resolve("loop"), tree);
        Files.createSymbolicLink(tree.resolve("self.h"), tree.resolve("self.h"));
        Files.createSymbolicLink(tree.resolve("gone.c"), tree.resolve("missing.c"));
        Path includer = write("tree/includer.c", "#include \"self.h\"\n#include \"loop/loop/driver.c\"\nint x;\n"
                .getBytes(StandardCharsets.US_ASCII));
        AnalysisResult result = run(tree);
        assertEquals(2, result.findings().size(), () -> "driver.c twice: itself, and included by includer.c"
                + result.findings());
        assertTrue(result.findings().stream().allMatch(f -> f.range().startLine() == 4), formatted(result).toString());
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.file().equals(includer) && d.line() == 2),
                formatted(result).toString());
    }

    @Test
    void unreadableFilesAndDirectories() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("locked"));
        Path good = write("locked/good.c", CLOSER.getBytes(StandardCharsets.US_ASCII));
        Path secret = write("locked/secret.c", CLOSER.getBytes(StandardCharsets.US_ASCII));
        Path closed = Files.createDirectories(tree.resolve("closed"));
        Files.write(closed.resolve("inner.c"), CLOSER.getBytes(StandardCharsets.US_ASCII));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(secret), "permissions are not enforced for this user (root)");
            AnalysisResult result = run(tree);
            assertEquals(1, result.findings().size());
            assertEquals(good, result.findings().get(0).range().file());
            one(result, secret, 0, m -> m.contains("cannot read"));
            one(result, closed, 0, m -> m.contains("cannot read"));
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void filesVanishingWhileAnalyzed() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("churn"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Path project = Files.createDirectories(tree.resolve("p" + i));
            Path file = project.resolve("d.c");
            Files.write(file, ("#include \"h.h\"\n" + CLOSER).getBytes(StandardCharsets.US_ASCII));
            Files.write(project.resolve("h.h"), "#define H 1\n".getBytes(StandardCharsets.US_ASCII));
            files.add(file);
        }
        AtomicBoolean stop = new AtomicBoolean();
        Thread churn = new Thread(() -> {
            for (int i = files.size() - 1; i >= 0 && !stop.get(); i -= 2) {
                try {
                    Files.deleteIfExists(files.get(i).resolveSibling("h.h"));
                    Files.deleteIfExists(files.get(i));
                    Files.write(files.get(i - 1), "int changed;\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        churn.start();
        AnalysisResult result;
        try {
            result = run(tree);
        } finally {
            stop.set(true);
            churn.join();
        }
        for (var d : errors(result)) {
            assertTrue(d.message().contains("cannot read"), d.format());
        }
        assertTrue(result.findings().size() + errors(result).size() <= files.size());
    }

    @Test
    void pathsWithSpacesAndNonAscii() throws IOException {
        Path file = write("my driver/\u00e9t\u00e9 \u9a71\u52a8 #1%.c", CLOSER.getBytes(StandardCharsets.US_ASCII));
        AnalysisResult result = run(file.getParent());
        assertEquals(4, findingLine(result));
        assertEquals(file, result.findings().get(0).range().file());
    }
}
