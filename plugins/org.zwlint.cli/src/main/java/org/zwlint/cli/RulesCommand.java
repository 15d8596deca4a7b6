package org.zwlint.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.Analyzer;
import org.zwlint.core.rules.RuleDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `zwlint rules`: what ZwLint checks, one rule per line, with its help on request. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
        description = "Lists the rules: id, name, default severity and summary.")
public final class RulesCommand implements Callable<Integer> {
    @Spec
    private @Nullable CommandSpec spec;

    @Option(names = "--help-text", description = "Also print each rule's full help with examples.")
    private boolean helpText;

    @Override
    public Integer call() {
        PrintWriter out = Injected.get(spec, "spec").commandLine().getOut();
        List<RuleDescription> rules = new Analyzer().catalog().all();
        int nameWidth = rules.stream().mapToInt(r -> r.name().length()).max().orElse(4);
        for (RuleDescription rule : rules) {
            out.println(String.format("%-6s %-" + nameWidth + "s %-7s %s", rule.id(), rule.name(),
                    rule.severity().label(), rule.summary()));
            if (helpText) {
                rule.help().lines().forEach(line -> out.println("    " + line));
                out.println();
            }
        }
        return ExitCode.CLEAN;
    }
}
