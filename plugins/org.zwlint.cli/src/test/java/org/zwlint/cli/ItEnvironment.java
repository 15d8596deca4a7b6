package org.zwlint.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What the failsafe configuration hands the integration tests, and a way to run a process. */
final class ItEnvironment {
    private ItEnvironment() {
    }

    static Path property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null && !value.isBlank(), "system property " + name + " is not set; run through mvn verify");
        return Path.of(value).toAbsolutePath().normalize();
    }

    static Path zwlintJar() {
        Path jar = property("zwlint.jar");
        assertTrue(Files.isRegularFile(jar), "missing " + jar + "; the package phase builds it");
        return jar;
    }

    static Path repository() {
        return property("zwlint.repository");
    }

    static Path workDir(String name) throws IOException {
        return Files.createDirectories(property("zwlint.workDir").resolve(name));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    record Exec(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    static Exec run(Path workingDirectory, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("zwlint-it", ".out");
        Path err = Files.createTempFile("zwlint-it", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(workingDirectory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Exec(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
