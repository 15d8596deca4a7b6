package org.zwlint.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.Severity;
import org.zwlint.core.analysis.CallFact;
import org.zwlint.core.analysis.ExpressionText;
import org.zwlint.core.analysis.FunctionFacts;
import org.zwlint.core.analysis.Places;
import org.zwlint.core.analysis.Value;
import org.zwlint.core.analysis.ValueKind;
import org.zwlint.core.ast.Node;
import org.zwlint.core.dispatcher.BoundaryIssue;
import org.zwlint.core.dispatcher.CallerContext;
import org.zwlint.core.dispatcher.HandleKind;
import org.zwlint.core.dispatcher.ReplayOutcome;
import org.zwlint.core.model.HandleParameter;
import org.zwlint.core.model.PreviousMode;
import org.zwlint.core.model.ServiceSpec;
import org.zwlint.core.semantics.Symbol;
import org.zwlint.core.source.TextEdit;
import org.zwlint.core.source.TextRange;

/**
 * PM006: a handle that came from user mode used under KernelMode: ObReferenceObjectByHandle(WithTag) told
 * KernelMode, or a Zw* service given the handle (the Zw entry makes the reference KernelMode). Kernel handles are
 * then accepted and the access check is skipped. The AccessMode is judged by value: any value that is the
 * requestor's mode (Irp->RequestorMode, a local copied from it, ExGetPreviousMode(), a parameter that receives it)
 * is right, whatever it is called; a constant KernelMode is not.
 */
public final class UserHandleKernelModeRule implements Rule {
    public static final String ID = "PM006";
    private static final long KERNEL_MODE = 0;

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
                String routine = call.call().callee();
                if (call.call().trusted()) {
                    continue;
                }
                if (routine.equals("ObReferenceObjectByHandle") || routine.equals("ObReferenceObjectByHandleWithTag")) {
                    reference(input, description, function, call, routine).ifPresent(findings::add);
                } else if (routine.startsWith("Zw")) {
                    service(input, description, function, call, routine).ifPresent(findings::add);
                }
            }
        }
        return findings;
    }

    private static Optional<Finding> reference(RuleInput input, RuleDescription description, FunctionFacts function,
            BoundaryCall call, String routine) {
        Value handle = call.argument(0);
        Value mode = call.argument(3);
        if (!BoundaryCall.requestorHandle(handle) || mode.kind() == ValueKind.MODE || mode.constant().isEmpty()
                || mode.constant().getAsLong() != KERNEL_MODE || call.call().node().arguments().size() < 4) {
            return Optional.empty();
        }
        Node handleArgument = call.call().node().arguments().get(0);
        Node modeArgument = call.call().node().arguments().get(3);
        String message = "`" + ExpressionText.of(handleArgument) + "` is a handle the requestor supplied (read from "
                + Witnesses.readFrom(handle) + "), referenced by " + routine + " with AccessMode KernelMode "
                + Situations.in(function.context()) + ": a kernel handle value is accepted and the handle's access is not "
                + "checked; pass the requestor's mode";
        ReplayOutcome outcome = input.replayer().replayReference(routine, HandleKind.KERNEL, PreviousMode.KERNEL_MODE);
        List<Fix> fixes = requestorMode(input, function).flatMap(m -> modeFix(input, modeArgument, m))
                .map(List::of).orElse(List.of());
        Optional<CallFact> privilege = privilegeCheckBefore(function, call);
        Severity severity = description.severity();
        if (privilege.isPresent()) {
            // Only a caller holding the privilege gets here: still wrong, but not open to every user.
            severity = Severity.NOTE;
            message += "; only a requestor holding the privilege checked at line "
                    + privilege.get().range().startLine() + " (SeSinglePrivilegeCheck with the requestor's mode) "
                    + "reaches it";
        }
        return Optional.of(Confirmation.finding(ID, severity, Places.of(handleArgument), message,
                List.of(handle), "referenced with AccessMode KernelMode", Optional.of(outcome),
                BoundaryIssue.KERNEL_HANDLE_ACCEPTED, "", fixes));
    }

    private static Optional<Finding> service(RuleInput input, RuleDescription description, FunctionFacts function,
            BoundaryCall call, String routine) {
        Optional<ServiceSpec> spec = input.model().find(routine).filter(s -> s.zwName().equals(routine));
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < spec.get().parameterCount() && i < call.call().arguments().size(); i++) {
            if (!(spec.get().parameters().get(i) instanceof HandleParameter) || !BoundaryCall.requestorHandle(call.argument(i))) {
                continue;
            }
            Node argument = call.call().node().arguments().get(i);
            String message = "`" + ExpressionText.of(argument) + "` is a handle the requestor supplied (read from "
                    + Witnesses.readFrom(call.argument(i)) + "), passed to " + routine + " "
                    + Situations.in(function.context()) + ": the Zw entry sets PreviousMode to KernelMode, so a kernel "
                    + "handle value is accepted and the handle's access is not checked; reference the handle with "
                    + "ObReferenceObjectByHandle and the requestor's mode first, or call the routine only for kernel "
                    + "handles the driver opened";
            ReplayOutcome outcome = input.replayer().replay(call.replay(routine, spec.get(), true),
                    CallerContext.USER_MODE_POSSIBLE);
            return Optional.of(Confirmation.finding(ID, description.severity(), Places.of(argument), message,
                    List.of(call.argument(i)), "passed to " + routine + ", which references it under KernelMode",
                    Optional.of(outcome), BoundaryIssue.KERNEL_HANDLE_ACCEPTED, "", List.of()));
        }
        return Optional.empty();
    }

    /** A SeSinglePrivilegeCheck of the requestor's mode earlier in the function (the TCB check of an FSCTL). */
    private static Optional<CallFact> privilegeCheckBefore(FunctionFacts function, BoundaryCall call) {
        for (CallFact fact : function.facts(CallFact.class)) {
            if (fact.callee().equals("SeSinglePrivilegeCheck") && fact.arguments().size() == 2
                    && fact.arguments().get(1).kind() == ValueKind.MODE
                    && fact.range().startOffset() < call.call().range().startOffset()
                    && fact.range().file().equals(call.call().range().file())) {
                return Optional.of(fact);
            }
        }
        return Optional.empty();
    }

    /** How this function can name the requestor's mode: its IRP's or callback data's RequestorMode, else the thread's. */
    private static Optional<String> requestorMode(RuleInput input, FunctionFacts function) {
        for (Symbol parameter : input.analysis().semantics().parameters(function.function())) {
            String type = parameter.type().display();
            if (type.contains("_IRP") || type.contains("_FLT_CALLBACK_DATA")) {
                return Optional.of(parameter.name() + "->RequestorMode");
            }
        }
        return Optional.of("ExGetPreviousMode()");
    }

    private static Optional<Fix> modeFix(RuleInput input, Node modeArgument, String mode) {
        TextRange range = modeArgument.range();
        String text = input.file().text();
        if (!range.file().equals(input.file().path()) || range.endOffset() > text.length()
                || !text.substring(range.startOffset(), range.endOffset()).equals("KernelMode")) {
            return Optional.empty();
        }
        return Optional.of(new Fix("Pass the requestor's mode (" + mode + ")", input.file().path(),
                List.of(new TextEdit(range.startOffset(), range.endOffset(), mode))));
    }

}
