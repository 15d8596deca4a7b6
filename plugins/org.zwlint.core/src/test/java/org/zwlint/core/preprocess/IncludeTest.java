package org.zwlint.core.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceFile;

class IncludeTest {
    @TempDir
    Path dir = Path.of("unset"); // replaced by JUnit before each test

    private Path write(String relative, String text) throws IOException {
        Path path = dir.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        return path;
    }

    private PreprocessedUnit run(Preprocessor pp, Path main) throws IOException {
        return pp.run(SourceFile.of(main, Files.readString(main)));
    }

    private static ZwLintConfig withIncludes(List<Path> dirs, Optional<Path> wdk) {
        return new ZwLintConfig(Map.of(), List.of(), dirs, wdk, Set.of());
    }

    @Test
    void quotedIncludeIsRelativeToIncludingFile() throws IOException {
        write("src/inc/common.h", "#include \"detail.h\"\nCOMMON\n");
        write("src/inc/detail.h", "DETAIL\n");
        Path main = write("src/driver.c", "#include \"inc/common.h\"\nMAIN\n");
        PreprocessedUnit unit = run(new Preprocessor(ZwLintConfig.defaults()), main);
        assertEquals("DETAIL COMMON MAIN", Pp.text(unit));
        assertEquals(List.of(), unit.diagnostics());
    }

    @Test
    void quotedIncludeAlsoSearchesTheIncludersDirectories() throws IOException {
        // MSVC: a header included from inc/ can name a file that sits next to the .c file.
        write("drv/inc/wrapper.h", "#include \"local_config.h\"\n");
        write("drv/local_config.h", "LOCAL_CONFIG\n");
        Path main = write("drv/main.c", "#include \"inc/wrapper.h\"\n");
        assertEquals("LOCAL_CONFIG", Pp.text(run(new Preprocessor(ZwLintConfig.defaults()), main)));
    }

    @Test
    void includeDirectoriesThenWdkDirectory() throws IOException {
        write("ext/public.h", "PUBLIC\n");
        write("wdk/ntddk.h", "NTDDK\n");
        write("wdk/public.h", "WRONG\n");
        Path main = write("drv/a.c", "#include <public.h>\n#include <ntddk.h>\n#include \"public.h\"\n");
        ZwLintConfig config = withIncludes(List.of(dir.resolve("ext")), Optional.of(dir.resolve("wdk")));
        assertEquals("PUBLIC NTDDK PUBLIC", Pp.text(run(new Preprocessor(config), main)));
    }

    @Test
    void angleIncludeDoesNotSearchCurrentDirectory() throws IOException {
        write("drv/local.h", "LOCAL\n");
        Path main = write("drv/a.c", "#include <local.h>\nrest\n");
        PreprocessedUnit unit = run(new Preprocessor(ZwLintConfig.defaults()), main);
        assertEquals("rest", Pp.text(unit));
    }

    @Test
    void missingHeaderIsANoteAndRunGoesOn() throws IOException {
        Path main = write("a.c", "#include <ntddk.h>\n#include \"private_missing.h\"\nint x;\n");
        PreprocessedUnit unit = run(new Preprocessor(ZwLintConfig.defaults()), main);
        assertEquals("int x ;", Pp.text(unit));
        List<String> messages = unit.diagnostics().stream().map(d -> d.severity() + " " + d.line() + " " + d.message())
                .collect(Collectors.toList());
        assertEquals(List.of(
                "NOTE 1 cannot find header <ntddk.h>; skipped (the bundled WDK model declares what drivers use from it)",
                "NOTE 2 cannot find header \"private_missing.h\"; skipped"), messages);
    }

    @Test
    void windowsSpellingsResolve() throws IOException {
        write("drv/Inc/Public.h", "PUBLIC\n");
        Path main = write("drv/src/a.c", "#include \"..\\inc\\public.h\"\n");
        assertEquals("PUBLIC", Pp.text(run(new Preprocessor(ZwLintConfig.defaults()), main)));
    }

    @Test
    void pragmaOnceAndIncludeGuards() throws IOException {
        write("once.h", "#pragma once\nONCE\n");
        write("guarded.h", "// comment first\n#ifndef GUARDED_H\n#define GUARDED_H\nGUARDED\n#endif // GUARDED_H\n");
        write("plain.h", "PLAIN\n");
        Path main = write("a.c", "#include \"once.h\"\n#include \"once.h\"\n#include \"guarded.h\"\n"
                + "#include \"guarded.h\"\n#include \"plain.h\"\n#include \"plain.h\"\n");
        PreprocessedUnit unit = run(new Preprocessor(ZwLintConfig.defaults()), main);
        assertEquals("#pragma once ONCE GUARDED PLAIN PLAIN", Pp.text(unit));
    }

    @Test
    void guardIsDetectedWithoutReading() throws IOException {
        Path guarded = write("g.h", "#if !defined(G_H)\n#define G_H\nint g;\n#endif\n");
        LexedFile lexed = LexedFile.lex(SourceFile.of(guarded, Files.readString(guarded)));
        assertEquals(Optional.of("G_H"), lexed.guard());
        Path notGuard = write("n.h", "#ifndef N_H\n#define N_H\n#endif\nint after;\n");
        assertEquals(Optional.empty(), LexedFile.lex(SourceFile.of(notGuard, Files.readString(notGuard))).guard());
        Path withElse = write("e.h", "#ifndef E_H\n#define E_H\n#else\nx\n#endif\n");
        assertEquals(Optional.empty(), LexedFile.lex(SourceFile.of(withElse, Files.readString(withElse))).guard());
    }

