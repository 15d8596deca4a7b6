package org.zwlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.Severity;
import org.zwlint.core.Witness;
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
    void anUnreadableFileIsReportedNotFixed(@TempDir Path dir) {
        Path gone = dir.resolve("gone.c");
        Finding finding = finding(gone, replace(gone, "to Zw", "Zw", 19, 21));

        List<FixApplier.Outcome> outcomes = FixApplier.applyAll(List.of(finding));

        assertEquals(false, outcomes.get(0).applied());
        assertEquals(gone + ":1:20: not fixed PM001: to Zw (cannot read file: NoSuchFileException " + gone + ")",
                outcomes.get(0).format());
    }
}
