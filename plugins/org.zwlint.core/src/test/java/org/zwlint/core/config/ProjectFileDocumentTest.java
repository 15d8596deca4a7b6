package org.zwlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProjectFileDocumentTest {
    private static final String TEXT = """
            # The driver's build settings
            define = DBG

            # shared headers
            include-dir = inc
            define = NDIS630   
            rule[PM001] = warning
            """;

    @Test
    void settingAKeyKeepsCommentsBlankLinesAndOtherKeys() {
        ProjectFileDocument changed = ProjectFileDocument.of(TEXT).with("define", List.of("POOL_NX_OPTIN=1"));
        assertEquals("""
                # The driver's build settings
                define = POOL_NX_OPTIN=1

                # shared headers
                include-dir = inc
                rule[PM001] = warning
                """, changed.text());
    }

    @Test
    void aNewKeyGoesAtTheEndAndAnEmptyListRemovesOne() {
        ProjectFileDocument doc = ProjectFileDocument.of(TEXT).with("arch", "x86").with("rule[PM001]", List.of());
        assertEquals(List.of("x86"), doc.values("arch"));
        assertEquals(List.of(), doc.values("rule[PM001]"));
        assertEquals("arch = x86", doc.text().lines().reduce((a, b) -> b).orElse(""));
        assertEquals(List.of("DBG", "NDIS630"), doc.values("define"));
    }

    @Test
    void entriesCarryTheirLineNumbers() {
        List<ProjectFileDocument.Entry> entries = ProjectFileDocument.of(TEXT).entries();
        assertEquals(new ProjectFileDocument.Entry(5, "include-dir", "inc"), entries.get(1));
        assertEquals(new ProjectFileDocument.Entry(7, "rule[PM001]", "warning"), entries.get(3));
        assertEquals(List.of(2), ProjectFileDocument.of("a = 1\nnot an entry\n").malformed());
    }

    @Test
    void anUnchangedDocumentWritesBackItsText() {
        assertEquals(TEXT, ProjectFileDocument.of(TEXT).text());
    }
}
