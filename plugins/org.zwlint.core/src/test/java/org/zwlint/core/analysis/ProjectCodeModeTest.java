package org.zwlint.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceFile;

/** A file that does not say whether it is kernel code takes the word of the project it belongs to. */
class ProjectCodeModeTest {
    private static final String HELPER = """
            #include "tool.h"
            NTSTATUS ToolQuery(HANDLE file, PVOID buffer, ULONG length)
            {
                IO_STATUS_BLOCK iosb;
                return NtQueryInformationFile(file, &iosb, buffer, length, 5);
            }
            """;

    private final Analyzer analyzer = new Analyzer();

    private List<String> rules(String... namesAndTexts) {
        List<SourceFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.add(SourceFile.of(Path.of("/project", namesAndTexts[i]), namesAndTexts[i + 1]));
        }
        AnalysisResult result = analyzer.analyzeProject(files, ZwLintConfig.defaults(), () -> false);
        return result.findings().stream().map(f -> f.ruleId() + " " + f.range().file().getFileName()).toList();
    }

    @Test
    void aHelperOfAUserModeProgramIsNotJudged() {
        assertEquals(List.of(), rules("query.c", HELPER, "main.c",
                "#include \"tool.h\"\nint wmain(int argc, wchar_t **argv)\n{\n    return argc;\n}\n"));
    }

    @Test
    void aHelperOfADriverIsJudged() {
        assertEquals(List.of("PM001 query.c"), rules("query.c", HELPER, "entry.c", "#include <ntddk.h>\n"
                + "NTSTATUS DriverEntry(PDRIVER_OBJECT d, PUNICODE_STRING r)\n{\n    return 0;\n}\n"));
    }

    @Test
    void aHelperAloneIsJudgedAsKernelCode() {
        assertEquals(List.of("PM001 query.c"), rules("query.c", HELPER));
    }

    @Test
    void aProjectWithKernelCodeKeepsUnknownFilesJudged() {
        assertEquals(List.of("PM001 query.c"), rules("query.c", HELPER, "main.c", "int main(void) { return 0; }\n",
                "drv.c", "#include <wdm.h>\nVOID Nothing(VOID) { }\n"));
    }
}
