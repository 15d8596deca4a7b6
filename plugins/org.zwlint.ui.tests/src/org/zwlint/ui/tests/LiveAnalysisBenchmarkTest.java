package org.zwlint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zwlint.core.Analyzer;
import org.zwlint.core.analysis.ApiFacts;
import org.zwlint.core.analysis.CodeMode;
import org.zwlint.core.analysis.ProgramAnalysis;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.parse.FrontEnd;
import org.zwlint.core.parse.ParsedUnit;
import org.zwlint.core.semantics.SemanticModel;
import org.zwlint.core.semantics.WdkDeclarations;
import org.zwlint.core.source.SourceFile;
import org.zwlint.ui.ZwLintPlugin;
import org.zwlint.ui.internal.LiveAnalysisJob;
import org.zwlint.ui.internal.RecentAnalyses;

/**
 * The benchmark of analysis while typing: a 5,000-line driver file open in the editor, one key
 * typed, and the time the re-analysis of its text took, printed for the build log (the target
 * is under 100 ms; this measures, it does not assert a time).
 */
@ExtendWith({NoErrorInWorkbenchLog.class, UiStallWatchdog.class})
class LiveAnalysisBenchmarkTest {
    private static final int LINES = 5_000;
    private static final int EDITS = 15;

    private final UiDriver ui = new UiDriver();
    private final DriverProject driver = new DriverProject();

    @AfterEach
    void cleanUp() throws Exception {
        ui.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
        driver.delete();
    }

    @Test
    void reanalysisOfAFiveThousandLineFileAfterAKeystroke() throws Exception {
        StringBuilder text = new StringBuilder("// Queue handlers of a bulk transfer driver, one per endpoint.\n");
        int function = 0;
        while (text.chars().filter(c -> c == '\n').count() < LINES - 12) {
            text.append("NTSTATUS ServiceEndpoint").append(function).append("(HANDLE Endpoint, PVOID Buffer, ULONG Length)\n")
                    .append("{\n")
                    .append("    NTSTATUS status;\n")
                    .append("    IO_STATUS_BLOCK io;\n")
                    .append("    if (Buffer == NULL || Length == 0) {\n")
                    .append("        return STATUS_INVALID_PARAMETER;\n")
                    .append("    }\n")
                    .append("    status = ZwWriteFile(Endpoint, NULL, NULL, NULL, &io, Buffer, Length, NULL, NULL);\n")
                    .append("    if (!NT_SUCCESS(status)) {\n")
                    .append("        ZwClose(Endpoint);\n")
                    .append("    }\n")
                    .append("    return status;\n")
                    .append("}\n");
            function++;
        }
        IFile file = driver.add("endpoints.c", text.toString());
        ui.waitForBuilds();
        ITextEditor editor = ui.onUi(() -> {
            try {
                return (ITextEditor) IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
                        file, true);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        long lines = ui.onUi(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()).getNumberOfLines());
        long before = LiveAnalysisJob.analysesRun();
        ui.onUi(() -> {
            editor.selectAndReveal(0, 0);
            Widgets.textWidget(editor).setFocus();
        });
        ui.pointAt(ui.onUi(() -> Widgets.textWidget(editor)));
        ui.press(SWT.NONE, SWT.CR);
        ui.waitUntil("the re-analysis after the keystroke", () -> LiveAnalysisJob.analysesRun() > before);
        assertEquals(1, LiveAnalysisJob.analysesRun() - before, "one analysis after one keystroke and a pause");
        long first = LiveAnalysisJob.lastAnalysisMillis();
        String firstScope = ZwLintPlugin.getDefault().liveAnalysis().lastScope();
        // Then edits inside functions here and there, a line break or a space each, one pause apiece.
        long[] times = new long[EDITS];
        for (int edit = 0; edit < EDITS; edit++) {
            int line = 3 + 13 * ((edit * 89) % (LINES / 13 - 2)); // "    NTSTATUS status;" of some function
            ui.onUi(() -> {
                org.eclipse.jface.text.IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
                try {
                    editor.selectAndReveal(document.getLineOffset(line), 0);
                } catch (org.eclipse.jface.text.BadLocationException e) {
                    throw new AssertionError(e);
                }
            });
            long runs = LiveAnalysisJob.analysesRun();
            ui.press(SWT.NONE, edit % 2 == 0 ? SWT.CR : ' ');
            ui.waitUntil("the re-analysis after edit " + edit, () -> LiveAnalysisJob.analysesRun() > runs);
            times[edit] = LiveAnalysisJob.lastAnalysisMillis();
        }
        long[] sorted = times.clone();
        java.util.Arrays.sort(sorted);
        System.out.println("Live re-analysis of a " + lines + "-line file after a keystroke: the first " + first
                + " ms (" + firstScope + " analyzed; " + ZwLintPlugin.getDefault().liveAnalysis().rehearsals()
                + " rehearsals in this workbench before it); the next " + EDITS + " edits ("
                + ZwLintPlugin.getDefault().liveAnalysis().lastScope() + " the last time): median "
                + sorted[EDITS / 2] + " ms, max " + sorted[EDITS - 1] + " ms " + java.util.Arrays.toString(times));
        // Save: the build takes the analysis made while typing instead of analyzing the same text again.
        long reusedBefore = RecentAnalyses.reused();
        long saveStart = System.nanoTime();
        ui.press(SWT.CTRL, 's');
        ui.waitUntil("the save", () -> !ui.onUi(editor::isDirty));
        ui.waitForBuilds();
        System.out.println("Save to markers of the " + lines + "-line file: " + (System.nanoTime() - saveStart) / 1_000_000
                + " ms; the build took the analysis made while typing: " + (RecentAnalyses.reused() > reusedBefore));
        printPhases(file, ui.onUi(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()).get()));
    }

