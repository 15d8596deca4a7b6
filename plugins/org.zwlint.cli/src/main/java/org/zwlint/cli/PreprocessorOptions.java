package org.zwlint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.config.ConfigOverrides;
import org.zwlint.core.config.MacroDefinitions;
import org.zwlint.core.config.ModeOverride;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.model.Arch;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The compiler-like options every command that reads C shares: -D, -U, -I and the WDK include directory. */
public final class PreprocessorOptions {
    @Option(names = "-D", paramLabel = "NAME[=VALUE]",
            description = "Define a preprocessor macro (value 1 when none is given), as a compiler's -D.")
    private List<String> defines = new ArrayList<>();

    @Option(names = "-U", paramLabel = "NAME", description = "Undefine a preprocessor macro.")
    private List<String> undefines = new ArrayList<>();

    @Option(names = "-I", paramLabel = "DIR", description = "Add a directory to the include search path.")
    private List<Path> includeDirs = new ArrayList<>();

    @Option(names = "--wdk-include", paramLabel = "DIR", description = "The WDK's include directory (km, shared).")
    private @Nullable Path wdkInclude;

    @Option(names = "--mode", paramLabel = "MODE", converter = ModeConverter.class,
            description = "kernel, user or auto (the default): judge every file as kernel code, as user-mode code, "
                    + "or as its includes and entry points say (wdm.h or DriverEntry: kernel; windows.h or main: user).")
    private @Nullable ModeOverride mode;

    /** --mode takes the enum's names in lower case. */
    static final class ModeConverter implements picocli.CommandLine.ITypeConverter<ModeOverride> {
        @Override
        public ModeOverride convert(@Nullable String value) {
            for (ModeOverride candidate : ModeOverride.values()) {
                if (candidate.name().equalsIgnoreCase(String.valueOf(value))) {
                    return candidate;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("expected kernel, user or auto, not '" + value + "'");
        }
    }

    /** The run configuration these options describe; a bad macro name is a usage error. */
    ZwLintConfig toConfig(CommandLine commandLine, Set<String> disabledRules) {
        Map<String, String> macros;
        try {
            macros = MacroDefinitions.parse(defines);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, "-D " + e.getMessage());
        }
        for (String name : undefines) {
            if (!MacroDefinitions.isName(name)) {
                throw new ParameterException(commandLine, "-U " + name + ": not a macro name");
            }
        }
        return new ZwLintConfig(macros, undefines, includeDirs, Injected.optional(wdkInclude), disabledRules,
                mode == null ? ModeOverride.AUTO : mode);
    }

    /** These options as overrides of a .zwlint: each one given wins over the file's setting. */
    ConfigOverrides toOverrides(CommandLine commandLine, Optional<Arch> arch, Set<String> enable, Set<String> disable,
            Optional<Path> baseline, Optional<Path> configFile) {
        toConfig(commandLine, disable); // the same checks of the macro names
        return new ConfigOverrides(defines, undefines, includeDirs, Injected.optional(wdkInclude), arch,
                Injected.optional(mode), enable, disable, Map.of(), baseline, configFile);
    }
}
