package org.zwlint.core.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceFile;

/**
 * The incremental analysis gives, after every edit, what a full analysis of the edited text gives:
 * the same findings in the same order (places, witnesses, fixes), the same suppressed findings. Each
 * driver fixture is edited many times over, cumulatively, as a person types: lines added, removed,
 * duplicated and swapped, comments and statements added, functions added and removed, code moved.
 */
class IncrementalAnalysisTest {
    /** The rule fixtures, the examples, and drivers written for this test (helpers, #if DBG in bodies). */
    private static final Path[] CORPORA = {Path.of("src/test/resources/fixtures/rules"), Path.of("../../examples"),
            Path.of("src/test/resources/fixtures/incremental")};
    private static final int EDITS = 14;
    private static final int SESSIONS = 12;
    /** Every kind of edit, and those that keep the text's syntax (lines removed, copied or swapped break it). */
    private static final int[] ANY = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final int[] KEEP_SYNTAX = {0, 1, 5, 6, 7, 8, 9};

    private final Analyzer analyzer = new Analyzer();
    private final ZwLintConfig config = ZwLintConfig.defaults();

    @Test
    void everyEditGivesTheFindingsOfAFullAnalysis() throws IOException {
        IncrementalAnalysis incremental = new IncrementalAnalysis(analyzer);
        int findingsCompared = 0;
        for (Path fixture : fixtures()) {
            String original = Files.readString(fixture);
            Random random = new Random(fixture.getFileName().toString().hashCode());
            Path path = fixture.toAbsolutePath().normalize();
            compare(incremental, path, original, "the fixture as it is");
            // The drivers written for this test are edited in many sessions from their original text,
            // since edits pile up into text no function can be told apart in.
            boolean more = fixture.toString().contains("incremental");
            for (int session = 0; session < (more ? SESSIONS : 1); session++) {
                String text = original;
                for (int edit = 0; edit < EDITS; edit++) {
                    Edited edited = edit(text, random, more ? KEEP_SYNTAX : ANY);
                    text = edited.text();
                    findingsCompared += compare(incremental, path, text, edited.what() + " (session " + session
                            + ", edit " + edit + ")");
                }
            }
        }
        System.out.println("Incremental analysis: " + incremental.partialAnalyses() + " partial, "
                + incremental.wholeAnalyses() + " whole; " + findingsCompared + " findings compared");
        assertTrue(findingsCompared > 200, "the edits keep findings to compare: " + findingsCompared);
        // Most fixtures are one driver whose functions all link to DriverEntry: those are analyzed whole.
        assertTrue(incremental.partialAnalyses() >= 300, "edits analyzed function by function: "
                + incremental.partialAnalyses() + " partial, " + incremental.wholeAnalyses() + " whole");
    }

    @Test
    void aFunctionEditedInALargeFileIsAnalyzedAloneAndItsNeighboursMove() {
        StringBuilder text = new StringBuilder("#include <ntddk.h>\n");
        for (int i = 0; i < 40; i++) {
            text.append("NTSTATUS Query").append(i).append("(PVOID UserBuffer)\n{\n")
                    .append("    return NtClose((HANDLE)UserBuffer);\n}\n\n");
        }
        Path path = Path.of("large_driver.c").toAbsolutePath();
        IncrementalAnalysis incremental = new IncrementalAnalysis(analyzer);
        String before = text.toString();
        compare(incremental, path, before, "the file");
        // A line added in the first function moves every finding of the 39 others one line down.
        String after = before.replaceFirst("\\{\n", "{\n    ULONG unused;\n");
        compare(incremental, path, after, "a declaration added to the first function");
        assertEquals(1, incremental.partialAnalyses());
        assertEquals("1 of 40 functions", incremental.lastScope());
        // What a background priming asks before it analyzes: is the state there for this very text?
        assertTrue(incremental.holds(List.of(SourceFile.of(path, after)), config), "the state of the text analyzed");
        assertFalse(incremental.holds(List.of(SourceFile.of(path, before)), config), "not of the text before");
        assertFalse(incremental.holds(List.of(SourceFile.of(path, after)), config.withDisabledRules(
                java.util.Set.of("PM001"))), "not with other settings");
    }

