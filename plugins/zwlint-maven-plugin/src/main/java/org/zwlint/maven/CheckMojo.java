package org.zwlint.maven;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Analyzes the project's driver sources with the settings of the nearest {@code .zwlint} (or
 * {@code configFile}) under the parameters given here, logs every finding the way a compiler
 * warning reads with its notes, always writes a SARIF log for CI to upload, and fails the build
 * when a finding is at or above {@code failOn}.
 * <p>
 * The goal is compiled for Java 17 and the analyzer for Java 21. On a Maven that runs on Java 21
 * or newer the analysis runs in Maven's JVM; on an older one it runs in a JDK 21+ named by
 * {@code javaHome}, a {@code jdk} toolchain of version 21 or newer, or JAVA_HOME, and without one
 * the build stops with one line that says what to set.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {
    /** Folders (or files) to analyze. Default: src/main/c when it exists, else the project folder. */
    @Parameter(property = "zwlint.sourceDirectories")
    private List<File> sourceDirectories = new ArrayList<>();

    /** Include directories, as the compiler's -I. */
    @Parameter(property = "zwlint.includeDirectories")
    private List<File> includeDirectories = new ArrayList<>();

    /** Preprocessor definitions, "NAME" or "NAME=VALUE", as the compiler's -D. */
    @Parameter(property = "zwlint.defines")
    private List<String> defines = new ArrayList<>();

    /** Macros to undefine, as the compiler's -U. */
    @Parameter(property = "zwlint.undefines")
    private List<String> undefines = new ArrayList<>();

    /** The WDK's include directory, if the build machine has one. */
    @Parameter(property = "zwlint.wdkIncludeDirectory")
    private @Nullable File wdkIncludeDirectory;

    /** Rule ids to switch off, e.g. PM001. */
    @Parameter(property = "zwlint.disabledRules")
    private List<String> disabledRules = new ArrayList<>();

    /** Deprecated: use failOn (false is failOn=none). Kept so existing builds keep working. */
    @Parameter(property = "zwlint.failOnFindings")
    private @Nullable Boolean failOnFindings;

    /** The least severe finding that fails the build: error, warning (default), note or none. */
    @Parameter(property = "zwlint.failOn", defaultValue = "warning")
    private String failOn = "warning";

    /** A .zwlint to use for every file; by default each file uses the nearest .zwlint above it. */
    @Parameter(property = "zwlint.configFile")
    private @Nullable File configFile;

    /** Where the SARIF 2.1.0 log goes; written on every run, with or without findings. */
    @Parameter(property = "zwlint.sarifFile", defaultValue = "${project.build.directory}/zwlint.sarif")
    private File sarifFile = new File("target/zwlint.sarif");

    /** A Visual Studio project to take defines, include directories and the driver model from. */
    @Parameter(property = "zwlint.vcxproj")
    private @Nullable File vcxproj;

    /** The vcxproj configuration to read, e.g. "Release|x64" (default: its first x64 one). */
    @Parameter(property = "zwlint.configuration")
    private @Nullable String configuration;

    /** A compile_commands.json to take each file's defines and include directories from. */
    @Parameter(property = "zwlint.compileCommands")
    private @Nullable File compileCommands;

    /**
     * A folder to keep each driver project's results in and reuse them while its files, the
     * headers they read, the configuration and ZwLint are unchanged (the CLI's --cache).
     */
    @Parameter(property = "zwlint.cacheDirectory")
    private @Nullable File cacheDirectory;

    /**
     * A JDK 21+ to run the analysis in when Maven runs on an older Java (by default a jdk
     * toolchain of version 21 or newer, else JAVA_HOME when that is 21 or newer).
     */
    @Parameter(property = "zwlint.javaHome")
    private @Nullable File javaHome;

    /** Skip the analysis (-Dzwlint.skip). */
    @Parameter(property = "zwlint.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir = new File(".");

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory = new File("target");

    @Parameter(defaultValue = "${session}", readonly = true)
    private @Nullable MavenSession session;

    @Inject
    private @Nullable ToolchainManager toolchains;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("ZwLint analysis skipped (zwlint.skip=true)");
            return;
        }
        CheckRequest request = request();
        CheckLog checkLog = new CheckLog() {
            @Override
            public void error(String line) {
                log.error(line);
            }

            @Override
            public void warn(String line) {
                log.warn(line);
            }

            @Override
            public void info(String line) {
                log.info(line);
            }
        };
        int running = Runtime.version().feature();
        CheckOutcome outcome = running >= JavaHomes.REQUIRED ? inThisJvm(request, checkLog)
                : forked(request, checkLog, running);
        switch (outcome.kind()) {
            case FINDINGS -> throw new MojoFailureException(outcome.message());
            case CONFIGURATION_ERROR -> throw new MojoExecutionException(outcome.message());
            case PASSED -> {
                // nothing at or above failOn
            }
        }
    }

    /** The analysis class is compiled for Java 21: named by string, so this class loads on Java 17. */
    private CheckOutcome inThisJvm(CheckRequest request, CheckLog log) throws MojoExecutionException {
        CheckRunner runner;
        try {
            runner = Class.forName(CheckRunner.IMPLEMENTATION, true, getClass().getClassLoader())
                    .asSubclass(CheckRunner.class).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new MojoExecutionException("zwlint: the plugin's analysis cannot be loaded: " + e, e);
        }
        return runner.run(request, log);
    }

    private CheckOutcome forked(CheckRequest request, CheckLog log, int running) throws MojoExecutionException {
        Path java = jdk(running);
        getLog().info("ZwLint runs its analysis on " + java + " (Maven runs on Java " + Runtime.version()
                + "; ZwLint needs " + JavaHomes.REQUIRED + ")");
        try {
            return ForkedCheck.run(java, classPath(), request, log,
                    buildDirectory.toPath().resolve("zwlint"));
        } catch (IOException e) {
            throw new MojoExecutionException("zwlint: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("zwlint: interrupted while the analysis ran", e);
        }
    }

    /** A JDK 21+: javaHome, else a jdk toolchain, else JAVA_HOME; else one line that says what to set. */
    private Path jdk(int running) throws MojoExecutionException {
        File configured = javaHome;
        if (configured != null) {
            Path home = configured.toPath();
            Optional<Integer> feature = JavaHomes.featureOf(home);
            Optional<Path> java = JavaHomes.launcher(home);
            if (java.isEmpty() || feature.orElse(0) < JavaHomes.REQUIRED) {
                throw new MojoExecutionException("zwlint: javaHome " + home + " is not a JDK "
                        + JavaHomes.REQUIRED + " or newer" + feature.map(f -> " (it is Java " + f + ")").orElse(""));
            }
            return java.get();
        }
        ToolchainManager manager = toolchains;
        MavenSession current = session;
        if (manager != null && current != null) {
            List<Toolchain> found = manager.getToolchains(current, "jdk",
                    Map.of("version", "[" + JavaHomes.REQUIRED + ",)"));
            for (Toolchain toolchain : found) {
                String tool = toolchain.findTool("java");
                if (tool != null) {
                    return Path.of(tool);
                }
            }
        }
        String environment = System.getenv("JAVA_HOME");
        if (environment != null && !environment.isBlank()) {
            Path home = Path.of(environment);
            Optional<Path> java = JavaHomes.launcher(home);
            if (java.isPresent() && JavaHomes.featureOf(home).orElse(0) >= JavaHomes.REQUIRED) {
                return java.get();
            }
        }
        throw new MojoExecutionException("ZwLint needs Java " + JavaHomes.REQUIRED + " or newer and Maven runs on Java "
                + running + " (" + System.getProperty("java.home") + "): run Maven with JAVA_HOME set to a JDK "
                + JavaHomes.REQUIRED + "+, or name one with -Dzwlint.javaHome=DIR or a jdk toolchain of version "
                + JavaHomes.REQUIRED + " in ~/.m2/toolchains.xml");
    }

    /** The plugin's jar and its dependencies, as Maven loaded them: the forked JVM runs the same code. */
    private List<Path> classPath() throws MojoExecutionException {
        if (!(getClass().getClassLoader() instanceof URLClassLoader loader)) {
            throw new MojoExecutionException("zwlint: cannot find the plugin's class path to fork the analysis");
        }
        List<Path> paths = new ArrayList<>();
        for (URL url : loader.getURLs()) {
            try {
                paths.add(Path.of(url.toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new MojoExecutionException("zwlint: cannot use the class path entry " + url, e);
            }
        }
        return paths;
    }

    private CheckRequest request() {
        File wdk = wdkIncludeDirectory;
        File config = configFile;
        Boolean legacy = failOnFindings;
        File project = vcxproj;
        String chosen = configuration;
        File database = compileCommands;
        File cache = cacheDirectory;
        return new CheckRequest(basedir.toPath(), buildDirectory.toPath(),
                sourceDirectories.stream().map(File::toPath).toList(),
                includeDirectories.stream().map(File::toPath).toList(), defines, undefines,
                wdk == null ? Optional.empty() : Optional.of(wdk.toPath()), disabledRules, failOn,
                legacy == null ? Optional.empty() : Optional.of(legacy), config == null ? Optional.empty() : Optional.of(config.toPath()),
                sarifFile.toPath(), project == null ? Optional.empty() : Optional.of(project.toPath()),
                chosen == null ? Optional.empty() : Optional.of(chosen),
                database == null ? Optional.empty() : Optional.of(database.toPath()),
                cache == null ? Optional.empty() : Optional.of(cache.toPath()));
    }
}
