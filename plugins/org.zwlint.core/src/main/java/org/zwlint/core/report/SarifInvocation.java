package org.zwlint.core.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * What SARIF's {@code invocations} records about how ZwLint was run: the arguments and the exit
 * code. The log must be the same bytes on every machine, for any {@code --jobs} and with a cold, warm
 * or no {@code --cache}, so those options are left out and an absolute path is written relative to
 * the base folder (SRCROOT).
 */
public record SarifInvocation(List<String> arguments, int exitCode) {
    /** Options that say how this machine ran, not what was analyzed: the result is the same without them. */
    private static final List<String> MACHINE_OPTIONS = List.of("--jobs", "--cache");

    public SarifInvocation {
        arguments = List.copyOf(arguments);
    }

    /** The arguments as given on the command line, made machine-independent against {@code base}. */
    public static SarifInvocation of(List<String> given, Path base, int exitCode) {
        List<String> kept = new ArrayList<>();
        Path root = base.toAbsolutePath().normalize();
        for (int i = 0; i < given.size(); i++) {
            String argument = given.get(i);
            if (MACHINE_OPTIONS.contains(argument)) {
                i++; // and its value
                continue;
            }
            if (MACHINE_OPTIONS.stream().anyMatch(o -> argument.startsWith(o + "="))) {
                continue;
            }
            int equals = argument.startsWith("-") ? argument.indexOf('=') : -1;
            String option = equals < 0 ? "" : argument.substring(0, equals + 1);
            String value = equals < 0 ? argument : argument.substring(equals + 1);
            kept.add(option + portable(value, root));
        }
        return new SarifInvocation(kept, exitCode);
    }

    /** The command line a user could type again in the base folder: "zwlint" and the quoted arguments. */
    public String commandLine() {
        StringJoiner line = new StringJoiner(" ");
        line.add("zwlint");
        for (String argument : arguments) {
            boolean plain = !argument.isEmpty() && argument.chars().noneMatch(c -> Character.isWhitespace(c)
                    || c == '"' || c == '\'' || c == '\\' || c == '$' || c == '`');
            line.add(plain ? argument : "'" + argument.replace("'", "'\\''") + "'");
        }
        return line.toString();
    }

    private static String portable(String value, Path root) {
        if (value.isEmpty() || value.startsWith("-")) {
            return value;
        }
        Path path;
        try {
            path = Path.of(value);
        } catch (RuntimeException e) {
            return value; // not a path on this system (e.g. a "Release|x64" configuration)
        }
        if (!path.isAbsolute()) {
            return value;
        }
        Path normalized = path.normalize();
        if (normalized.equals(root)) {
            return ".";
        }
        try {
            return root.relativize(normalized).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            Path name = normalized.getFileName(); // another drive: the name is all that is portable
            return name == null ? "." : name.toString();
        }
    }
}
