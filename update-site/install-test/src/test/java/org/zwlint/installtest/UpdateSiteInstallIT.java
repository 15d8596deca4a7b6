package org.zwlint.installtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The p2 director (run by the build just before this test) installed the ZwLint feature from
 * the update site into a fresh Eclipse. Here every installed bundle goes into a fresh OSGi
 * framework: the ZwLint bundles must resolve against what p2 installed, start, and analyze.
 */
class UpdateSiteInstallIT {
    private static final Path INSTALL = Path.of(System.getProperty("zwlint.install.dir", "target/eclipse"));

    @TempDir
    Path storage;

    private Framework framework;

    @BeforeEach
    void startFramework() throws BundleException {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("osgi.ws", "gtk");
        config.put("osgi.os", "linux");
        config.put("osgi.arch", "x86_64");
        config.put("eclipse.ignoreApp", "true");
        framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.start();
    }

    @AfterEach
    void stopFramework() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    void directorInstalledTheFeatureAndItsBundles() throws IOException {
        assertTrue(Files.isDirectory(INSTALL.resolve("features")), "p2 created an installation at " + INSTALL);
        try (Stream<Path> features = Files.list(INSTALL.resolve("features"))) {
            assertTrue(features.anyMatch(p -> p.getFileName().toString().startsWith("org.zwlint.feature_")),
                    "the ZwLint feature is installed");
        }
        for (String bundle : List.of("org.zwlint.core_", "org.zwlint.ui_", "org.antlr.antlr4-runtime_",
                "com.google.gson_")) {
            assertTrue(installedJar(bundle).isPresent(), bundle + " installed by p2");
        }
    }

    @Test
    void zwLintBundlesResolveStartAndAnalyzeInsideOsgi() throws Exception {
        List<Bundle> installed = new ArrayList<>();
        try (Stream<Path> plugins = Files.list(INSTALL.resolve("plugins"))) {
            for (Path plugin : plugins.sorted().toList()) {
                if (plugin.getFileName().toString().startsWith("org.eclipse.osgi_")) {
                    continue; // the framework itself
                }
                installed.add(framework.getBundleContext().installBundle(plugin.toUri().toString()));
            }
        }
        framework.adapt(FrameworkWiring.class).resolveBundles(installed);
        Bundle core = bundle("org.zwlint.core");
        Bundle ui = bundle("org.zwlint.ui");
        assertTrue(isResolved(core), "org.zwlint.core resolves, state " + core.getState());
        assertTrue(isResolved(ui), "org.zwlint.ui resolves against the installed platform, state " + ui.getState());

        core.start();
        assertEquals(Bundle.ACTIVE, core.getState());
        ui.start(Bundle.START_ACTIVATION_POLICY);
        assertTrue(ui.getState() == Bundle.STARTING || ui.getState() == Bundle.ACTIVE, "org.zwlint.ui starts (lazily)");

        // The analyzer runs with ANTLR and Gson wired through OSGi, as in the IDE.
        Class<?> analyzerClass = core.loadClass("org.zwlint.core.Analyzer");
        Class<?> sourceFileClass = core.loadClass("org.zwlint.core.source.SourceFile");
        Class<?> configClass = core.loadClass("org.zwlint.core.config.ZwLintConfig");
        Object analyzer = analyzerClass.getConstructor().newInstance();
        Object source = sourceFileClass.getMethod("of", Path.class, String.class).invoke(null, Path.of("close.c"),
                "void Close(HANDLE h) { NtClose(h); }\n");
        Object config = configClass.getMethod("defaults").invoke(null);
        Method analyze = analyzerClass.getMethod("analyze", sourceFileClass, configClass);
        Object result = analyze.invoke(analyzer, source, config);
        List<?> findings = (List<?>) result.getClass().getMethod("findings").invoke(result);
        assertEquals(1, findings.size(), "PM001 on the direct NtClose call");
        assertEquals("PM001", findings.get(0).getClass().getMethod("ruleId").invoke(findings.get(0)));
    }

    /** Resolved, or already past it: a lazily activated bundle may be STARTING as soon as it resolves. */
    private static boolean isResolved(Bundle bundle) {
        return (bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0;
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError(symbolicName + " is not installed");
    }

    private static java.util.Optional<Path> installedJar(String prefix) throws IOException {
        try (Stream<Path> plugins = Files.list(INSTALL.resolve("plugins"))) {
            return plugins.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst();
        }
    }
}
