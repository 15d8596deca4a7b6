package org.zwlint.core.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.DispatcherVerdict;
import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.Witness;
import org.zwlint.core.WitnessStep;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.fix.NtToZwFix;
import org.zwlint.core.source.TextRange;

/**
 * PM001: an Nt* system service called directly. A call expression whose callee is the plain
 * identifier {@code Nt[A-Z]...}; declarations, macro definitions, an Nt* name used as a
 * function-pointer value, and functions the unit defines itself are not calls of a system
 * service. A call a macro produced is reported at the macro's use, without a fix (the Nt name
 * is not written there). A call in an included header is reported in the header; the analyzer
 * reports it once however many units include it. The fix is offered only where the reference model
 * documents the Zw* routine, and the witness is the simulated dispatcher's replay of the call.
 */
public final class DirectNtCallRule implements Rule {
    public static final String ID = "PM001";
    private static final Pattern NT_NAME = Pattern.compile("Nt[A-Z][A-Za-z0-9_]*");

    /** The verdicts replayed with the engine's replayer, kept while the engine hands in the same one. */
    private volatile @Nullable DirectNtCallReplay replays;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        RuleDescription description = input.catalog().get(ID);
        DirectNtCallReplay replay = replayFor(input);
        Set<String> definedHere = new HashSet<>();
        input.ast().walk(node -> {
            if (node instanceof FunctionDefinition function) {
                definedHere.add(function.name());
            }
        });
        List<Finding> findings = new ArrayList<>();
        input.ast().walk(node -> {
            if (!(node instanceof Call call) || !(call.callee() instanceof Identifier callee)
                    || !NT_NAME.matcher(callee.name()).matches() || definedHere.contains(callee.name())) {
                return;
            }
            String name = callee.name();
            Optional<String> zwName = replay.documentedZwName(name).filter(zw -> zw.equals("Zw" + name.substring(2)));
            Optional<TextRange> site = callee.expansionSite();
            TextRange range = site.orElse(callee.range());
            String message = message(name, zwName) + (site.isPresent() ? " (inside the expansion of the macro used here)" : "");
            List<Fix> fixes = site.isEmpty() && zwName.isPresent() ? List.of(NtToZwFix.create(range, name)) : List.of();
            findings.add(new Finding(ID, description.severity(), range, message, witness(replay, range, name), fixes));
        });
        return findings;
    }

    private DirectNtCallReplay replayFor(RuleInput input) {
        DirectNtCallReplay current = replays;
        if (current != null && current.replaysWith(input.replayer())) {
            return current;
        }
        DirectNtCallReplay fresh = new DirectNtCallReplay(input.model(), input.replayer());
        replays = fresh;
        return fresh;
    }

    private static String message(String name, Optional<String> zwName) {
        String problem = "direct call to " + name + " keeps the caller's PreviousMode";
        return zwName.map(zw -> problem + "; call " + zw + " so the dispatcher sets PreviousMode to KernelMode")
                .orElse(problem + "; no Zw routine is documented for drivers, so pass only what a "
                        + "UserMode caller could pass, or restructure the call");
    }

    private static Witness witness(DirectNtCallReplay replay, TextRange call, String name) {
        Optional<DispatcherVerdict> verdict = replay.verdict(name);
        String step = "called directly: no trap frame is built, so the thread's PreviousMode stays what it was"
                + verdict.map(v -> "; replayed under UserMode it returns " + v.statusName()).orElse("");
        return new Witness(List.of(new WitnessStep(call, step)), verdict);
    }
}