    /**
     * A rehearsal runs the by-function analysis on a made-up edit and keeps nothing: the state is still
     * the real text's, the counts and scope of real analyses are unchanged, and the next real edit gives
     * what a full analysis gives.
     */
    @Test
    void aRehearsalKeepsNothing() {
        StringBuilder text = new StringBuilder("#include <ntddk.h>\n");
        for (int i = 0; i < 12; i++) {
            text.append("NTSTATUS Query").append(i).append("(PVOID UserBuffer)\n{\n")
                    .append("    return NtClose((HANDLE)UserBuffer);\n}\n\n");
        }
        Path path = Path.of("rehearsed_driver.c").toAbsolutePath();
        IncrementalAnalysis incremental = new IncrementalAnalysis(analyzer);
        String before = text.toString();
        List<SourceFile> units = List.of(SourceFile.of(path, before));
        incremental.rehearse(units, config, () -> false);
        assertEquals(0, incremental.rehearsals(), "no state to rehearse on before the first analysis");
        compare(incremental, path, before, "the file");
        incremental.rehearse(units, config, () -> false);
        assertEquals(1, incremental.rehearsals());
        assertEquals(0, incremental.partialAnalyses(), "a rehearsal is not an analysis");
        assertEquals("12 of 12 functions", incremental.lastScope());
        assertTrue(incremental.holds(units, config), "the state is still the real text's");
        String after = before.replaceFirst("\\{\n", "{\n    ULONG unused;\n");
        compare(incremental, path, after, "a declaration added to the first function after a rehearsal");
        assertEquals("1 of 12 functions", incremental.lastScope());
        incremental.rehearse(List.of(SourceFile.of(path, after)), config, () -> false);
        assertEquals(2, incremental.rehearsals(), "each priming rehearses on the file's text of the time");
        assertTrue(incremental.holds(List.of(SourceFile.of(path, after)), config), "and leaves its state alone");
    }

