package org.zwlint.core.parse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.zwlint.core.Diagnostic;
import org.zwlint.core.Severity;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.preprocess.Preprocessor;
import org.zwlint.core.source.SourceCollector;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.SourceReader;

/** {@code zwlint parse}: reads, preprocesses and parses files and folders in parallel and counts the results. */
public final class ParseRun {
    private ParseRun() {
    }

    public static ParseRunResult run(List<Path> inputs, ZwLintConfig config, int threads) {
        return run(inputs, config, threads, FrontEnd.DEFAULT_BUDGET);
    }

    public static ParseRunResult run(List<Path> inputs, ZwLintConfig config, int threads, Duration budget) {
        long start = System.nanoTime();
        SourceCollector.Collected collected = SourceCollector.collect(inputs);
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (SourceCollector.Problem problem : collected.problems()) {
            diagnostics.add(Diagnostic.ofFile(Severity.ERROR, problem.path(), problem.message()));
        }
        FrontEnd frontEnd = new FrontEnd(new Preprocessor(config), budget);
        List<FileResult> results = ParallelFiles.run(collected.files(), threads, path -> parseFile(frontEnd, path),
                failed -> new FileResult(List.of(failed), 0, 0, 0));
        long lines = 0;
        int functions = 0;
        int parsed = 0;
        for (FileResult result : results) {
            diagnostics.addAll(result.diagnostics());
            lines += result.lines();
            functions += result.functions();
            parsed += result.parsed();
        }
        int errors = (int) diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new ParseRunResult(diagnostics, collected.files().size(), lines, functions, parsed, errors, seconds);
    }

    private record FileResult(List<Diagnostic> diagnostics, long lines, int functions, int parsed) {
    }

    private static FileResult parseFile(FrontEnd frontEnd, Path path) {
        SourceReader.Result read = SourceReader.read(path);
        if (read instanceof SourceReader.Refused refused) {
            return new FileResult(List.of(Diagnostic.ofFile(Severity.ERROR, refused.path(), refused.reason())), 0, 0,
                    0);
        }
        SourceFile file = ((SourceReader.Loaded) read).file();
        ParsedUnit unit = frontEnd.parse(file);
        return new FileResult(unit.diagnostics(), file.lines().lineCount(), unit.functionCount(),
                unit.parsedFunctionCount());
    }
}
