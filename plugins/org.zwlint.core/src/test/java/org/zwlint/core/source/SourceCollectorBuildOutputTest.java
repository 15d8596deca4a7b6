package org.zwlint.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCollectorBuildOutputTest {
    @TempDir
    Path root = Path.of(""); // replaced by JUnit before each test

    private Path write(String name) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "int x;\n");
    }

    @Test
    void buildOutputAndCxxAreSetAside() throws IOException {
        Path source = write("drv/io.c");
        Path header = write("drv/io.h");
        Path copied = write("drv/x64/Debug/io.c");
        Path vs = write("drv/.vs/cache/gen.h");
        Path obj = write("drv/OBJ/gen.c");
        Path cxx = write("drv/app.cpp");
        Path hpp = write("drv/app.hpp");
        write("drv/x64/Debug/app.cpp");
        write("drv/io.tmh");
        SourceCollector.Collected collected = SourceCollector.collect(List.of(root.resolve("drv")));
        assertEquals(List.of(source, header), collected.files());
        assertEquals(List.of(vs, obj, copied), collected.buildOutput());
        assertEquals(List.of(cxx, hpp), collected.cxxFiles());
        assertEquals(List.of(), collected.problems());
    }

    @Test
    void aFolderWithOnlyCxxSaysSo() throws IOException {
        write("um/app.cpp");
        SourceCollector.Collected collected = SourceCollector.collect(List.of(root.resolve("um")));
        assertEquals("no C files in this directory, only C++ (1 skipped; ZwLint analyzes C)",
                collected.problems().get(0).message());
    }

    @Test
    void theFolderNamedIsWalkedEvenWhenItsNameIsABuildOutputName() throws IOException {
        Path file = write("Release/io.c");
        assertEquals(List.of(file), SourceCollector.collect(List.of(root.resolve("Release"))).files());
    }
}
