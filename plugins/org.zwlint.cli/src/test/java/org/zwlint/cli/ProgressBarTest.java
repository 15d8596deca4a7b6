package org.zwlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar's line, its redraws and its end; and when stderr counts as a terminal. */
class ProgressBarTest {
    @Test
    void theLineShowsFilesDoneOfTheTotalAndTheRate() {
        assertEquals("zwlint: [#########---------------] 312/800 files  31.2 files/s",
                ProgressBar.line(312, 800, 10_000_000_000L));
        assertEquals("zwlint: [------------------------]   0/800 files", ProgressBar.line(0, 800, 0));
        assertEquals("zwlint: [########################] 5/5 files  2.5 files/s", ProgressBar.line(5, 5, 2_000_000_000L));
        assertEquals("zwlint: [------------------------] 0/0 files", ProgressBar.line(0, 0, 0));
        assertTrue(ProgressBar.line(123_456, 123_456, 1_000_000_000L).length() < 80);
    }

    @Test
    void redrawsInPlaceAtMostEveryTenthOfASecondAndWipesItselfAtTheEnd() {
        StringWriter out = new StringWriter();
        AtomicLong now = new AtomicLong(0);
        ProgressBar bar = new ProgressBar(new PrintWriter(out), now::get);
        bar.filesPlanned(10);
        now.set(50_000_000L);
        bar.filesDone(1); // too soon after the last drawing: not drawn
        now.set(200_000_000L);
        bar.filesDone(1);
        now.set(210_000_000L);
        bar.filesDone(8); // the last files: always drawn
        String drawn = out.toString();
        assertEquals(3, drawn.chars().filter(c -> c == '\r').count(), drawn);
        assertFalse(drawn.contains("\n"), "the bar never moves to a new line");
        assertTrue(drawn.contains("\rzwlint: [####----------") && drawn.contains(" 2/10 files"), drawn);
        assertTrue(drawn.endsWith("10/10 files  47.6 files/s"), drawn);
        bar.finish();
        String wiped = out.toString().substring(drawn.length());
        assertEquals("\r" + " ".repeat("zwlint: [########################] 10/10 files  47.6 files/s".length()) + "\r",
                wiped);
    }

    @Test
    void aBarNeverDrawnLeavesNothingToWipe() {
        StringWriter out = new StringWriter();
        new ProgressBar(new PrintWriter(out), () -> 0L).finish();
        assertEquals("", out.toString());
    }

    @Test
    void stderrIsATerminalWhenItsDescriptorNamesATerminalDevice(@TempDir Path dir) throws IOException {
        Path tty = Files.createSymbolicLink(dir.resolve("tty"), Path.of("/dev/pts/3"));
        Path pipe = Files.createSymbolicLink(dir.resolve("pipe"), Path.of("pipe:[52719]"));
        Path file = Files.createSymbolicLink(dir.resolve("file"), Path.of("/tmp/build.log"));
        assertEquals(Optional.of(true), StderrTerminal.linux(tty));
        assertEquals(Optional.of(false), StderrTerminal.linux(pipe));
        assertEquals(Optional.of(false), StderrTerminal.linux(file));
        assertEquals(Optional.empty(), StderrTerminal.linux(dir.resolve("no-such-descriptor")));
        assertTrue(StderrTerminal.isTerminal(tty, Map.of("TERM", "xterm")));
        assertFalse(StderrTerminal.isTerminal(tty, Map.of("TERM", "dumb")));
        assertFalse(StderrTerminal.isTerminal(pipe, Map.of()));
    }

    @Test
    void theTestsOwnStderrIsAPipeSoAutoDrawsNothing(@TempDir Path dir) throws IOException {
        assertFalse(StderrTerminal.isTerminal(), "surefire pipes the forked JVM's stderr");
        Path source = Files.writeString(dir.resolve("close.c"), "void F(HANDLE h) { NtClose(h); }\n");
        CliRun auto = CliRun.of(source.toString());
        assertFalse(auto.err().contains("files/s") || auto.err().contains("\r"), auto::toString);
        CliRun always = CliRun.of("--progress", "always", source.toString());
        assertTrue(always.err().contains("\rzwlint: [########################] 1/1 files"), always::toString);
        assertTrue(always.err().endsWith("\r"), "wiped before the report");
        assertEquals(auto.out(), always.out(), "the bar is on stderr only");
        assertEquals(ExitCode.BAD_INPUT, CliRun.of("--progress", "sometimes", source.toString()).exitCode());
    }
}
