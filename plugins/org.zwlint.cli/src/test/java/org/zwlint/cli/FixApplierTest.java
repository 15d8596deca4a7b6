package org.zwlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.Severity;
import org.zwlint.core.Witness;
import org.zwlint.core.source.SourceDigest;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.TextEdit;
import org.zwlint.core.source.TextRange;

class FixApplierTest {
    private static final String TEXT = "void F(HANDLE h) { NtClose(h); }\n";

    private static Finding finding(Path file, Fix... fixes) {
        SourceFile source = SourceFile.of(file, TEXT);
        int start = TEXT.indexOf("NtClose");
        TextRange range = source.range(start, start + 7);
        return new Finding("PM001", Severity.WARNING, range, "direct call", Witness.of(List.of()), List.of(fixes));
    }

    private static Fix replace(Path file, String label, String text, int start, int end) {
        return new Fix(label, file, List.of(new TextEdit(start, end, text)));
    }

    @Test
    void alternativeFixesForOneSpanApplyOnlyTheFirst(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("f.c"), TEXT);
        int start = TEXT.indexOf("NtClose");
        Finding finding = finding(file, replace(file, "to Zw", "Zw", start, start + 2),
                replace(file, "remove call", "", start, start + 11));

        List<FixApplier.Outcome> outcomes = FixApplier.applyAll(List.of(finding));

        assertEquals(List.of(true, false), outcomes.stream().map(FixApplier.Outcome::applied).toList());
        assertEquals("overlaps a fix applied before it", outcomes.get(1).detail());
        assertEquals(TEXT.replace("NtClose", "ZwClose"), Files.readString(file));
    }

    @Test
    void aFileThatShrankSinceTheAnalysisIsLeftAlone(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("f.c"), TEXT);
        Finding finding = finding(file, replace(file, "to Zw", "Zw", TEXT.length() - 3, TEXT.length() - 1));
        Files.writeString(file, "void F(void);\n");

        List<FixApplier.Outcome> outcomes = FixApplier.applyAll(List.of(finding));

        assertEquals(1, outcomes.size());
        assertEquals("the file changed since it was analyzed", outcomes.get(0).detail());
        assertEquals("void F(void);\n", Files.readString(file));
    }

    @Test
    void aFileWhoseBytesChangedSinceTheAnalysisIsLeftAlone(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("f.c"), TEXT);
        int start = TEXT.indexOf("NtClose");
        Fix toZw = replace(file, "to Zw", "Zw", start, start + 2).analyzedAs(SourceDigest.of(Files.readAllBytes(file)));
        String edited = TEXT.replace("HANDLE h", "HANDLE x"); // same length: every offset still fits
        Files.writeString(file, edited);

        List<FixApplier.Outcome> outcomes = FixApplier.applyAll(List.of(finding(file, toZw)));

        assertEquals(false, outcomes.get(0).applied());
        assertEquals("the file changed since it was analyzed", outcomes.get(0).detail());
        assertEquals(edited, Files.readString(file));
        assertEquals(List.of(file), listing(dir));
    }

    @Test
    void theFixedFileReplacesTheOriginalWholeWithItsPermissionsAndNoTemporaryFileLeft(@TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("f.c"), TEXT);
        Set<PosixFilePermission> permissions = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, permissions);
        int start = TEXT.indexOf("NtClose");
        Fix toZw = replace(file, "to Zw", "Zw", start, start + 2).analyzedAs(SourceDigest.of(Files.readAllBytes(file)));

        List<FixApplier.Outcome> outcomes = FixApplier.applyAll(List.of(finding(file, toZw)));

        assertEquals(true, outcomes.get(0).applied(), outcomes.get(0).format());
        assertEquals(TEXT.replace("NtClose", "ZwClose"), Files.readString(file));
        assertEquals(permissions, Files.getPosixFilePermissions(file));
        assertEquals(List.of(file), listing(dir));
    }

    @Test
    void aFixThroughALinkChangesTheLinkedFileAndKeepsTheLink(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("real.c"), TEXT);
        Path link = Files.createSymbolicLink(dir.resolve("link.c"), real.getFileName());
        int start = TEXT.indexOf("NtClose");
        Fix toZw = replace(link, "to Zw", "Zw", start, start + 2).analyzedAs(SourceDigest.of(Files.readAllBytes(link)));

        FixApplier.applyAll(List.of(finding(link, toZw)));

        assertTrue(Files.isSymbolicLink(link));
        assertEquals(TEXT.replace("NtClose", "ZwClose"), Files.readString(real));
        assertEquals(List.of(link, real), listing(dir));
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void anUnreadableFileIsReportedNotFixed(@TempDir Path dir) {
        Path gone = dir.resolve("gone.c");
        Finding finding = finding(gone, replace(gone, "to Zw", "Zw", 19, 21));

        List<FixApplier.Outcome> outcomes = FixApplier.applyAll(List.of(finding));

        assertEquals(false, outcomes.get(0).applied());
        assertEquals(gone + ":1:20: not fixed PM001: to Zw (cannot read file: NoSuchFileException " + gone + ")",
                outcomes.get(0).format());
    }
}