    /**
     * The dispatch routine compares the IOCTL code only as a number; the name its findings give the
     * code is spelled in a case label of a function nothing links to by name. An edit of the dispatch
     * routine leaves that function out of the analysis, and its findings still name the IOCTL.
     */
    @Test
    void anIoctlNamedOnlyInAFunctionNotAnalyzedAgainKeepsItsName() {
        String before = "#include <ntddk.h>\n"
                + "\n"
                + "#define IOCTL_POKE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x940, METHOD_BUFFERED, FILE_ANY_ACCESS)\n"
                + "\n"
                + "typedef struct _POKE_REQUEST {\n"
                + "    PULONG Target;\n"
                + "    ULONG Value;\n"
                + "} POKE_REQUEST, *PPOKE_REQUEST;\n"
                + "\n"
                + "ULONG PokeCost(ULONG Code)\n"
                + "{\n"
                + "    switch (Code) {\n"
                + "    case IOCTL_POKE:\n"
                + "        return 2;\n"
                + "    default:\n"
                + "        return 1;\n"
                + "    }\n"
                + "}\n"
                + "\n"
                + "NTSTATUS PokeDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)\n"
                + "{\n"
                + "    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);\n"
                + "    PPOKE_REQUEST poke = (PPOKE_REQUEST)Irp->AssociatedIrp.SystemBuffer;\n"
                + "    NTSTATUS status = STATUS_SUCCESS;\n"
                + "    UNREFERENCED_PARAMETER(DeviceObject);\n"
                + "\n"
                + "    if (stack->Parameters.DeviceIoControl.IoControlCode != 0x222500\n"
                + "        || stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(POKE_REQUEST)) {\n"
                + "        status = STATUS_INVALID_DEVICE_REQUEST;\n"
                + "    } else {\n"
                + "        *poke->Target = poke->Value;\n"
                + "    }\n"
                + "    Irp->IoStatus.Status = status;\n"
                + "    IoCompleteRequest(Irp, IO_NO_INCREMENT);\n"
                + "    return status;\n"
                + "}\n"
                + "\n"
                + "NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)\n"
                + "{\n"
                + "    UNREFERENCED_PARAMETER(RegistryPath);\n"
                + "    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = PokeDeviceControl;\n"
                + "    return STATUS_SUCCESS;\n"
                + "}\n";
        Path path = Path.of("poke_driver.c").toAbsolutePath();
        IncrementalAnalysis incremental = new IncrementalAnalysis(analyzer);
        compare(incremental, path, before, "the file");
        AnalysisResult full = analyzer.analyze(SourceFile.of(path, before), config);
        assertTrue(full.findings().stream().anyMatch(f -> f.toString().contains("IOCTL_POKE")),
                "the full analysis names the IOCTL: " + full.findings());
        String after = before.replace("    NTSTATUS status = STATUS_SUCCESS;\n",
                "    NTSTATUS status = STATUS_SUCCESS;\n    ULONG attempts = 0;\n");
        compare(incremental, path, after, "a declaration added to the dispatch routine");
        assertEquals(1, incremental.partialAnalyses(), "the dispatch routine and DriverEntry, not PokeCost");
        // The name's spelling edited where it is, the number compared elsewhere unchanged.
        String renamed = after.replace("#define IOCTL_POKE CTL_CODE", "#define IOCTL_POKE_VALUE CTL_CODE")
                .replace("    case IOCTL_POKE:", "    case IOCTL_POKE_VALUE:");
        compare(incremental, path, renamed, "the IOCTL renamed");
        String renamedAgain = renamed.replace("        return 2;\n", "        return 3;\n");
        compare(incremental, path, renamedAgain, "the cost function edited");
    }

    @Test
    void eachFileOfATwoFileDriverEditedGivesTheFindingsOfTheProjectsFullAnalysis() throws IOException {
        Path folder = Path.of("src/test/resources/fixtures/incremental_project");
        List<Path> files = List.of(folder.resolve("relay_buffers.c").toAbsolutePath().normalize(),
                folder.resolve("relay_dispatch.c").toAbsolutePath().normalize());
        IncrementalAnalysis incremental = new IncrementalAnalysis(analyzer);
        int findingsCompared = 0;
        for (int edited = 0; edited < files.size(); edited++) {
            Path path = files.get(edited);
            SourceFile other = SourceFile.of(files.get(1 - edited), Files.readString(files.get(1 - edited)));
            String original = Files.readString(path);
            Random random = new Random(edited);
            compareProject(incremental, path, original, other, "the files as they are");
            for (int session = 0; session < SESSIONS / 2; session++) {
                String text = original;
                for (int edit = 0; edit < EDITS; edit++) {
                    Edited change = edit(text, random, KEEP_SYNTAX);
                    text = change.text();
                    findingsCompared += compareProject(incremental, path, text, other, change.what() + " (session "
                            + session + ", edit " + edit + ")");
                }
            }
        }
        System.out.println("Incremental analysis of a two-file driver: " + incremental.partialAnalyses()
                + " partial, " + incremental.wholeAnalyses() + " whole; " + findingsCompared + " findings compared");
        assertTrue(findingsCompared > 100, "findings to compare: " + findingsCompared);
        assertTrue(incremental.partialAnalyses() >= 40, "edits of the log functions, which the other file does not "
                + "reach, are analyzed function by function: " + incremental.partialAnalyses() + " partial");
    }

