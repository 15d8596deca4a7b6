package org.zwlint.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.zwlint.core.model.Arch;

/**
 * The preprocessor settings a build gives a file (from a {@code .vcxproj} configuration or a
 * {@code compile_commands.json} entry): defines ("NAME" or "NAME=VALUE"), undefines, include
 * directories (absolute), and what the project says about the target and driver model.
 */
public record BuildSettings(List<String> defines, List<String> undefines, List<Path> includeDirs,
        Optional<Arch> arch, Optional<DriverKind> driverKind, Optional<ModeOverride> mode) {
    public BuildSettings {
        defines = List.copyOf(defines);
        undefines = List.copyOf(undefines);
        includeDirs = List.copyOf(includeDirs);
    }
}
