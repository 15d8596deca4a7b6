package org.zwlint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zwlint.core.Analyzer;
import org.zwlint.core.Finding;
import org.zwlint.core.ProjectRun;
import org.zwlint.core.config.ConfigOverrides;
import org.zwlint.ui.ZwLintPlugin;

/**
 * A large project in the workbench: every .c file of a corpus of driver sources (given with
 * {@code -Dzwlint.corpus=DIR}, e.g. Windows-driver-samples; skipped without one) copied into a
 * ZwLint project with its folders, built by the builder, and compared with what the CLI's run
 * ({@link ProjectRun}) finds in the same folder: the same rule at the same line of the same file.
 * It prints the build's time; the UI watchdog prints the longest stall during it.
 */
@ExtendWith({NoErrorInWorkbenchLog.class, UiStallWatchdog.class})
class CorpusBuildWorkbenchTest {
    private final UiDriver ui = new UiDriver();
    private final DriverProject driver = new DriverProject();

    @AfterEach
    void cleanUp() throws Exception {
        driver.delete();
    }

    @Test
    void theCorpusBuildsInTheWorkbenchWithTheFindingsOfTheCli() throws Exception {
        String corpus = System.getProperty("zwlint.corpus", "");
        assumeTrue(!corpus.isBlank(), "no corpus given (-Dzwlint.corpus=DIR)");
        Path root = Path.of(corpus);
        IPath location = driver.project().getLocation();
        Path projectFolder = location == null ? Path.of("") : location.toPath();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(root)) {
            sources = walk.filter(p -> p.getFileName().toString().endsWith(".c") && Files.isRegularFile(p)).sorted()
                    .toList();
        }
        // Copied outside the workspace's view first, then made visible in one refresh: one build of all.
        Path into = projectFolder.resolve("corpus");
        for (Path source : sources) {
            Path target = into.resolve(root.relativize(source).toString());
            Files.createDirectories(target.getParent());
            Files.copy(source, target);
        }
        long start = System.nanoTime();
        driver.project().refreshLocal(IResource.DEPTH_INFINITE, null);
        ui.waitForBuilds();
        long buildMillis = (System.nanoTime() - start) / 1_000_000;

        Set<String> ide = new TreeSet<>();
        for (IMarker marker : driver.project().findMarkers(ZwLintPlugin.MARKER_TYPE, false, IResource.DEPTH_INFINITE)) {
            String rule = marker.getAttribute("ruleId", "");
            IPath file = marker.getResource().getLocation();
            if (!rule.isEmpty() && file != null) {
                ide.add(key(into, file.toPath(), rule, marker.getAttribute(IMarker.LINE_NUMBER, -1)));
            }
        }
        long cliStart = System.nanoTime();
        List<Finding> findings = ProjectRun.run(new Analyzer(), List.of(into), ConfigOverrides.none(),
                Runtime.getRuntime().availableProcessors()).result().findings();
        long cliMillis = (System.nanoTime() - cliStart) / 1_000_000;
        Set<String> cli = new TreeSet<>();
        for (Finding finding : findings) {
            cli.add(key(into, finding.range().file(), finding.ruleId(), finding.range().startLine()));
        }
        List<String> onlyIde = new ArrayList<>(ide);
        onlyIde.removeAll(cli);
        List<String> onlyCli = new ArrayList<>(cli);
        onlyCli.removeAll(ide);
        System.out.println("Corpus build in the workbench: " + sources.size() + " .c files, " + buildMillis
                + " ms, " + ide.size() + " findings; the CLI's run: " + cliMillis + " ms, " + cli.size()
                + " findings; only in the IDE: " + onlyIde.size() + " " + onlyIde.stream().limit(10).toList()
                + "; only in the CLI: " + onlyCli.size() + " " + onlyCli.stream().limit(10).toList());
        assertEquals(cli, ide, "the builder finds what the CLI finds");
    }

    private static String key(Path root, Path file, String rule, int line) {
        Path relative = file.toAbsolutePath().normalize().startsWith(root) ? root.relativize(file.toAbsolutePath()
                .normalize()) : file;
        return relative + ":" + line + ":" + rule;
    }
}
