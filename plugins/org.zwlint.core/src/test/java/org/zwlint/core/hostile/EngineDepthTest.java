package org.zwlint.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zwlint.core.hostile.Hostile.errors;
import static org.zwlint.core.hostile.Hostile.formatted;
import static org.zwlint.core.hostile.Hostile.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.AnalysisResult;

/**
 * Shapes that make a recursive engine overflow or a quadratic one crawl: deep blocks, huge switches
 * and functions, long call chains and recursion. The engine and every rule finish on each, and
 * the direct call at the end of the file is still found.
 */
class EngineDepthTest {
    @TempDir
    Path dir = Path.of("unset");

    private static final String CLOSER = """
            NTSTATUS CloseIt(HANDLE h)
            {
                return NtClose(h);
            }
            """;

    private AnalysisResult analyze(String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "#include <ntddk.h>\n" + body + CLOSER, StandardCharsets.UTF_8);
        AnalysisResult result = run(file);
        // The closer's PM001, after the hostile part, shows the engine got through it; other rules may
        // rightly report on the hostile code too (an unguarded probe is PB003's).
        assertEquals(1, result.findings().stream().filter(f -> f.ruleId().equals("PM001")).count(),
                () -> "findings " + result.findings() + " " + formatted(result));
        return result;
    }

    @Test
    void tenThousandNestedBlocks() throws IOException {
        int n = 10_000;
        AnalysisResult result = analyze("blocks.c", "void Deep(PIRP Irp)\n{\n" + "{ Irp->IoStatus.Information++;\n".repeat(n)
                + "}".repeat(n) + "\n}\n");
        assertTrue(errors(result).stream().allMatch(d -> d.line() > 0), formatted(result).toString());
    }

    @Test
    void fiveThousandCaseSwitch() throws IOException {
        StringBuilder body = new StringBuilder("NTSTATUS Big(ULONG code, PVOID user, HANDLE h)\n{\n    switch (code) {\n");
        for (int i = 0; i < 5_000; i++) {
            body.append("    case ").append(i).append(": code += ").append(i % 7).append("; break;\n");
        }
        body.append("    default: ProbeForRead(user, code, 1); break;\n    }\n    return ZwClose(h);\n}\n");
        assertEquals(java.util.List.of(), errors(analyze("switch.c", body.toString())));
    }

    @Test
    void fiftyThousandStatementFunction() throws IOException {
        StringBuilder body = new StringBuilder("ULONG Long(PULONG p)\n{\n    ULONG v = 0;\n");
        for (int i = 0; i < 50_000; i++) {
            body.append("    v = v * 3 + p[").append(i % 16).append("];\n");
        }
        body.append("    return v;\n}\n");
        assertEquals(java.util.List.of(), errors(analyze("long_function.c", body.toString())));
    }

    @Test
    void fiveThousandDeepCallChain() throws IOException {
        StringBuilder body = new StringBuilder("ULONG Step0(PVOID user, ULONG n) { ProbeForRead(user, n, 1); return n; }\n");
        for (int i = 1; i < 5_000; i++) {
            body.append("ULONG Step").append(i).append("(PVOID user, ULONG n) { return Step").append(i - 1)
                    .append("(user, n + 1); }\n");
        }
        assertEquals(java.util.List.of(), errors(analyze("chain.c", body.toString())));
    }

    /** Found by AnalysisFuzzTest: the target of ++ and op= was evaluated twice per level, 2^n in the nesting. */
    @Test
    void nestedIncrementsAndCompoundAssignmentsThroughPointers() throws IOException {
        int n = 60;
        String increments = "++*".repeat(n) + "p";
        String compound = "*(".repeat(n) + "p" + " += 1) += 1".repeat(n);
        String nonLvalues = "++(".repeat(n) + "p" + ")".repeat(n);
        assertEquals(java.util.List.of(), errors(analyze("nested_updates.c",
                "void Bump(PUCHAR *p)\n{\n    " + increments + ";\n}\n"
                + "void Add(PUCHAR p)\n{\n    " + compound + ";\n}\n"
                + "void Again(PUCHAR p)\n{\n    " + nonLvalues + ";\n}\n")).stream()
                .filter(d -> !d.message().contains("syntax error")).toList());
    }

    @Test
    void mutualRecursion() throws IOException {
        assertEquals(java.util.List.of(), errors(analyze("mutual.c", """
                ULONG Ping(PVOID user, ULONG n);
                ULONG Pong(PVOID user, ULONG n) { return n == 0 ? 0 : Ping(user, n - 1); }
                ULONG Ping(PVOID user, ULONG n) { ProbeForWrite(user, n, 1); return n == 0 ? 1 : Pong((PUCHAR)user + 1, n - 1); }
                ULONG Self(ULONG n) { return n ? Self(n - 1) + Self(n / 2) : 0; }
                """)));
    }
}
