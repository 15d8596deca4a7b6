package org.zwlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** compile_commands.json as CMake (arguments or command, GCC or clang-cl spellings) and Bear write it. */
class CompileCommandsImportTest {
    private static final Path DATABASE = Path.of("/build/drv/compile_commands.json");

    @Test
    void eachFileGetsItsOwnDefinesAndIncludes() throws ProjectFileException {
        ImportedBuild build = CompileCommandsImport.parse("""
                [
                  {
                    "directory": "/build/drv",
                    "arguments": ["clang-cl", "/nologo", "/DKMDF_VERSION_MAJOR=1", "/D", "NDIS630", "/Iinc",
                                  "/I", "../shared", "/external:I", "/wdk/km", "/UUNICODE", "/c", "queue.c"],
                    "file": "queue.c"
                  },
                  {
                    "directory": "/build/drv",
                    "command": "cc -DDBG=1 -D \\"NAME=\\\\\\"two words\\\\\\"\\" -isystem /opt/wdk -Iinc -c src/io.c -o io.o",
                    "file": "/build/drv/src/io.c"
                  }
                ]
                """, DATABASE);
        assertEquals(List.of(), build.diagnostics());
        BuildSettings queue = build.settingsFor(Path.of("/build/drv/queue.c")).orElseThrow();
        assertEquals(List.of("KMDF_VERSION_MAJOR=1", "NDIS630"), queue.defines());
        assertEquals(List.of("UNICODE"), queue.undefines());
        assertEquals(List.of(Path.of("/build/drv/inc"), Path.of("/build/shared"), Path.of("/wdk/km")),
                queue.includeDirs());
        BuildSettings io = build.settingsFor(Path.of("/build/drv/src/io.c")).orElseThrow();
        assertEquals(List.of("DBG=1", "NAME=\"two words\""), io.defines());
        assertEquals(List.of(Path.of("/opt/wdk"), Path.of("/build/drv/inc")), io.includeDirs());
        assertEquals(Optional.empty(), build.settingsFor(Path.of("/build/drv/other.c")));
    }

    /** A NUL in a path (found by the fuzzer) is the entry's problem, at its line, not an exception. */
    @Test
    void aPathThisSystemCannotNameLeavesOnlyItsEntryOut() throws ProjectFileException {
        ImportedBuild build = CompileCommandsImport.parse("[\n{\"directory\": \"/b\", \"file\": \"a\u0000.c\", "
                + "\"command\": \"cc -c a.c\"},\n{\"directory\": \"/b\", \"file\": \"b.c\", "
                + "\"arguments\": [\"cc\", \"-I\", \"in\u0000c\"]},\n{\"directory\": \"/b\", \"file\": \"c.c\", "
                + "\"command\": \"cc -c c.c\"}\n]\n", DATABASE);
        List<String> shown = build.diagnostics().stream().map(d -> d.line() + ": " + d.message()).toList();
        assertEquals(2, shown.size(), shown::toString);
        assertTrue(shown.get(0).startsWith("2: entry 1 names a path this system cannot"), shown::toString);
        assertTrue(shown.get(1).startsWith("3: entry 2 names a path this system cannot"), shown::toString);
        assertEquals(java.util.Set.of(Path.of("/b/c.c")), build.perFile().keySet());
    }

    @Test
    void badEntriesAreReportedAtTheirLineAndLeftOut() throws ProjectFileException {
        ImportedBuild build = CompileCommandsImport.parse("""
                [
                  {"directory": "/b", "file": "a.c", "arguments": ["cc", "-D", "1X", "-c", "a.c"]},
                  {"file": "b.c", "command": "cc -c b.c"},
                  42,
                  {"directory": "/b", "file": "c.c"},
                  {"directory": "/b", "file": "d.c", "arguments": ["cc", "-I"]}
                ]
                """, DATABASE);
        List<String> shown = build.diagnostics().stream().map(d -> d.line() + ": " + d.message()).toList();
        assertEquals(List.of("2: entry for a.c: -D 1X is not a macro definition",
                "3: entry 2 lacks \"directory\" or \"file\"; left out",
                "4: entry 3 is not an object; left out",
                "5: entry 4 has neither \"arguments\" (a list of strings) nor \"command\"; left out",
                "6: entry for d.c: -I has no value"), shown);
        assertTrue(build.settingsFor(Path.of("/b/a.c")).isPresent());
    }

    @Test
    void notJsonIsAnErrorAtItsLine() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> CompileCommandsImport.parse("[\n  {\"directory\": \"/b\",\n   \"file\" \"a.c\"}\n]\n", DATABASE));
        assertEquals(3, e.line(), e.getMessage());
    }

    @Test
    void anObjectIsNotADatabase() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> CompileCommandsImport.parse("{\"directory\": \"/b\"}", DATABASE));
        assertEquals(DATABASE + ":1: a compilation database is a JSON array of entries", e.getMessage());
    }

    @Test
    void commandsSplitLikeAShell() {
        assertEquals(List.of("cc", "-DA=\"x y\"", "-c", "a b.c", "it's"),
                CompilerFlags.split("cc \"-DA=\\\"x y\\\"\" -c \"a b.c\" \"it's\""));
    }
}
