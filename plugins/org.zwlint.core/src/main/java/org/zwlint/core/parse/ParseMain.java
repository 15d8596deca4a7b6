package org.zwlint.core.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.zwlint.core.Diagnostic;
import org.zwlint.core.config.ZwLintConfig;

/**
 * A bare {@code zwlint parse [-Dname[=value]] [-Uname] [-Idir] PATH...} for the benchmark harness
 * until the CLI's subcommand replaces it. {@code @LIST} reads paths from a file; with no paths it
 * checks the bundled model; {@code --split-ctags CTAGS_X_OUTPUT} splits a ctags function listing
 * into definitions in preprocessed-in and preprocessed-out code.
 */
public final class ParseMain {
    private ParseMain() {
    }

    public static void main(String[] args) {
        Map<String, String> defines = new HashMap<>();
        List<String> undefines = new ArrayList<>();
        List<Path> includes = new ArrayList<>();
        List<Path> inputs = new ArrayList<>();
        @org.eclipse.jdt.annotation.Nullable
        Path ctags = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--split-ctags")) {
                ctags = Path.of(args[++i]);
            } else if (arg.startsWith("-D")) {
                String def = arg.length() > 2 ? arg.substring(2) : args[++i];
                int eq = def.indexOf('=');
                defines.put(eq < 0 ? def : def.substring(0, eq), eq < 0 ? "1" : def.substring(eq + 1));
            } else if (arg.startsWith("-U")) {
                undefines.add(arg.length() > 2 ? arg.substring(2) : args[++i]);
            } else if (arg.startsWith("-I")) {
                includes.add(Path.of(arg.length() > 2 ? arg.substring(2) : args[++i]));
            } else if (arg.startsWith("@")) {
                try {
                    for (String line : java.nio.file.Files.readAllLines(Path.of(arg.substring(1)))) {
                        if (!line.isBlank()) {
                            inputs.add(Path.of(line.strip()));
                        }
                    }
                } catch (java.io.IOException e) {
                    System.err.println("cannot read file list " + arg.substring(1) + ": " + e.getMessage());
                    System.exit(2);
                }
            } else {
                inputs.add(Path.of(arg));
            }
        }
        ZwLintConfig config = new ZwLintConfig(defines, undefines, includes, Optional.empty(), Set.of());
        if (ctags != null) {
            // the benchmark's explanation of the ctags count (see CtagsComparison)
            try {
                System.out.println(CtagsComparison.split(ctags, config));
            } catch (java.io.IOException e) {
                System.err.println("cannot read " + ctags + ": " + e.getMessage());
                System.exit(2);
            }
            return;
        }
        if (inputs.isEmpty()) {
            // no files: check that the grammar understands the bundled WDK model
            FrontEnd frontEnd = new FrontEnd(config);
            frontEnd.modelDiagnostics().forEach(d -> System.out.println(d.format()));
            System.out.println("model typedef names: " + frontEnd.modelTypeNames().size());
            return;
        }
        ParseRunResult result = ParseRun.run(inputs, config, Runtime.getRuntime().availableProcessors());
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : result.diagnostics()) {
            out.append(d.format()).append('\n');
        }
        out.append(result.summaryLine()).append('\n');
        System.out.print(out);
        System.out.flush();
    }
}
