package org.zwlint.core.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.parse.FrontEnd;
import org.zwlint.core.parse.ParsedUnit;
import org.zwlint.core.semantics.SemanticModel;
import org.zwlint.core.semantics.WdkDeclarations;
import org.zwlint.core.source.SourceFile;

/** Test helper: runs the engine over a few in-memory files as one driver project. */
final class Engine {
    private static final FrontEnd FRONT_END = new FrontEnd(ZwLintConfig.defaults());
    private static final WdkDeclarations MODEL = WdkDeclarations.of(FRONT_END.modelAst());
    private static final ApiFacts API = ApiFacts.bundled();

    final ProgramAnalysis program;
    final Map<String, ProgramAnalysis.Unit> units;

    private Engine(ProgramAnalysis program, Map<String, ProgramAnalysis.Unit> units) {
        this.program = program;
        this.units = units;
    }

    /** name -> code, analyzed together. */
    static Engine run(Map<String, String> files) {
        return run(files, ProgramAnalysis.Budgets.defaults());
    }

    static Engine run(Map<String, String> files, ProgramAnalysis.Budgets budgets) {
        Map<String, ProgramAnalysis.Unit> units = new LinkedHashMap<>();
        files.forEach((name, code) -> {
            SourceFile file = SourceFile.of(Path.of(name), code);
            ParsedUnit parsed = FRONT_END.parse(file);
            SemanticModel semantics = SemanticModel.build(parsed.ast(), MODEL);
            units.put(name, new ProgramAnalysis.Unit(file, parsed.ast(), semantics,
                    CodeMode.of(parsed.includedHeaders(), semantics.functions())));
        });
        return new Engine(ProgramAnalysis.run(new ArrayList<>(units.values()), API, budgets), units);
    }

    static Engine run(String code) {
        return run(Map.of("drv.c", code));
    }

    /** Every analysis of a function (one per caller situation). */
    List<FunctionFacts> function(String name) {
        List<FunctionFacts> found = new ArrayList<>();
        for (ProgramAnalysis.Unit unit : units.values()) {
            program.facts(unit).stream().filter(f -> f.function().name().equals(name)).forEach(found::add);
        }
        return found;
    }

    FunctionFacts only(String name) {
        List<FunctionFacts> all = function(name);
        if (all.size() != 1) {
            throw new AssertionError(name + " has " + all.size() + " analyses");
        }
        return all.get(0);
    }

    List<EntryPoint> entryPoints() {
        List<EntryPoint> all = new ArrayList<>();
        units.values().forEach(u -> all.addAll(program.entryPoints(u)));
        return all;
    }
}
