package org.zwlint.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Java versions of JDK folders, read from the {@code release} file every JDK since 9 has. */
final class JavaHomes {
    /** The release the analyzer is compiled for. */
    static final int REQUIRED = 21;
    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"?([0-9][^\"\\s]*)\"?");

    private JavaHomes() {
    }

    /** The feature release of a version string: 17 for "17.0.15", 8 for "1.8.0_392". */
    static int feature(String version) {
        String[] parts = version.split("[.+_-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The feature release of the JDK or JRE in {@code home}, if its release file says. */
    static Optional<Integer> featureOf(Path home) {
        try {
            Matcher matcher = JAVA_VERSION.matcher(Files.readString(home.resolve("release"), StandardCharsets.UTF_8));
            return matcher.find() ? Optional.of(feature(matcher.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The java launcher of a home folder, if it has one. */
    static Optional<Path> launcher(Path home) {
        for (String name : new String[] { "java", "java.exe" }) {
            Path java = home.resolve("bin").resolve(name);
            if (Files.isRegularFile(java)) {
                return Optional.of(java);
            }
        }
        return Optional.empty();
    }
}
