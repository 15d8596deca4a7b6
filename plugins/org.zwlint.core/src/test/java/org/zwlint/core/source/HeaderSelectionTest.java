package org.zwlint.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeaderSelectionTest {
    @TempDir
    Path root = Path.of(""); // replaced by JUnit before each test

    private Path write(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void anIncludedHeaderIsAnalyzedWithItsUnitOnlyAndALoneCHeaderAlone() throws IOException {
        Path unit = write("drv/io.c", "#include \"io.h\"\nint x;\n");
        Path included = write("drv/io.h", "int f(void);\n");
        Path alone = write("drv/regs.h", "typedef struct _REGS { int a; } REGS;\n");
        HeaderSelection.Selected selected = HeaderSelection.select(List.of(unit, included, alone), Set.of(),
                List.of());
        assertEquals(List.of(unit, alone), selected.files());
        assertEquals(List.of(), selected.cxxHeaders());
    }

    @Test
    void cxxHeadersAreSetAsideAndSoAreTheHeadersThatIncludeThem() throws IOException {
        Path cxx = write("drv/queue.h", "class Queue : public Base { public: int n; };\n");
        Path includer = write("drv/all.h", "#include \"queue.h\"\n#define N 1\n");
        Path c = write("drv/regs.h", "#ifdef __cplusplus\nextern \"C\" {\n#endif\nint r;\n#ifdef __cplusplus\n}\n#endif\n");
        HeaderSelection.Selected selected = HeaderSelection.select(List.of(includer, cxx, c), Set.of(), List.of());
        assertEquals(List.of(c), selected.files());
        assertEquals(List.of(includer, cxx), selected.cxxHeaders());
    }

    /** Only a directive that opens its line includes: after blanks, with any line end, never mid-line. */
    @Test
    void includeDirectivesAreThoseThatOpenALine() throws IOException {
        Path unit = write("drv/io.c", "int x; /* #include \"mid.h\" */\r  #  include \"cr.h\"\r\n\t#include\t\"tab.h\"\n"
                + "#include <angle.h>\n#define S \"#include \\\"str.h\\\"\"\n");
        List<Path> headers = new java.util.ArrayList<>();
        for (String name : List.of("mid.h", "cr.h", "tab.h", "angle.h", "str.h")) {
            headers.add(write("drv/" + name, "int " + name.replace(".h", "") + ";\n"));
        }
        List<Path> all = new java.util.ArrayList<>(headers);
        all.add(0, unit);
        // included (so analyzed with the unit, not alone): cr.h, tab.h and angle.h; mid.h and str.h are not
        assertEquals(List.of(unit, headers.get(0), headers.get(4)),
                HeaderSelection.select(all, Set.of(), List.of()).files());
    }

    @Test
    void theFirstCxxConstructInTheTextIsNamedWhateverItsKind() {
        assertEquals(Optional.of("template <"), CxxMarkers.cxxConstruct("int a;\ntemplate <class T> class Box { };\n"));
        assertEquals(Optional.of("Box {"), CxxMarkers.cxxConstruct("int a;\nclass Box { };\ntemplate <class T> int f();\n")
                .map(s -> s.substring(s.indexOf("Box"))));
        assertEquals(Optional.of("class Derived : public"),
                CxxMarkers.cxxConstruct("class Derived : public Base { };\n"), "at one position, the first kind listed");
    }

    @Test
    void aHeaderAmongCxxSourcesOnlyIsCxxButANamedOneIsAnalyzed() throws IOException {
        Path header = write("um/app.h", "int run(int argc);\n");
        Path source = write("um/app.cpp", "int run(int argc) { return argc; }\n");
        assertEquals(List.of(header),
                HeaderSelection.select(List.of(header), Set.of(), List.of(source)).cxxHeaders());
        assertEquals(List.of(header),
                HeaderSelection.select(List.of(header), Set.of(header), List.of(source)).files());
    }

    @Test
    void cxxMarkersIgnoreCommentsStringsAndCplusplusRegions() {
        assertEquals(Optional.empty(), CxxMarkers.cxxConstruct("""
                // class Foo : public Bar
                /* template <typename T> */
                const char *s = "a::b";
                #if defined(__cplusplus)
                namespace ns { }
                #else
                int c_only;
                #endif
                #ifndef __cplusplus
                int plain;
                #else
                template <class T> T id(T t);
                #endif
                """));
        assertTrue(CxxMarkers.cxxConstruct("namespace drv {\n}\n").isPresent());
        assertTrue(CxxMarkers.cxxConstruct("extern \"C++\" { }\n").isPresent());
        assertTrue(CxxMarkers.cxxConstruct("VOID f(wil::unique_handle h);\n").isPresent());
        assertTrue(CxxMarkers.cxxConstruct("struct S {\nprivate:\n int x;\n};\n").isPresent());
        assertEquals(Optional.empty(), CxxMarkers.cxxConstruct("struct S { int a : 3; int : 1; };\n"));
    }
}
