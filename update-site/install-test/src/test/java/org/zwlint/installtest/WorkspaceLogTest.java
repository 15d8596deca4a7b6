package org.zwlint.installtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class WorkspaceLogTest {

    @Test
    void keepsOnlyTopLevelErrorEntriesWithTheirText() {
        List<String> log = List.of(
                "!SESSION 2026-11-30 16:52:41.012 -----------------------------------------------",
                "eclipse.buildId=unknown",
                "!ENTRY org.example.ui 1 0 2026-11-30 16:52:48.000",
                "!MESSAGE started",
                "!ENTRY org.example.weaver 4 0 2026-11-30 16:52:49.257",
                "!MESSAGE FrameworkEvent ERROR",
                "!STACK 0",
                "java.lang.IllegalArgumentException: Unsupported class file major version 69",
                "!ENTRY org.example.resources 2 10035 2026-11-30 16:52:51.580",
                "!MESSAGE The workspace will exit with unsaved changes in this session.");

        assertEquals(List.of("""
                !ENTRY org.example.weaver 4 0 2026-11-30 16:52:49.257
                !MESSAGE FrameworkEvent ERROR
                !STACK 0
                java.lang.IllegalArgumentException: Unsupported class file major version 69"""),
                WorkspaceLog.errors(log));
    }

    @Test
    void anEmptyLogHasNoErrors() {
        assertEquals(List.of(), WorkspaceLog.errors(List.of()));
    }
}
