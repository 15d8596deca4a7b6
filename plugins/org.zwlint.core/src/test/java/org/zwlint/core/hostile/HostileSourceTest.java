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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Diagnostic;

/**
 * Broken and hostile C: unterminated literals, unbalanced conditionals, include cycles, macro
 * bombs, deep nesting. Each gives its diagnostic at file:line, the code around it is still
 * analyzed, and a file a budget stopped is reported once, without follow-on syntax errors.
 */
class HostileSourceTest {
    @TempDir
    Path dir = Path.of("unset");

    private static final String CLOSER = """
            NTSTATUS CloseIt(HANDLE h)
            {
                return NtClose(h);
            }
            """;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void unterminatedCommentStringAndChar() throws IOException {
        Path comment = write("comment.c", "#include <ntddk.h>\n" + CLOSER + "/* open\nint x;\n");
        AnalysisResult c = run(comment);
        one(c, comment, 6, m -> m.contains("unterminated /* comment"));
        assertEquals(1, c.findings().size());
        Path string = write("string.c", "#include <ntddk.h>\nchar *s = \"open;\n" + CLOSER);
        AnalysisResult s = run(string);
        assertTrue(errors(s).stream().anyMatch(d -> d.line() == 2), formatted(s).toString());
        assertEquals(1, s.findings().size(), "the function after the broken line is analyzed");
        Path chr = write("char.c", "#include <ntddk.h>\nchar c = 'x;\n" + CLOSER);
        AnalysisResult ch = run(chr);
        assertTrue(errors(ch).stream().anyMatch(d -> d.line() == 2), formatted(ch).toString());
        assertEquals(1, ch.findings().size());
    }

    @Test
    void unbalancedConditionals() throws IOException {
        Path open = write("open_if.c", "#include <ntddk.h>\n" + CLOSER + "#if 1\nint x;\n");
        one(run(open), open, 6, m -> m.contains("unterminated #if"));
        Path stray = write("stray_endif.c", "#include <ntddk.h>\n#endif\n#else\n" + CLOSER);
        AnalysisResult result = run(stray);
        one(result, stray, 2, m -> m.contains("#endif without #if"));
        one(result, stray, 3, m -> m.contains("#else without #if"));
        assertEquals(1, result.findings().size());
    }

    @Test
    void includeCyclesWithAndWithoutGuards() throws IOException {
        write("guarded_a.h", "#ifndef GA\n#define GA\n#include \"guarded_b.h\"\n#endif\n");
        write("guarded_b.h", "#ifndef GB\n#define GB\n#include \"guarded_a.h\"\n#endif\n");
        Path guarded = write("guarded.c", "#include <ntddk.h>\n#include \"guarded_a.h\"\n" + CLOSER);
        AnalysisResult g = run(guarded);
        assertEquals(java.util.List.of(), errors(g).stream().map(Diagnostic::format).toList());
        assertEquals(1, g.findings().size());
        write("open_a.h", "#include \"open_b.h\"\nint A;\n");
        Path b = write("open_b.h", "#include \"open_a.h\"\nint B;\n");
        Path open = write("open.c", "#include <ntddk.h>\n#include \"open_a.h\"\n" + CLOSER);
        AnalysisResult o = run(open);
        one(o, b, 1, m -> m.contains("include cycle"));
        assertEquals(1, o.findings().size());
    }

    @Test
    void macroBombIsReportedOnceWithoutFollowOnErrors() throws IOException {
        StringBuilder bomb = new StringBuilder("#include <ntddk.h>\n" + CLOSER + "#define L0 \"x\"\n");
        for (int i = 1; i <= 40; i++) {
            bomb.append("#define L").append(i).append(" L").append(i - 1).append(" L").append(i - 1).append('\n');
        }
        bomb.append("const char *Boom = L40;\nint After(void) { return 1; }\n");
        Path file = write("bomb.c", bomb.toString());
        AnalysisResult result = run(file);
        assertEquals(1, errors(result).size(), () -> "only the budget: " + formatted(result));
        // the counted expansion budget, or on a starved machine the wall-clock last resort: either way once
        assertTrue(errors(result).get(0).message().contains("the rest of the file is skipped")
                && errors(result).get(0).line() == 47, formatted(result).toString());
        assertEquals(1, result.findings().size(), "the code before the bomb is analyzed");
    }

    @Test
    void recursiveFunctionLikeMacros() throws IOException {
        Path file = write("recursive.c", """
                #include <ntddk.h>
                #define SELF(x) SELF(x + 1)
                #define PING(x) PONG(x)
                #define PONG(x) PING(x)
                #define APPLY(f, x) f(f(x))
                int Self = SELF(1);
                int Ping = PING(APPLY(PING, 2));
                """ + CLOSER);
        AnalysisResult result = run(file);
        assertEquals(1, result.findings().size(), formatted(result).toString());
    }

    @Test
    void tenThousandDeepParenthesesBracesAndCasts() throws IOException {
        int n = 10_000;
        Path parens = write("parens.c", "#include <ntddk.h>\nint P = " + "(".repeat(n) + "1" + ")".repeat(n) + ";\n"
                + CLOSER);
        AnalysisResult p = run(parens);
        one(p, parens, 2, m -> m.contains("nested deeper"));
        assertEquals(1, p.findings().size());
        Path braces = write("braces.c", "#include <ntddk.h>\nint B[] = " + "{".repeat(n) + "1" + "}".repeat(n) + ";\n"
                + CLOSER);
        AnalysisResult b = run(braces);
        one(b, braces, 2, m -> m.contains("nested deeper"));
        assertEquals(1, b.findings().size());
        Path casts = write("casts.c", "#include <ntddk.h>\nint C = " + "(int)".repeat(n) + "1;\n" + CLOSER);
        AnalysisResult c = run(casts);
        assertEquals(1, c.findings().size(), formatted(c).toString());
        assertTrue(errors(c).stream().allMatch(d -> d.line() == 2), formatted(c).toString());
    }
}
