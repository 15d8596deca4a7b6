package org.zwlint.core.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.DispatcherVerdict;
import org.zwlint.core.Finding;
import org.zwlint.core.Severity;
import org.zwlint.core.Witness;
import org.zwlint.core.WitnessStep;
import org.zwlint.core.fix.NtToZwFix;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.TextRange;

/** Hand-made results that exercise every part of a report: paths, verdicts, fixes, diagnostics. */
final class ReportSamples {
    static final Path ROOT = Path.of("/builds/driver");
    static final Path DISPATCH = ROOT.resolve("src/dispatch.c");

    static final String DISPATCH_TEXT = """
            NTSTATUS DispatchClose(PDEVICE_OBJECT Device, PIRP Irp)
            {
                HANDLE h = Irp->AssociatedIrp.SystemBuffer;
                return NtClose(h);
            }
            """;

    private ReportSamples() {
    }

    static SourceFile dispatchFile() {
        return SourceFile.of(DISPATCH, DISPATCH_TEXT);
    }

    static TextRange rangeOf(SourceFile file, String text) {
        int start = file.text().indexOf(text);
        if (start < 0) {
            throw new IllegalArgumentException(text);
        }
        return file.range(start, start + text.length());
    }

    /** One PM001 finding with a fix, one boundary finding with a path and verdict, two diagnostics. */
    static AnalysisResult mixed() {
        SourceFile file = dispatchFile();
        TextRange call = rangeOf(file, "NtClose");
        Finding direct = new Finding("PM001", Severity.WARNING, call, "direct call to NtClose", Witness.of(List.of()),
                List.of(NtToZwFix.create(call, "NtClose")));
        TextRange source = rangeOf(file, "Irp->AssociatedIrp.SystemBuffer");
        Witness witness = new Witness(
                List.of(new WitnessStep(source, "handle value read from the user's buffer"),
                        new WitnessStep(call, "passed to NtClose")),
                Optional.of(new DispatcherVerdict(0xC0000008L, "STATUS_INVALID_HANDLE",
                        List.of("PreviousMode=UserMode", "ObReferenceObjectByHandle rejects a kernel handle"))));
        Finding boundary = new Finding("PB999", Severity.ERROR, call, "user-supplied handle closed", witness,
                List.of());
        return new AnalysisResult(List.of(direct, boundary),
                List.of(Diagnostic.ofFile(Severity.ERROR, ROOT.resolve("bin/driver.sys"),
                        "binary file (contains NUL bytes), not C source; skipped"),
                        new Diagnostic(Severity.NOTE, DISPATCH, 1, 1, "header <ntddk.h> not found")),
                1);
    }
}
