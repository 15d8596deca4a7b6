package org.zwlint.core.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zwlint.core.config.ZwLintConfig;

class ConditionalTest {
    private static boolean holds(String condition) {
        return Pp.text("#if " + condition + "\nyes\n#else\nno\n#endif\n").equals("yes");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
            "1 + 2 * 3 == 7 => true",
            "(1 + 2) * 3 == 9 => true",
            "10 / 3 == 3 && 10 % 3 == 1 => true",
            "-1 < 0 => true",
            "-1 < 0u => false",
            "0xFFFFFFFFFFFFFFFF == -1 => true",
            "0xFFFFFFFFFFFFFFFF > 0 => true",
            "1 << 10 == 0x400 => true",
            "~0 == -1 => true",
            "!0 && !!5 => true",
            "1 ? 2 : 0 => true",
            "0 ? 1 : 0 => false",
            "UNKNOWN_NAME == 0 => true",
            "'A' == 65 => true",
            "'\\n' == 10 => true",
            "'\\x41' == 0101 => true",
            "L'A' == 0x41 => true",
            "0 && (1 / 0) => false",
            "1 || (1 / 0) => true",
            "10ui64 == 10 => true",
            "0x0A00000C >= 0x0A000000 => true",
            "(3 ^ 5) == 6 && (3 | 4) == 7 && (6 & 3) == 2 => true",
            "-8 >> 1 == -4 => true",
            "0b101 == 5 => true",
            "__has_feature(x) => false",
    })
    void evaluatesConstantExpressions(String condition, boolean expected) {
        assertEquals(expected, holds(condition), condition);
    }

    @Test
    void definedOperatorBothForms() {
        String source = "#define A\n#if defined A && defined(A) && !defined(B)\nyes\n#endif\n";
        assertEquals("yes", Pp.text(source));
    }

    @Test
    void definedOperandIsNotExpanded() {
        assertEquals("yes", Pp.text("#define A B\n#if defined(A)\nyes\n#endif\n"));
    }

    @Test
    void macrosExpandInConditions() {
        assertEquals("new", Pp.text("#define VER 0x0A00\n#define WIN10 0x0A00\n#if VER >= WIN10\nnew\n#else\nold\n#endif\n"));
    }

    @Test
    void elifChain() {
        String source = "#define LEVEL 2\n#if LEVEL == 1\none\n#elif LEVEL == 2\ntwo\n#elif LEVEL == 2\nagain\n#else\nother\n#endif\n";
        assertEquals("two", Pp.text(source));
    }

    @Test
    void elifdefAndElifndef() {
        assertEquals("b", Pp.text("#define B\n#ifdef A\na\n#elifdef B\nb\n#elifndef C\nc\n#endif\n"));
        assertEquals("c", Pp.text("#ifdef A\na\n#elifdef B\nb\n#elifndef C\nc\n#endif\n"));
    }

    @Test
    void ifdefIfndefAndNesting() {
        String source = """
                #define KMDF
                #ifdef KMDF
                  #ifndef UMDF
                    kernel
                  #else
                    user
                  #endif
                #else
                  #if 1
                    never
                  #endif
                #endif
                """;
        assertEquals("kernel", Pp.text(source));
    }

    @Test
    void inactiveBranchSkipsDirectivesAndErrors() {
        PreprocessedUnit unit = Pp.run("#if 0\n#error not for this build\n#define X 1\n#include \"nowhere.h\"\n#endif\nX\n");
        assertEquals("X", Pp.text(unit));
        assertEquals(List.of(), unit.diagnostics());
    }

    @Test
    void errorInActiveBranchIsReportedAndRunGoesOn() {
        PreprocessedUnit unit = Pp.run("a\n#error unsupported target\nb\n");
        assertEquals("a b", Pp.text(unit));
        assertEquals("snippet.c:2:1: error: #error unsupported target", Pp.diagnostics(unit));
    }

    @Test
    void warningDirectiveIsAWarning() {
        assertEquals("snippet.c:1:1: warning: #warning check this",
                Pp.diagnostics(Pp.run("#warning check this\n")));
    }

    @Test
    void unbalancedConditionalsAreReported() {
        PreprocessedUnit unit = Pp.run("#if 1\nx\n");
        assertEquals("x", Pp.text(unit));
        assertTrue(Pp.diagnostics(unit).contains("snippet.c:1:2: error: unterminated #if"), Pp.diagnostics(unit));
        assertTrue(Pp.diagnostics(Pp.run("#endif\n")).contains("snippet.c:1:2: error: #endif without #if"));
        assertTrue(Pp.diagnostics(Pp.run("#if 1\n#else\n#else\n#endif\n")).contains("#else after #else"));
    }

    @Test
    void invalidExpressionIsFalseWithDiagnostic() {
        PreprocessedUnit unit = Pp.run("#if 1 +\nyes\n#else\nno\n#endif\n");
        assertEquals("no", Pp.text(unit));
        assertTrue(Pp.diagnostics(unit).startsWith("snippet.c:1:2: error: #if expression ends too early"),
                Pp.diagnostics(unit));
        assertTrue(Pp.diagnostics(Pp.run("#if 1 / 0\n#endif\n")).contains("division by zero"));
    }

    @Test
    void thousandDeepNestingWorks() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            sb.append("#if ").append(i % 2 == 0 ? "1" : "defined(_WIN64)").append('\n');
        }
        sb.append("deep\n");
        for (int i = 0; i < 1000; i++) {
            sb.append("#endif\n");
        }
        PreprocessedUnit unit = Pp.run(sb.toString());
        assertEquals("deep", Pp.text(unit));
        assertEquals(List.of(), unit.diagnostics());
    }

    @Test
    void deeplyNestedExpressionIsRefusedNotOverflowed() {
        String expr = "(".repeat(5000) + "1" + ")".repeat(5000);
        PreprocessedUnit unit = Pp.run("#if " + expr + "\nyes\n#endif\n");
        assertTrue(Pp.diagnostics(unit).contains("nested deeper than"), Pp.diagnostics(unit));
    }

    @Test
    void commandLineDefinesAndUndefines() {
        ZwLintConfig config = new ZwLintConfig(Map.of("DBG", "1", "POOL_TAG", "'tseT'", "FLAG", ""),
                List.of("_WIN64"), List.of(), Optional.empty(), Set.of());
        String source = "#if DBG && FLAG && !defined(_WIN64)\nPOOL_TAG\n#endif\n";
        assertEquals("'tseT'", Pp.text(Pp.run(config, source)));
    }

    @Test
    void unknownDirectiveIsANote() {
        assertEquals("snippet.c:1:2: note: unsupported directive #frobnicate ignored",
                Pp.diagnostics(Pp.run("#frobnicate now\n")));
        assertEquals(List.of(), Pp.run("#line 10 \"x.c\"\n#ident \"v1\"\n#\n").diagnostics());
    }
}
