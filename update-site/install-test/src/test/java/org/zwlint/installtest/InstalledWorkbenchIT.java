package org.zwlint.installtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What a user gets from the update site: the Eclipse IDE that p2 installed ZwLint into is started
 * as it is (its own launcher, config.ini and bundle list; the IDE workbench application) on this
 * JVM's Java, with a workspace holding a driver project that has ZwLint enabled in its committed
 * {@code .project}. The probe installed beside ZwLint imports the project, waits for the build,
 * writes the markers it sees and closes the workbench. The markers must be the ones the driver's
 * sources expect ({@code // expect RULE} on the line), and the workspace log must hold no error.
 */
class InstalledWorkbenchIT {
    private static final Path INSTALL = Path.of(System.getProperty("zwlint.install.dir", "target/eclipse"));
    private static final Path TEMPLATE = Path.of(System.getProperty("zwlint.workspace.template", "src/test/workspace"));
    private static final Path RUN = Path.of(System.getProperty("zwlint.workbench.run.dir", "target/installed-workbench"));
    private static final long TIMEOUT_MINUTES = 5;
    private static final Pattern EXPECT = Pattern.compile("//\\s*expect\\s+((?:P[MB]\\d{3}\\s*)+)");

    @Test
    void installedWorkbenchMarksTheDriverProjectAndLogsNoError() throws Exception {
        assertTrue(System.getenv("DISPLAY") != null, "the workbench needs a display: run the build under xvfb-run");
        deleteRecursively(RUN);
        Path workspace = RUN.resolve("workspace");
        copyRecursively(TEMPLATE, workspace);
        Path report = RUN.resolve("markers.tsv");
        Path output = RUN.resolve("workbench-output.txt");

        Process workbench = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-Dzwlint.installtest.report=" + report.toAbsolutePath(),
                "-jar", launcherJar().toString(),
                "-data", workspace.toAbsolutePath().toString(),
                "-consoleLog"))
                .directory(INSTALL.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!workbench.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            workbench.destroyForcibly().waitFor();
            fail("the installed workbench did not close within " + TIMEOUT_MINUTES + " minutes; its output:\n"
                    + tail(output));
        }
        assertEquals(0, workbench.exitValue(), "the workbench's exit code; its output:\n" + tail(output));
        assertTrue(Files.exists(report), "the probe wrote no marker report; the workbench's output:\n" + tail(output));

        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertEquals(expectedMarkers(workspace), reportedMarkers(lines), "ZwLint's markers (rule, file, line):\n"
                + String.join("\n", lines));

        assertTrue(Files.isDirectory(workspace.resolve(".metadata")), "the workbench ran on the workspace " + workspace);
        List<String> errors = new ArrayList<>(WorkspaceLog.errors(workspace.resolve(".metadata/.log")));
        // What went wrong before the workspace was known is logged in the configuration area.
        try (Stream<Path> files = Files.list(INSTALL.resolve("configuration"))) {
            for (Path log : files.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
                errors.addAll(WorkspaceLog.errors(log));
            }
        }
        assertEquals(List.of(), errors, "error entries in the installed workbench's log");
    }

    /** Every {@code // expect RULE...} comment in the project's sources: "RULE /project/path:line". */
    private static TreeSet<String> expectedMarkers(Path workspace) throws IOException {
        TreeSet<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.walk(workspace)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".c") || f.toString().endsWith(".h")).toList()) {
                List<String> source = Files.readAllLines(file, StandardCharsets.UTF_8);
                String workspacePath = "/" + workspace.relativize(file).toString().replace('\\', '/');
                for (int i = 0; i < source.size(); i++) {
                    Matcher expect = EXPECT.matcher(source.get(i));
                    if (expect.find()) {
                        for (String rule : expect.group(1).trim().split("\\s+")) {
                            expected.add(rule + " " + workspacePath + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertTrue(!expected.isEmpty(), "the driver project expects at least one marker");
        return expected;
    }

    /** The probe's report lines (rule, path, line, severity, message) as "RULE /project/path:line". */
    private static TreeSet<String> reportedMarkers(List<String> lines) {
        TreeSet<String> reported = new TreeSet<>();
        for (String line : lines) {
            String[] fields = line.split("\t", -1);
            assertTrue(fields.length == 5, "a report line has five fields: " + line);
            reported.add((fields[0].isEmpty() ? "(no rule)" : fields[0]) + " " + fields[1] + ":" + fields[2]);
        }
        return reported;
    }

    private static Path launcherJar() throws IOException {
        try (Stream<Path> plugins = Files.list(INSTALL.resolve("plugins"))) {
            return plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no launcher in " + INSTALL));
        }
    }

    private static String tail(Path output) throws IOException {
        if (!Files.exists(output)) {
            return "(none)";
        }
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
