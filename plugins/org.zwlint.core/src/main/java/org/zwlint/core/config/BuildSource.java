package org.zwlint.core.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a run takes its build settings from: a Visual Studio project (one configuration of it)
 * or a {@code compile_commands.json}. {@code line} is the {@code .zwlint} line that named it, 0
 * when the command line did.
 */
public sealed interface BuildSource {
    /** A {@code .vcxproj}; without a configuration, its first x64 one (else its first). */
    record Vcxproj(Path file, Optional<String> configuration, int line) implements BuildSource {
    }

    /** A compilation database: settings per file. */
    record CompileCommands(Path file, int line) implements BuildSource {
    }
}