    private int compareProject(IncrementalAnalysis incremental, Path path, String text, SourceFile other, String what) {
        List<SourceFile> units = List.of(SourceFile.of(path, text), other);
        AnalysisResult full = analyzer.analyzeProject(units, config, () -> false);
        AnalysisResult partial = incremental.analyzeProject(units, config, () -> false);
        assertEquals(full.findings(), partial.findings(), () -> path.getFileName() + " after " + what + " ("
                + incremental.lastScope() + ")");
        assertEquals(full.suppressed(), partial.suppressed(), () -> path.getFileName() + " after " + what);
        return full.findings().size();
    }

    private int compare(IncrementalAnalysis incremental, Path path, String text, String what) {
        SourceFile file = SourceFile.of(path, text);
        AnalysisResult full = analyzer.analyze(file, config);
        AnalysisResult partial = incremental.analyze(file, config, () -> false);
        assertEquals(full.findings(), partial.findings(), () -> path.getFileName() + " after " + what + " ("
                + incremental.lastScope() + ")");
        assertEquals(full.suppressed(), partial.suppressed(), () -> path.getFileName() + " after " + what);
        return full.findings().size();
    }

    private static List<Path> fixtures() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path corpus : CORPORA) {
            try (Stream<Path> files = Files.walk(corpus)) {
                files.filter(p -> p.toString().endsWith(".c")).sorted().forEach(all::add);
            }
        }
        return all;
    }

    private record Edited(String text, String what) {
    }

    /** One edit at a random place, of the kinds a person makes while typing and moving code. */
    private static Edited edit(String text, Random random, int[] kinds) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        String what;
        switch (kinds[random.nextInt(kinds.length)]) {
            case 0 -> {
                lines.add(at, "");
                what = "a blank line at line " + (at + 1);
            }
            case 1 -> {
                lines.add(at, "// reviewed");
                what = "a comment line at line " + (at + 1);
            }
            case 2 -> {
                lines.remove(at);
                what = "line " + (at + 1) + " removed";
            }
            case 3 -> {
                lines.add(at, lines.get(at));
                what = "line " + (at + 1) + " duplicated";
            }
            case 4 -> {
                int next = Math.min(at + 1, lines.size() - 1);
                String moved = lines.get(at);
                lines.set(at, lines.get(next));
                lines.set(next, moved);
                what = "lines " + (at + 1) + " and " + (next + 1) + " swapped";
            }
            case 5 -> {
                int body = bodyLine(lines, random);
                lines.add(body, "    ;");
                what = "an empty statement at line " + (body + 1);
            }
            case 6 -> {
                lines.add(lines.size(), "static void Added" + at + "(void)\n{\n}");
                what = "a function added at the end";
            }
            case 7 -> {
                int body = bodyLine(lines, random);
                lines.set(body, lines.get(body) + " ");
                what = "a space typed at the end of line " + (body + 1);
            }
            case 8 -> {
                // a function taken out (from its line "{" to its line "}", with the line before it)
                int open = lines.indexOf("{");
                int close = open < 0 ? -1 : lines.subList(open, lines.size()).indexOf("}") + open;
                if (open > 0 && close > open) {
                    for (int i = close; i >= open - 1; i--) {
                        lines.remove(i);
                    }
                }
                what = "the first function removed";
            }
            default -> {
                int body = bodyLine(lines, random);
                lines.set(body, lines.get(body).replace("Length", "(Length + 1)"));
                what = "a length changed at line " + (body + 1);
            }
        }
        return new Edited(String.join("\n", lines), what);
    }

    /** A line inside a function body, where there is one (indented, after a line "{"). */
    private static int bodyLine(List<String> lines, Random random) {
        List<Integer> inside = new ArrayList<>();
        boolean body = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals("{")) {
                body = true;
            } else if (lines.get(i).equals("}")) {
                body = false;
            } else if (body && lines.get(i).startsWith("    ")) {
                inside.add(i);
            }
        }
        return inside.isEmpty() ? random.nextInt(lines.size()) : inside.get(random.nextInt(inside.size()));
    }
}