    @Test
    void includeCycleWithoutGuardsTerminates() throws IOException {
        write("a.h", "A\n#include \"b.h\"\n");
        write("b.h", "B\n#include \"a.h\"\n");
        Path main = write("main.c", "#include \"a.h\"\nEND\n");
        PreprocessedUnit unit = run(new Preprocessor(ZwLintConfig.defaults()), main);
        assertTrue(Pp.text(unit).endsWith("END"));
        String diagnostics = Pp.diagnostics(unit);
        assertTrue(diagnostics.contains("b.h:2:2: error: include cycle: \"a.h\" is already open"), diagnostics);
    }

    @Test
    void selfIncludeTerminates() throws IOException {
        Path main = write("self.c", "X\n#include \"self.c\"\n");
        PreprocessedUnit unit = run(new Preprocessor(ZwLintConfig.defaults()), main);
        assertTrue(Pp.diagnostics(unit).contains("include cycle"), Pp.diagnostics(unit));
    }

    @Test
    void includeDepthLimit() throws IOException {
        for (int i = 0; i < 30; i++) {
            write("h" + i + ".h", "#include \"h" + (i + 1) + ".h\"\n");
        }
        write("h30.h", "BOTTOM\n");
        Path main = write("deep.c", "#include \"h0.h\"\n");
        PreprocessorLimits limits = new PreprocessorLimits(200, 1_000_000, 1_000_000, 10, 2, 256,
                java.time.Duration.ofSeconds(10));
        PreprocessedUnit unit = run(new Preprocessor(ZwLintConfig.defaults(), new HeaderCache(), limits), main);
        assertEquals("", Pp.text(unit));
        assertTrue(Pp.diagnostics(unit).contains("h9.h:1:2: error: #include nested more than 10 levels deep"),
                Pp.diagnostics(unit));
    }

    @Test
    void includeExplosionWithoutOutputStopsAtTimeBudget() throws IOException {
        for (int i = 0; i < 40; i++) {
            write("x" + i + ".h", "#include \"x" + (i + 1) + ".h\"\n#include \"x" + (i + 1) + ".h\"\n");
        }
        write("x40.h", "\n");
        Path main = write("explode.c", "#include \"x0.h\"\nint after;\n");
        PreprocessorLimits limits = new PreprocessorLimits(200, 1_000_000, 1_000_000, 200, 2, 256,
                java.time.Duration.ofMillis(300));
        PreprocessedUnit unit = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20),
                () -> run(new Preprocessor(ZwLintConfig.defaults(), new HeaderCache(), limits), main));
        assertTrue(Pp.diagnostics(unit).contains("exceeds the time budget of 300 ms"), Pp.diagnostics(unit));
    }

    @Test
    void includeOperandFromMacro() throws IOException {
        write("cfg.h", "CFG\n");
        Path main = write("m.c", "#define HDR \"cfg.h\"\n#include HDR\n");
        assertEquals("CFG", Pp.text(run(new Preprocessor(ZwLintConfig.defaults()), main)));
    }

    @Test
    void headersAreLexedOncePerRunAndAgainWhenChanged() throws IOException {
        Path header = write("shared.h", "#pragma once\nSHARED\n");
        Path first = write("one.c", "#include \"shared.h\"\n");
        Path second = write("two.c", "#include \"shared.h\"\n");
        Preprocessor pp = new Preprocessor(ZwLintConfig.defaults());
        assertEquals("#pragma once SHARED", Pp.text(run(pp, first)));
        assertEquals("#pragma once SHARED", Pp.text(run(pp, second)));
        assertEquals(1, pp.headerCache().lexCount());
        Files.writeString(header, "#pragma once\nCHANGED_TEXT\n");
        Files.setLastModifiedTime(header, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertEquals("#pragma once CHANGED_TEXT", Pp.text(run(pp, second)));
        assertEquals(2, pp.headerCache().lexCount());
    }

    @Test
    void headerCacheIsSafeAcrossThreads() throws Exception {
        write("common.h", "#ifndef COMMON_H\n#define COMMON_H\n#define VALUE 7\n#endif\n");
        Path main = write("t.c", "#include \"common.h\"\nVALUE\n");
        Preprocessor pp = new Preprocessor(ZwLintConfig.defaults());
        List<String> results = java.util.stream.IntStream.range(0, 64).parallel().mapToObj(i -> {
            try {
                return Pp.text(run(pp, main));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).collect(Collectors.toList());
        assertTrue(results.stream().allMatch("7"::equals), results.toString());
    }

    @Test
    void binaryHeaderIsSkippedWithWarning() throws IOException {
        Files.write(dir.resolve("blob.h"), new byte[] { 'a', 0, 1, 2 });
        Path main = write("b.c", "#include \"blob.h\"\nok\n");
        PreprocessedUnit unit = run(new Preprocessor(ZwLintConfig.defaults()), main);
        assertEquals("ok", Pp.text(unit));
        assertTrue(Pp.diagnostics(unit).contains("b.c:1:2: warning: header \"blob.h\" skipped: binary file"),
                Pp.diagnostics(unit));
    }
}
