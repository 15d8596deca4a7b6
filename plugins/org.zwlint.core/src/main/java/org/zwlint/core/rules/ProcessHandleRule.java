package org.zwlint.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.analysis.FunctionFacts;
import org.zwlint.core.analysis.ObjectAttributesSupport;
import org.zwlint.core.analysis.Origin;
import org.zwlint.core.analysis.StoreFact;
import org.zwlint.core.analysis.ValueKind;
import org.zwlint.core.dispatcher.BoundaryIssue;
import org.zwlint.core.dispatcher.CallerContext;
import org.zwlint.core.dispatcher.ReplayOutcome;
import org.zwlint.core.fix.AttributesFlagFix;
import org.zwlint.core.model.ServiceSpec;
import org.zwlint.core.source.TextRange;

/**
 * PM005: object attributes for a Zw* create/open without OBJ_KERNEL_HANDLE, in code that can run outside the
 * System process (a dispatch routine, a filter callback, a KMDF callback, a helper they call). The handle lands in
 * the calling process's handle table, where that process can use it with the access the driver asked for, or close
 * it and have the value reused. DriverEntry, system threads and work items run in the System process: not reported.
 * Only Attributes the analysis knows on every path are judged.
 */
public final class ProcessHandleRule implements Rule {
    public static final String ID = "PM005";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        RuleDescription description = input.catalog().get(ID);
        List<Finding> findings = new ArrayList<>();
        for (FunctionFacts function : input.analysis().functions()) {
            if (!Openers.outsideSystemProcess(function.context())) {
                continue;
            }
            for (BoundaryCall call : BoundaryCall.of(function)) {
                String routine = call.call().callee();
                if (!Openers.isOpener(routine) || call.attributes().isEmpty()
                        || !call.attributesHave(ObjectAttributesSupport.OBJ_KERNEL_HANDLE).equals(Optional.of(false))
                        || returnedToRequestor(function, call.call().range())) {
                    continue;
                }
                String message = routine + " creates a handle without OBJ_KERNEL_HANDLE "
                        + Situations.in(function.context()) + ", which can run in the requestor's process: the handle lands"
                        + " in that process's handle table, where user code can use it with the driver's access or"
                        + " close it; add OBJ_KERNEL_HANDLE to the attributes";
                Optional<ServiceSpec> spec = Openers.replayedAs(routine, input.model());
                Optional<ReplayOutcome> outcome = spec.map(s -> input.replayer().replay(
                        call.replay(Openers.replayName(routine, s), s, false), CallerContext.USER_MODE_POSSIBLE));
                List<Fix> fixes = new ArrayList<>();
                for (Origin origin : call.attributes().get().attributes().origins()) {
                    AttributesFlagFix.create(input.file(), origin.range(), "OBJ_KERNEL_HANDLE").ifPresent(fixes::add);
                }
                findings.add(Confirmation.finding(ID, description.severity(), call.call().range(), message,
                        List.of(call.attributes().get().attributes()), routine + " creates the handle here", outcome,
                        BoundaryIssue.HANDLE_IN_USER_PROCESS, "the reference model has no parameter data for "
                                + routine + ", so the dispatcher cannot replay it",
                        fixes.size() == 1 ? fixes : List.of()));
            }
        }
        return findings;
    }

    /**
     * The handle the call created is written into memory the requestor reads back (its output buffer, a user
     * address): the driver opened it for the caller, whose table is where it belongs (PM007 says the same of a
     * handle in the caller's own table).
     */
    private static boolean returnedToRequestor(FunctionFacts function, TextRange createdAt) {
        for (StoreFact store : function.facts(StoreFact.class)) {
            if (store.stored().kind() == ValueKind.PROCESS_HANDLE && !store.trusted()
                    && store.stored().bornAt(createdAt)
                    && KernelAddressDisclosureRule.channel(store).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
