package org.zwlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.Analyzer;
import org.zwlint.core.ProjectRun;

/** The configuration fingerprint: the same settings give the same digits on any checkout, other settings others. */
class ConfigFingerprintTest {
    private static String fingerprint(Path tree, String zwlint) throws IOException, ProjectFileException {
        Files.createDirectories(tree.resolve("inc"));
        Files.writeString(tree.resolve(".zwlint"), zwlint);
        Files.writeString(tree.resolve("drv.c"), "#include <ntddk.h>\nVOID F(HANDLE h) { ZwClose(h); }\n");
        return ProjectRun.run(new Analyzer(), List.of(tree), ConfigOverrides.none(), 1).configurationFingerprint();
    }

    @Test
    void theSameSettingsInTwoCheckoutsGiveTheSameFingerprint(@TempDir Path temporary)
            throws IOException, ProjectFileException {
        String settings = "include-dir = inc\ndefine = DBG=1\ndefine = NDIS630\nrule[PM005] = off\n";
        String here = fingerprint(temporary.resolve("ci/checkout"), settings);
        String there = fingerprint(temporary.resolve("home/dev/work/driver"), settings);
        assertEquals(here, there);
        assertTrue(here.matches("[0-9a-f]{8}"), here);
        // The order of defines does not matter; their values do.
        assertEquals(here, fingerprint(temporary.resolve("c"), "include-dir = inc\ndefine = NDIS630\ndefine = DBG=1\n"
                + "rule[PM005] = off\n"));
        assertNotEquals(here, fingerprint(temporary.resolve("d"), settings.replace("DBG=1", "DBG=0")));
        assertNotEquals(here, fingerprint(temporary.resolve("e"), settings.replace("rule[PM005] = off\n", "")));
    }

    @Test
    void pathsCountRelativeToTheirZwlint() {
        ZwLintConfig a = new ZwLintConfig(java.util.Map.of(), List.of(), List.of(Path.of("/x/drv/inc")),
                java.util.Optional.empty(), java.util.Set.of());
        ZwLintConfig b = new ZwLintConfig(java.util.Map.of(), List.of(), List.of(Path.of("/y/z/drv/inc")),
                java.util.Optional.empty(), java.util.Set.of());
        assertEquals(ConfigFingerprint.canonical(a, Path.of("/x/drv")), ConfigFingerprint.canonical(b, Path.of("/y/z/drv")));
        assertTrue(ConfigFingerprint.canonical(a, Path.of("/x/drv")).contains("include [inc]"));
    }
}
