package org.zwlint.maven;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the goal was asked to do, in plain values: the Maven-free half of the plugin hands it to
 * the analysis, in this JVM or (written as properties) in a forked JDK 21+.
 */
public record CheckRequest(Path basedir, Path buildDirectory, List<Path> sourceDirectories,
        List<Path> includeDirectories, List<String> defines, List<String> undefines,
        Optional<Path> wdkIncludeDirectory, List<String> disabledRules, String failOn,
        Optional<Boolean> failOnFindings, Optional<Path> configFile, Path sarifFile, Optional<Path> vcxproj,
        Optional<String> configuration, Optional<Path> compileCommands, Optional<Path> cacheDirectory) {
    public CheckRequest {
        sourceDirectories = List.copyOf(sourceDirectories);
        includeDirectories = List.copyOf(includeDirectories);
        defines = List.copyOf(defines);
        undefines = List.copyOf(undefines);
        disabledRules = List.copyOf(disabledRules);
    }

    public void write(Writer out) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("basedir", basedir.toString());
        properties.setProperty("buildDirectory", buildDirectory.toString());
        putList(properties, "sourceDirectories", sourceDirectories.stream().map(Path::toString).toList());
        putList(properties, "includeDirectories", includeDirectories.stream().map(Path::toString).toList());
        putList(properties, "defines", defines);
        putList(properties, "undefines", undefines);
        wdkIncludeDirectory.ifPresent(p -> properties.setProperty("wdkIncludeDirectory", p.toString()));
        putList(properties, "disabledRules", disabledRules);
        properties.setProperty("failOn", failOn);
        failOnFindings.ifPresent(b -> properties.setProperty("failOnFindings", b.toString()));
        configFile.ifPresent(p -> properties.setProperty("configFile", p.toString()));
        properties.setProperty("sarifFile", sarifFile.toString());
        vcxproj.ifPresent(p -> properties.setProperty("vcxproj", p.toString()));
        configuration.ifPresent(c -> properties.setProperty("configuration", c));
        compileCommands.ifPresent(p -> properties.setProperty("compileCommands", p.toString()));
        cacheDirectory.ifPresent(p -> properties.setProperty("cacheDirectory", p.toString()));
        properties.store(out, "zwlint:check request");
    }

    public static CheckRequest read(Reader in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        return new CheckRequest(Path.of(required(properties, "basedir")),
                Path.of(required(properties, "buildDirectory")),
                getList(properties, "sourceDirectories").stream().map(Path::of).toList(),
                getList(properties, "includeDirectories").stream().map(Path::of).toList(),
                getList(properties, "defines"), getList(properties, "undefines"),
                Optional.ofNullable(properties.getProperty("wdkIncludeDirectory")).map(Path::of),
                getList(properties, "disabledRules"), required(properties, "failOn"),
                Optional.ofNullable(properties.getProperty("failOnFindings")).map(Boolean::valueOf),
                Optional.ofNullable(properties.getProperty("configFile")).map(Path::of),
                Path.of(required(properties, "sarifFile")),
                Optional.ofNullable(properties.getProperty("vcxproj")).map(Path::of),
                Optional.ofNullable(properties.getProperty("configuration")),
                Optional.ofNullable(properties.getProperty("compileCommands")).map(Path::of),
                Optional.ofNullable(properties.getProperty("cacheDirectory")).map(Path::of));
    }

    private static void putList(Properties properties, String key, List<String> values) {
        properties.setProperty(key + ".size", Integer.toString(values.size()));
        for (int i = 0; i < values.size(); i++) {
            properties.setProperty(key + "." + i, values.get(i));
        }
    }

    private static List<String> getList(Properties properties, String key) throws IOException {
        int size = Integer.parseInt(required(properties, key + ".size"));
        List<String> values = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            values.add(required(properties, key + "." + i));
        }
        return values;
    }

    private static String required(Properties properties, String key) throws IOException {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IOException("the request lacks " + key);
        }
        return value;
    }
}
