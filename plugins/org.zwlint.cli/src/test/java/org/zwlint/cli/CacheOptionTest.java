package org.zwlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --cache DIR}: the same report, to the byte, from a cold cache, a warm one and none. */
class CacheOptionTest {
    private Path tree = Path.of("");
    private Path cache = Path.of("");

    @BeforeEach
    void writeTree(@TempDir Path temporary) throws IOException {
        tree = Files.createDirectories(temporary.resolve("driver"));
        cache = temporary.resolve("cache");
        Files.writeString(tree.resolve(".zwlint"), "# the project root\n");
        Files.writeString(tree.resolve("driver.h"), """
                #pragma once
                #include <ntifs.h>
                #define RELEASE(h) NtClose(h)
                """);
        Files.writeString(tree.resolve("dispatch.c"), """
                #include "driver.h"
                static HANDLE SavedSection;
                NTSTATUS DispatchClose(PDEVICE_OBJECT Device, PIRP Irp)
                {
                    HANDLE section = SavedSection;
                    // zwlint-disable-next-line PM001: closed on purpose in the caller's mode
                    NtClose(section);
                    RELEASE(section);
                    return NtClose(section);
                }
                """);
    }

    @Test
    void coldWarmAndUncachedReportsAreTheSameBytesInEveryFormat() {
        for (String format : List.of("text", "json", "sarif")) {
            CliRun none = CliRun.of("--format", format, tree.toString());
            CliRun cold = CliRun.of("--cache", cache.resolve(format).toString(), "--format", format, tree.toString());
            CliRun warm = CliRun.of("--cache", cache.resolve(format).toString(), "--format", format, tree.toString());
            assertEquals(ExitCode.FINDINGS, cold.exitCode(), cold::toString);
            assertEquals(none.exitCode(), warm.exitCode());
            assertEquals(none.out(), cold.out(), format);
            assertEquals(cold.out(), warm.out(), format);
            assertEquals(cold.err(), warm.err(), format);
            assertFalse(cold.out().contains("--cache"), "the cache is not part of what was analyzed");
        }
    }

    @Test
    void verboseSaysWhatWasReusedOnStandardError() throws IOException {
        CliRun cold = CliRun.of("--cache", cache.toString(), "-v", tree.toString());
        assertTrue(cold.err().contains("0 projects reused, 1 analyzed"), cold::toString);
        CliRun warm = CliRun.of("--cache", cache.toString(), "-v", tree.toString());
        assertTrue(warm.err().contains("1 projects reused, 0 analyzed"), warm::toString);
        assertEquals(cold.out(), warm.out());
        Files.writeString(tree.resolve("driver.h"), """
                #pragma once
                #include <ntifs.h>
                #define RELEASE(h) ZwClose(h)
                """);
        CliRun edited = CliRun.of("--cache", cache.toString(), "-v", tree.toString());
        assertTrue(edited.err().contains("0 projects reused, 1 analyzed"), edited::toString);
        assertEquals(CliRun.of("-v", tree.toString()).out(), edited.out(), "the edited header's result, not the stored one");
    }

    @Test
    void aDamagedEntryIsANoteAndTheRunGoesOn() throws IOException {
        CliRun cold = CliRun.of("--cache", cache.toString(), tree.toString());
        List<Path> entries;
        try (Stream<Path> files = Files.walk(cache)) {
            entries = files.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertEquals(1, entries.size());
        Files.write(entries.get(0), new byte[] { 0, (byte) 0xFF, '{', 0x7F });
        CliRun damaged = CliRun.of("--cache", cache.toString(), tree.toString());
        assertEquals(cold.exitCode(), damaged.exitCode(), damaged::toString);
        assertEquals(cold.out(), damaged.out());
        assertTrue(damaged.err().startsWith("zwlint: cache: ignored the damaged entry "), damaged::toString);
        CliRun repaired = CliRun.of("--cache", cache.toString(), tree.toString());
        assertEquals("", repaired.err(), "the entry was written again");
    }
}
