package org.zwlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.config.ProjectFile;
import org.zwlint.core.config.StarterFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `zwlint init [DIR]`: writes a commented starter .zwlint, never over an existing one. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
        description = "Writes a commented starter .zwlint into DIR (default: the current directory).")
public final class InitCommand implements Callable<Integer> {
    @Spec
    private @Nullable CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The project folder.")
    private Path folder = Path.of(".");

    @Override
    public Integer call() {
        CommandSpec commandSpec = Injected.get(spec, "spec");
        PrintWriter out = commandSpec.commandLine().getOut();
        PrintWriter err = commandSpec.commandLine().getErr();
        Path target = folder.resolve(ProjectFile.NAME);
        if (Files.exists(target)) {
            err.println("zwlint: " + target + " already exists; not overwritten");
            return ExitCode.BAD_INPUT;
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(target, StarterFile.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("zwlint: cannot write " + target + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        out.println("zwlint: wrote " + target + "; every setting in it is commented out, uncomment what you need");
        return ExitCode.CLEAN;
    }
}
