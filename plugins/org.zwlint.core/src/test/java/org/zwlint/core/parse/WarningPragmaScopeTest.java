package org.zwlint.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceFile;

/** How #pragma warning states follow the token stream: suppress, disable, default, push and pop. */
class WarningPragmaScopeTest {
    private static final Path FILE = Path.of("/src/scope.c");

    private static WarningPragmas scan(String text) {
        return new FrontEnd(ZwLintConfig.defaults()).parse(SourceFile.of(FILE, text)).warningPragmas();
    }

    private static List<Integer> silenced(WarningPragmas pragmas, int line) {
        return pragmas.at(FILE, line).stream().map(WarningPragmas.Silence::warning).sorted().toList();
    }

    @Test
    void suppressCoversTheNextLineOfCodeOnly() {
        WarningPragmas pragmas = scan("""
                int a;
                #pragma warning(suppress: 28101)

                int b;
                int c;
                """);
        assertEquals(List.of(), silenced(pragmas, 1));
        assertEquals(List.of(28101), silenced(pragmas, 4), "blank lines between do not count");
        assertEquals(List.of(), silenced(pragmas, 5));
        assertEquals("#pragma warning(suppress: 28101)", pragmas.at(FILE, 4).get(0).pragma());
        assertEquals(2, pragmas.at(FILE, 4).get(0).at().startLine());
    }

    @Test
    void disableLastsUntilDefaultOrThePopOfItsPush() {
        WarningPragmas pragmas = scan("""
                #pragma warning(disable: 28101 28102)
                int a;
                #pragma warning(default: 28101)
                int b;
                #pragma warning(push)
                #pragma warning(disable: 28103; suppress: 28104)
                int c;
                int d;
                #pragma warning(pop)
                int e;
                """);
        assertEquals(List.of(28101, 28102), silenced(pragmas, 2));
        assertEquals(List.of(28102), silenced(pragmas, 4));
        assertEquals(List.of(28102, 28103, 28104), silenced(pragmas, 7));
        assertEquals(List.of(28102, 28103), silenced(pragmas, 8));
        assertEquals(List.of(28102), silenced(pragmas, 10), "pop restores the state of the push");
    }

    @Test
    void anErrorOrLevelSpecifierSwitchesTheWarningBackOn() {
        WarningPragmas pragmas = scan("""
                #pragma warning(disable: 28101 28102)
                #pragma warning(error: 28101)
                #pragma warning(4: 28102)
                int a;
                """);
        assertEquals(List.of(), silenced(pragmas, 4));
    }

    @Test
    void inlineFormsAndInactiveBranches() {
        WarningPragmas pragmas = scan("""
                #define QUIET(x) __pragma(warning(suppress: 28110)) x
                #if 0
                #pragma warning(disable: 28120)
                #endif
                int a; QUIET(int b;)
                _Pragma("warning(disable: 28121)")
                int c;
                """);
        assertEquals(List.of(28110), silenced(pragmas, 5), "__pragma from a macro counts at its expansion");
        assertEquals(List.of(28121), silenced(pragmas, 7));
        assertTrue(silenced(pragmas, 7).stream().noneMatch(n -> n == 28120), "a pragma under #if 0 is not seen");
        assertEquals(List.of(28121), silenced(pragmas, 7));
    }

    @Test
    void otherPragmasAndCompilerWarningsLeaveNoState() {
        assertTrue(scan("""
                #pragma warning(disable: 4201 4214)
                #pragma alloc_text(PAGE, Unload)
                #pragma warning(push)
                #pragma warning(pop)
                int a;
                """).isEmpty());
    }
}
