package org.zwlint.core.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.parse.antlr.CLexer;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.TextRange;

class SourceMapTest {
    @TempDir
    Path dir = Path.of("unset"); // replaced by JUnit before each test

    private static String written(PpToken t) {
        return t.origin().text().substring(t.getStartIndex(), t.getStopIndex() + 1);
    }

    @Test
    void directTokensMapToTheirOwnTextAndHaveNoSite() {
        String source = "#define UNUSED 1\nNTSTATUS\r\nDriverEntry(PDRIVER_OBJECT d)\n{ return 0; }\n";
        PreprocessedUnit unit = Pp.run(source);
        for (PpToken t : unit.tokens()) {
            assertEquals(t.getText(), written(t));
            assertTrue(t.expansionSite().isEmpty(), t.getText());
        }
        PpToken entry = unit.tokens().get(1);
        assertEquals("DriverEntry", entry.getText());
        assertEquals(3, entry.getLine());
        assertEquals(0, entry.getCharPositionInLine());
        assertEquals("snippet.c:3:1", entry.writtenAt().describe());
    }

    @Test
    void macroOutputKnowsDefinitionAndExpansionSite() {
        String source = "#define POOL_TAG 'tseT'\n#define ALLOC(n) ExAllocatePoolWithTag(NonPagedPoolNx, n, POOL_TAG)\n"
                + "p = ALLOC( sizeof(X) );\n";
        PreprocessedUnit unit = Pp.run(source);
        assertEquals("p = ExAllocatePoolWithTag ( NonPagedPoolNx , sizeof ( X ) , 'tseT' ) ;", Pp.text(unit));
        TextRange site = unit.tokens().get(2).expansionSite().orElseThrow();
        assertEquals("ALLOC( sizeof(X) )", source.substring(site.startOffset(), site.endOffset()));
        assertEquals(3, site.startLine());
        assertEquals(5, site.startColumn());
        for (PpToken t : unit.tokens().subList(2, unit.tokens().size() - 1)) {
            assertEquals(site, t.expansionSite().orElseThrow(), t.getText());
            assertEquals(t.getText(), written(t), "every macro token points at where it was written");
        }
        PpToken fromBody = unit.tokens().get(2);
        assertEquals(2, fromBody.getLine(), "ExAllocatePoolWithTag was written in the #define on line 2");
        PpToken fromArgument = unit.tokens().get(6);
        assertEquals("sizeof", fromArgument.getText());
        assertEquals(3, fromArgument.getLine(), "an argument token points at the invocation's argument");
        PpToken nested = unit.tokens().get(unit.tokens().size() - 3);
        assertEquals("'tseT'", nested.getText());
        assertEquals(1, nested.getLine(), "a nested macro's token points into that macro's #define");
        assertEquals(site, nested.expansionSite().orElseThrow(), "the site is the outermost invocation");
        assertTrue(unit.tokens().get(unit.tokens().size() - 1).expansionSite().isEmpty());
    }

    @Test
    void modelMacroTokensPointIntoTheModel() {
        PreprocessedUnit unit = Pp.run("x = STATUS_SUCCESS;\n");
        PpToken cast = unit.tokens().get(4);
        assertEquals("NTSTATUS", cast.getText());
        assertEquals(Preprocessor.MODEL_PATH, cast.origin().path());
        assertEquals("NTSTATUS", written(cast));
        TextRange site = cast.expansionSite().orElseThrow();
        assertEquals(Path.of("snippet.c"), site.file());
        assertEquals("1:5", site.startLine() + ":" + site.startColumn());
    }

    @Test
    void headerTokensPointIntoTheHeader() throws IOException {
        Files.writeString(dir.resolve("defs.h"), "typedef int COUNT;\n");
        Path main = dir.resolve("main.c");
        Files.writeString(main, "#include \"defs.h\"\nCOUNT c;\n");
        PreprocessedUnit unit = new Preprocessor(ZwLintConfig.defaults()).run(SourceFile.of(main, Files.readString(main)));
        PpToken typedef = unit.tokens().get(0);
        assertEquals(dir.resolve("defs.h").toAbsolutePath().normalize(), typedef.origin().path());
        assertTrue(typedef.expansionSite().isEmpty());
        PpToken count = unit.tokens().get(4);
        assertEquals(main, count.origin().path());
        assertEquals(2, count.getLine());
    }

    @Test
    void offsetsStayExactAfterCharactersOutsideTheBmp() {
        String source = "// rocket \uD83D\uDE80 and \uD83D\uDE00\nint value = 1; /* \uD83D\uDE80 */ ULONG after;\n";
        PreprocessedUnit unit = Pp.run(source);
        for (PpToken t : unit.tokens()) {
            assertEquals(t.getText(), written(t));
        }
        PpToken after = unit.tokens().get(6);
        assertEquals("after", after.getText());
        assertEquals("snippet.c:2:31", after.writtenAt().describe());
    }

    @Test
    void pragmaLineIsOneToken() {
        String source = "#pragma alloc_text(PAGE, DispatchCreate)\nint x;\n#if 0\n#pragma never\n#endif\n"
                + "  #  pragma warning(disable: 4201) // nameless unions\n";
        PreprocessedUnit unit = Pp.run(source);
        List<PpToken> pragmas = unit.tokens().stream().filter(t -> t.getType() == CLexer.PragmaDirective).toList();
        assertEquals(2, pragmas.size());
        assertEquals("#pragma alloc_text(PAGE, DispatchCreate)", pragmas.get(0).getText());
        assertEquals("#  pragma warning(disable: 4201)", pragmas.get(1).getText());
        assertEquals(6, pragmas.get(1).getLine());
        assertEquals(written(pragmas.get(0)), pragmas.get(0).getText());
        assertEquals("int", unit.tokens().get(1).getText());
    }

    @Test
    void stringizedAndPastedTokensStayInsideTheirDefinition() {
        PreprocessedUnit unit = Pp.run("#define NAME(x) L## #x\n#define CAT(a, b) a##b\nNAME(dev) CAT(Io, Call)\n");
        assertEquals("L \"dev\" IoCall", Pp.text(unit).replace("L\"", "L \""));
        for (PpToken t : unit.tokens()) {
            assertTrue(t.expansionSite().isPresent());
            assertTrue(t.getStartIndex() <= t.getStopIndex());
        }
    }
}
