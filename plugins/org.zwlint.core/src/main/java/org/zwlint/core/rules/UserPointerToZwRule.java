package org.zwlint.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.zwlint.core.Finding;
import org.zwlint.core.analysis.ExpressionText;
import org.zwlint.core.analysis.FunctionFacts;
import org.zwlint.core.analysis.ObjectAttributesFact;
import org.zwlint.core.analysis.Places;
import org.zwlint.core.analysis.Region;
import org.zwlint.core.analysis.Value;
import org.zwlint.core.analysis.ValueKind;
import org.zwlint.core.ast.Node;
import org.zwlint.core.dispatcher.BoundaryIssue;
import org.zwlint.core.dispatcher.CallerContext;
import org.zwlint.core.dispatcher.ReplayOutcome;
import org.zwlint.core.model.PointerParameter;
import org.zwlint.core.model.ServiceSpec;

/**
 * PM003: a user pointer, or data still in user memory (a name buffer embedded in a user structure, a UNICODE_STRING
 * read from user memory without capture), passed to a Zw* service. The Zw entry sets PreviousMode to KernelMode, so
 * the service neither probes nor captures it: the requestor passes a kernel address and the service reads or writes
 * kernel memory for it. Not reported on a path where the requestor was checked to be KernelMode.
 */
public final class UserPointerToZwRule implements Rule {
    public static final String ID = "PM003";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        RuleDescription description = input.catalog().get(ID);
        List<Finding> findings = new ArrayList<>();
        for (FunctionFacts function : input.analysis().functions()) {
            for (BoundaryCall call : BoundaryCall.of(function)) {
                String name = call.call().callee();
                if (!name.startsWith("Zw") || call.call().trusted()) {
                    continue;
                }
                Optional<ServiceSpec> spec = input.model().find(name).filter(s -> s.zwName().equals(name));
                check(input, description, function, call, name, spec).ifPresent(findings::add);
            }
        }
        return findings;
    }

    /** The value's own origin ("`in->Path` is a pointer read from ..."), else the start of its trail. */
    private static String describe(Value value) {
        return value.origins().isEmpty() ? Witnesses.source(value) : value.origins().get(0).description();
    }

    private static Optional<Finding> check(RuleInput input, RuleDescription description, FunctionFacts function,
            BoundaryCall call, String name, Optional<ServiceSpec> spec) {
        Optional<ObjectAttributesFact> attributes = call.attributes();
        for (int i = 0; i < call.call().arguments().size(); i++) {
            Value value = call.argument(i);
            Node argument = call.call().node().arguments().get(i);
            String text = ExpressionText.of(argument);
            boolean objectAttributes = attributes.isPresent() && attributes.get().argument() == i;
            String what;
            Value source;
            if (objectAttributes && value.region() != Region.USER
                    && (attributes.get().name().region() == Region.USER
                            || attributes.get().nameBuffer().region() == Region.USER)) {
                ObjectAttributesFact fact = attributes.get();
                source = fact.nameBuffer().region() == Region.USER ? fact.nameBuffer() : fact.name();
                what = "the ObjectName in `" + text + "` still points into user memory ("
                        + describe(source) + ")";
            } else if (value.region() == Region.USER && value.kind() == ValueKind.DATA
                    && spec.isPresent() && i < spec.get().parameterCount()
                    && spec.get().parameters().get(i) instanceof PointerParameter) {
                source = value;
                what = "`" + text + "` is a user pointer (" + describe(value) + ")";
            } else {
                continue;
            }
            String message = what + ", passed to " + name + " " + Situations.in(function.context())
                    + ": the Zw entry sets PreviousMode to KernelMode, so " + name + " neither probes nor captures "
                    + "it; capture the data into kernel memory (inside __try, after ProbeForRead) and pass the copy";
            Optional<ReplayOutcome> outcome = spec.isPresent()
                    ? Optional.of(input.replayer().replay(call.replay(name, spec.get(), false),
                            CallerContext.USER_MODE_POSSIBLE))
                    : Optional.empty();
            return Optional.of(Confirmation.finding(ID, description.severity(), Places.of(argument), message,
                    List.of(source), "passed to " + name + ", which runs with PreviousMode KernelMode", outcome,
                    BoundaryIssue.USER_POINTER_TRUSTED,
                    "the reference model has no parameter data for " + name + ", so the dispatcher cannot replay it",
                    List.of()));
        }
        return Optional.empty();
    }
}
