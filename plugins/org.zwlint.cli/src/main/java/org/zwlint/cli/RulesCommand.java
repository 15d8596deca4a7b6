package org.zwlint.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.Analyzer;
import org.zwlint.core.report.RuleReference;
import org.zwlint.core.rules.RuleDescription;
import org.zwlint.core.rules.RuleRelation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `zwlint rules`: what ZwLint checks, one rule per line, with its help on request. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
        description = { "Lists the rules: id, name, default severity and summary.",
                "--format markdown writes the rule reference (docs/rules.md)." })
public final class RulesCommand implements Callable<Integer> {
    @Spec
    private @Nullable CommandSpec spec;

    @Option(names = "--help-text", description = "Also print each rule's full help with examples.")
    private boolean helpText;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default) or markdown: the rule reference of docs/rules.md.")
    private String format = "text";

    @Override
    public Integer call() {
        CommandSpec commandSpec = Injected.get(spec, "spec");
        PrintWriter out = commandSpec.commandLine().getOut();
        List<RuleDescription> rules = new Analyzer().catalog().all();
        if (format.equals("markdown")) {
            out.print(RuleReference.markdown(rules));
            return ExitCode.CLEAN;
        }
        if (!format.equals("text")) {
            throw new ParameterException(commandSpec.commandLine(), "--format " + format + ": use text or markdown");
        }
        int nameWidth = rules.stream().mapToInt(r -> r.name().length()).max().orElse(4);
        for (RuleDescription rule : rules) {
            out.println(String.format("%-6s %-" + nameWidth + "s %-7s %s", rule.id(), rule.name(),
                    rule.severity().label(), rule.summary()));
            if (helpText) {
                rule.help().lines().forEach(line -> out.println("    " + line));
                for (RuleRelation relation : rule.relations()) {
                    out.println("    Related: " + relation.tool().label() + " " + relation.id() + " (" + relation.kind()
                            + "): " + relation.description());
                }
                out.println();
            }
        }
        return ExitCode.CLEAN;
    }
}
