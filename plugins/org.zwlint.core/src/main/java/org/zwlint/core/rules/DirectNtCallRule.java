package org.zwlint.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.Witness;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.fix.NtToZwFix;
import org.zwlint.core.source.TextRange;

/**
 * PM001: an Nt* system service called directly. A call expression whose callee is the plain
 * identifier {@code Nt[A-Z]...}; declarations, macro definitions and an Nt* name used as a
 * function-pointer value are not calls. A call a macro produced is reported at the macro's use
 * in the main file, without a fix (the Nt name is not written there).
 */
public final class DirectNtCallRule implements Rule {
    public static final String ID = "PM001";
    private static final Pattern NT_NAME = Pattern.compile("Nt[A-Z][A-Za-z0-9_]*");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        RuleDescription description = input.catalog().get(ID);
        List<Finding> findings = new ArrayList<>();
        input.ast().walk(node -> {
            if (!(node instanceof Call call) || !(call.callee() instanceof Identifier callee)
                    || !NT_NAME.matcher(callee.name()).matches()) {
                return;
            }
            String name = callee.name();
            String message = "direct call to " + name + " keeps the caller's PreviousMode; call Zw" + name.substring(2)
                    + " so the dispatcher sets PreviousMode to KernelMode";
            Optional<TextRange> site = callee.expansionSite();
            if (site.isPresent()) {
                if (site.get().file().equals(input.file().path())) {
                    findings.add(new Finding(ID, description.severity(), site.get(),
                            message + " (inside the expansion of the macro used here)", Witness.of(List.of()),
                            List.<Fix>of()));
                }
                return;
            }
            TextRange range = callee.range();
            if (range.file().equals(input.file().path())) {
                findings.add(new Finding(ID, description.severity(), range, message, Witness.of(List.of()),
                        List.of(NtToZwFix.create(range, name))));
            }
        });
        return findings;
    }
}
