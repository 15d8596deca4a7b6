package org.zwlint.core.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class PathGlobTest {
    @Test
    void aGlobWithAFolderIsAnchoredAtTheBase() {
        PathGlob glob = new PathGlob("sys/**");
        assertTrue(glob.matches(Path.of("sys/io/read.c")));
        assertFalse(glob.matches(Path.of("lib/sys/read.c")));
        assertTrue(new PathGlob("sys/*.c").matches(Path.of("sys/read.c")));
        assertFalse(new PathGlob("sys/*.c").matches(Path.of("sys/io/read.c")));
    }

    @Test
    void aBareNameMatchesAFileOrFolderAtAnyDepth() {
        assertTrue(new PathGlob("*.tmh").matches(Path.of("a/b/trace.tmh")));
        assertTrue(new PathGlob("test").matches(Path.of("sys/test/t.c")));
        assertFalse(new PathGlob("test").matches(Path.of("sys/tests/t.c")));
    }

    @Test
    void aBadGlobIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PathGlob("a/[b"));
        assertThrows(IllegalArgumentException.class, () -> new PathGlob(" "));
    }
}