    /**
     * The first keystroke in a file of a two-file driver (core's incremental_project fixture) opened
     * after the build, and the edits after it: how long each re-analysis took and how much of the
     * edited file it analyzed again (the other file is analyzed in full each time).
     */
    @Test
    void firstKeystrokeInAFileOfATwoFileDriver() throws Exception {
        java.nio.file.Path fixture = java.nio.file.Path.of(System.getProperty("user.dir"),
                "../org.zwlint.core/src/test/resources/fixtures/incremental_project");
        IFile file = driver.add("relay_buffers.c", java.nio.file.Files.readString(fixture.resolve("relay_buffers.c")));
        driver.add("relay_dispatch.c", java.nio.file.Files.readString(fixture.resolve("relay_dispatch.c")));
        ui.waitForBuilds();
        ITextEditor editor = ui.onUi(() -> {
            try {
                return (ITextEditor) IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
                        file, true);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        // A person reads the file a moment before typing: what ZwLint does in the background meanwhile counts.
        UiDriver.sleep(2_000);
        Job.getJobManager().join(LiveAnalysisJob.FAMILY, null);
        org.eclipse.jface.text.IDocument document = ui.onUi(() -> editor.getDocumentProvider()
                .getDocument(editor.getEditorInput()));
        int body = ui.onUi(() -> document.get().indexOf("    IO_STATUS_BLOCK io;"));
        ui.onUi(() -> {
            editor.selectAndReveal(body, 0);
            Widgets.textWidget(editor).setFocus();
        });
        ui.pointAt(ui.onUi(() -> Widgets.textWidget(editor)));
        long[] times = new long[6];
        String[] scopes = new String[times.length];
        for (int edit = 0; edit < times.length; edit++) {
            long runs = LiveAnalysisJob.analysesRun();
            ui.press(SWT.NONE, ' ');
            ui.waitUntil("the re-analysis after edit " + edit, () -> LiveAnalysisJob.analysesRun() > runs);
            Job.getJobManager().join(LiveAnalysisJob.FAMILY, null);
            times[edit] = LiveAnalysisJob.lastAnalysisMillis();
            scopes[edit] = ZwLintPlugin.getDefault().liveAnalysis().lastScope();
        }
        long[] later = java.util.Arrays.copyOfRange(times, 1, times.length);
        java.util.Arrays.sort(later);
        System.out.println("Live re-analysis in a file of a two-file driver: the first keystroke " + times[0] + " ms ("
                + scopes[0] + " of the edited file analyzed); the next " + later.length + " median "
                + later[later.length / 2] + " ms (" + scopes[times.length - 1] + ") " + java.util.Arrays.toString(times));
        ui.onUi(() -> editor.doRevertToSaved());
    }

    /**
     * Where the time of one analysis of the buffer's text goes, in this workbench's JVM: the front
     * end (preprocess and parse), semantics, the engine, and the rest of a whole analysis (the rules,
     * suppressions); the median of five runs each.
     */
    private static void printPhases(IFile file, String text) {
        SourceFile source = SourceFile.of(file.getLocation().toPath(), text);
        ZwLintConfig config = ZwLintConfig.defaults();
        FrontEnd frontEnd = new FrontEnd(config);
        WdkDeclarations declarations = WdkDeclarations.of(frontEnd.modelAst());
        ApiFacts api = ApiFacts.bundled();
        Analyzer analyzer = ZwLintPlugin.getDefault().analyzer();
        long[][] runs = new long[5][];
        for (int i = 0; i < runs.length; i++) {
            long t0 = System.nanoTime();
            ParsedUnit parsed = frontEnd.parse(source);
            long t1 = System.nanoTime();
            SemanticModel semantics = SemanticModel.build(parsed.ast(), declarations);
            long t2 = System.nanoTime();
            ProgramAnalysis.run(List.of(new ProgramAnalysis.Unit(source, parsed.ast(), semantics,
                    CodeMode.of(parsed.includedHeaders(), semantics.functions()))), api, ProgramAnalysis.Budgets.defaults());
            long t3 = System.nanoTime();
            analyzer.analyze(source, config);
            long t4 = System.nanoTime();
            runs[i] = new long[] {t1 - t0, t2 - t1, t3 - t2, (t4 - t3) - (t3 - t0), t4 - t3};
        }
        String[] names = {"front end", "semantics", "engine", "rules and the rest", "whole analysis"};
        StringBuilder line = new StringBuilder("Analysis of the " + text.lines().count() + "-line buffer, median of "
                + runs.length + ":");
        for (int phase = 0; phase < names.length; phase++) {
            int at = phase;
            long[] values = java.util.Arrays.stream(runs).mapToLong(r -> r[at]).sorted().toArray();
            line.append(phase == 0 ? " " : ", ").append(names[phase]).append(' ')
                    .append(values[values.length / 2] / 1_000_000).append(" ms");
        }
        System.out.println(line);
    }
}
