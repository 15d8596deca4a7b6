package org.zwlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * The CLI distribution zip the build makes: what it holds, and its launcher run the way a user runs
 * it after unzipping, on a machine whose default java is older than 21 and with no Maven in reach.
 */
class DistributionIT {
    private static final String TOP = "zwlint-" + System.getProperty("zwlint.version", "") + "/";

    @Test
    void holdsBothLaunchersTheJarTheExamplesAndTheDocs() throws IOException {
        try (ZipFile zip = new ZipFile(distribution().toFile())) {
            TreeSet<String> files = new TreeSet<>();
            zip.stream().forEach(entry -> {
                if (entry != null && !entry.isDirectory()) {
                    files.add(entry.getName());
                }
            });
            assertEquals(new TreeSet<>(List.of(TOP + "zwlint", TOP + "zwlint.cmd", TOP + "lib/zwlint.jar",
                    TOP + "README.md", TOP + "docs/rules.md", TOP + "examples/ioctl_query.c",
                    TOP + "examples/log_dispatch.c", TOP + "examples/registry_config.c")), files);
            assertArrayEquals(Files.readAllBytes(ItEnvironment.zwlintJar()), bytes(zip, "lib/zwlint.jar"));
            String bash = new String(bytes(zip, "zwlint"), StandardCharsets.US_ASCII);
            assertFalse(bash.contains("\r"), "the bash launcher has Unix line ends");
            assertEquals(Files.readString(ItEnvironment.repository().resolve("zwlint")), bash,
                    "the distribution's bash launcher is the repository's");
        }
    }

    /** cmd.exe cannot run here, so the Windows launcher is checked for what breaks batch files. */
    @Test
    void theWindowsLauncherIsAWellFormedBatchFile() throws IOException {
        String cmd;
        try (ZipFile zip = new ZipFile(distribution().toFile())) {
            cmd = new String(bytes(zip, "zwlint.cmd"), StandardCharsets.US_ASCII);
        }
        assertEquals(Files.readString(ItEnvironment.repository().resolve("zwlint.cmd"), StandardCharsets.US_ASCII),
                cmd, "the distribution's Windows launcher is the repository's");
        // cmd.exe misreads labels and blocks in a file with bare LF line ends
        assertFalse(cmd.replace("\r\n", "").contains("\n") || cmd.replace("\r\n", "").contains("\r"),
                "every line ends with CRLF");
        int depth = 0;
        List<String> labels = new ArrayList<>();
        for (String line : cmd.split("\r\n")) {
            String code = line.strip();
            if (code.startsWith("rem ") || code.startsWith("::")) {
                continue;
            }
            if (code.startsWith(":")) {
                labels.add(code.substring(1));
            }
            String bare = code.replaceAll("\"[^\"]*\"", "\"\"").replace("^(", "").replace("^)", "");
            for (char c : bare.toCharArray()) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                assertTrue(depth >= 0, () -> "a ')' closes nothing: " + line);
            }
        }
        assertEquals(0, depth, "every block is closed");
        Matcher calls = Pattern.compile("call :(\\w+)").matcher(cmd);
        while (calls.find()) {
            assertTrue(labels.contains(calls.group(1)), "no label for call :" + calls.group(1));
        }
        for (String needed : List.of("setlocal EnableExtensions EnableDelayedExpansion", "lib\\zwlint.jar",
                "plugins\\org.zwlint.cli\\target\\zwlint.jar", "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn256m",
                "-Dzwlint.defaultPaths=%ROOT%\\examples", "-jar \"%JAR%\" %*", "exit /b %ERRORLEVEL%")) {
            assertTrue(cmd.contains(needed), "the Windows launcher lacks: " + needed);
        }
    }

    @Test
    void theUnzippedLauncherFindsAJdk21AndAnalyzesTheExamples() throws Exception {
        Path home = unzipped();
        assertTrue(Files.isExecutable(home.resolve("zwlint")), "zwlint keeps its executable mode in the zip");
        // as on a fresh machine: no JAVA_HOME, the default java (17 here) first on PATH, no Maven
        Map<String, String> environment = Map.of("JAVA_HOME", "", "PATH", "/usr/bin:/bin");
        ItEnvironment.Exec run = ItEnvironment.run(home, environment, List.of("./zwlint"));
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run::toString);
        assertEquals(LauncherIT.EXAMPLE_FINDINGS, LauncherIT.withoutFingerprint(run.outLines()), run::toString);
        assertFalse(run.err().contains("building"), run::toString);
        assertFalse(Files.exists(home.resolve("plugins")), "a distribution builds nothing");

        ItEnvironment.Exec elsewhere = ItEnvironment.run(home.getParent(), environment,
                List.of(home.resolve("zwlint").toString(), "check", "--format", "json", home.resolve("examples").toString()));
        assertEquals(ExitCode.FINDINGS, elsewhere.exitCode(), elsewhere::toString);
        assertTrue(elsewhere.out().strip().startsWith("{") && elsewhere.out().contains("\"PM002\""), elsewhere::toString);
    }

    private static Path distribution() {
        Path zip = ItEnvironment.property("zwlint.distribution");
        assertTrue(Files.isRegularFile(zip), "missing " + zip + "; the package phase builds it");
        return zip;
    }

    private static Path unzipped() throws Exception {
        Path dir = ItEnvironment.workDir("distribution");
        try (var old = Files.walk(dir)) { // a previous run's copy
            for (Path path : old.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(dir)).toList()) {
                Files.delete(path);
            }
        }
        // unzip, as a user would: it restores the files' Unix modes, which java.util.zip does not
        ItEnvironment.Exec unzip = ItEnvironment.run(dir, Map.of(), List.of("unzip", "-q", distribution().toString()));
        assertEquals(0, unzip.exitCode(), unzip::toString);
        return dir.resolve(TOP);
    }

    private static byte[] bytes(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(TOP + name);
        assertTrue(entry != null, "the zip has no " + TOP + name);
        try (var in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
