package org.zwlint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The log check sees the entries a workbench writes, and only their top-level severity counts. */
class WorkbenchLogTest {

    @Test
    void splitsEntriesAndKeepsSubEntriesAndStackWithTheirEntry() {
        List<String> log = List.of(
                "!SESSION 2026-11-30 16:52:41.012 -----------------------------------------------",
                "eclipse.buildId=unknown",
                "java.version=25",
                "",
                "!ENTRY org.example.weaver 4 0 2026-11-30 16:52:49.257",
                "!MESSAGE FrameworkEvent ERROR",
                "!STACK 0",
                "java.lang.IllegalArgumentException: Unsupported class file major version 69",
                "\tat org.example.Reader.<init>(Reader.java:200)",
                "",
                "!ENTRY org.example.ui 2 0 2026-11-30 16:52:50.001",
                "!MESSAGE Two problems",
                "!SUBENTRY 1 org.example.ui 4 0 2026-11-30 16:52:50.001",
                "!MESSAGE the first, an error inside a warning");

        List<WorkbenchLogEntry> entries = WorkbenchLog.parse(log);

        assertEquals(2, entries.size(), "the session header is no entry");
        assertEquals("org.example.weaver", entries.get(0).bundle());
        assertEquals(List.of(true, false), entries.stream().map(WorkbenchLogEntry::isError).toList());
        assertEquals(List.of("!MESSAGE FrameworkEvent ERROR", "!STACK 0",
                "java.lang.IllegalArgumentException: Unsupported class file major version 69",
                "\tat org.example.Reader.<init>(Reader.java:200)", ""), entries.get(0).text().lines().toList());
        assertTrue(entries.get(1).text().contains("!SUBENTRY 1 org.example.ui 4"));
    }

    @Test
    void anEmptyLogHasNoEntries() {
        assertEquals(List.of(), WorkbenchLog.parse(List.of()));
    }
}
