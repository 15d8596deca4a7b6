package org.zwlint.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.analysis.FunctionFacts;
import org.zwlint.core.analysis.Region;
import org.zwlint.core.analysis.RequestMode;
import org.zwlint.core.analysis.Value;
import org.zwlint.core.analysis.ExpressionText;
import org.zwlint.core.dispatcher.BoundaryIssue;
import org.zwlint.core.dispatcher.CallerContext;
import org.zwlint.core.dispatcher.ReplayOutcome;
import org.zwlint.core.fix.NtToZwFix;
import org.zwlint.core.model.Capture;
import org.zwlint.core.model.HandleParameter;
import org.zwlint.core.model.Parameter;
import org.zwlint.core.model.PointerParameter;
import org.zwlint.core.model.ServiceSpec;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.Node;
import org.zwlint.core.semantics.SemanticModel;

/**
 * PM002: a kernel pointer (stack, pool, a global, a string of the image, OBJECT_ATTRIBUTES or a UNICODE_STRING the
 * driver built) or a kernel handle passed to an Nt* service where the thread's PreviousMode may be UserMode. The
 * service probes the pointer and fails with STATUS_ACCESS_VIOLATION, or looks the kernel handle up in the process's
 * table and fails with STATUS_INVALID_HANDLE. Not reported where the context is KernelMode (DriverEntry, a system
 * thread), on a path where the mode was checked to be KernelMode, or where the code switches PreviousMode itself.
 * A call through a function pointer bound to a service (see {@link ServicePointers}) is judged as a call by name.
 */
public final class KernelPointerToNtRule implements Rule {
    public static final String ID = "PM002";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        RuleDescription description = input.catalog().get(ID);
        List<Finding> findings = new ArrayList<>();
        SemanticModel semantics = input.analysis().semantics();
        ServicePointers globals = null; // found on first need: most units call no function pointer
        for (FunctionFacts function : input.analysis().functions()) {
            if (function.context().threadMode() == RequestMode.KERNEL_ONLY
                    || function.context().role() == org.zwlint.core.analysis.EntryRole.UNKNOWN
                    || PreviousModeSwitch.in(function.function()).isPresent()) {
                continue;
            }
            ServicePointers pointers = null;
            for (BoundaryCall call : BoundaryCall.of(function)) {
                if (call.call().trusted() || !(call.call().node().callee() instanceof Identifier callee)) {
                    continue;
                }
                String name = call.call().callee();
                boolean throughPointer = false;
                if (!SystemServiceNames.isService(name, input.model(), semantics, input.file())) {
                    // a call through a pointer bound to a service (p = NtClose, or MmGetSystemRoutineAddress of its
                    // name), as PM001 finds it
                    if (!ServicePointers.mayBind(callee, semantics)) {
                        continue;
                    }
                    if (globals == null) {
                        globals = ServicePointers.globals(input);
                    }
                    if (pointers == null) {
                        pointers = ServicePointers.of(function, input, globals);
                    }
                    Optional<String> bound = pointers.serviceOf(callee, semantics);
                    if (bound.isEmpty()) {
                        continue;
                    }
                    name = bound.get();
                    throughPointer = true;
                }
                String service = name;
                Optional<ServiceSpec> spec = input.model().find(service).filter(s -> s.ntName().equals(service));
                report(input, description, function, call, service, spec, throughPointer).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static Optional<Finding> report(RuleInput input, RuleDescription description, FunctionFacts function,
            BoundaryCall call, String name, Optional<ServiceSpec> spec, boolean throughPointer) {
        List<Integer> pointers = new ArrayList<>();
        List<Integer> handles = new ArrayList<>();
        for (int i = 0; i < call.call().arguments().size(); i++) {
            Value value = call.argument(i);
            Optional<Parameter> parameter = spec.isPresent() && i < spec.get().parameterCount()
                    ? Optional.of(spec.get().parameters().get(i)) : Optional.empty();
            if (BoundaryCall.kernelHandle(value) && (parameter.isEmpty() || parameter.get() instanceof HandleParameter)) {
                handles.add(i);
            } else if (value.region() == Region.KERNEL && value.kind() == org.zwlint.core.analysis.ValueKind.DATA
                    && (parameter.isEmpty() ? spec.isEmpty() : parameter.get() instanceof PointerParameter)) {
                pointers.add(i);
            }
        }
        if (pointers.isEmpty() && handles.isEmpty()) {
            return Optional.empty();
        }
        boolean pointer = !pointers.isEmpty();
        int index = pointer ? pointers.get(0) : handles.get(0);
        for (int candidate : pointers) {
            if (spec.isPresent() && spec.get().parameters().get(candidate) instanceof PointerParameter p
                    && p.capture().equals(Optional.of(Capture.OBJECT_ATTRIBUTES))) {
                index = candidate; // the object attributes the driver built are the telling argument
            }
        }
        Node argument = call.call().node().arguments().get(index);
        String text = ExpressionText.of(argument);
        boolean attributes = pointer && spec.isPresent() && spec.get().parameters().get(index) instanceof PointerParameter p
                && p.capture().equals(Optional.of(Capture.OBJECT_ATTRIBUTES));
        String what = !pointer ? "a kernel handle (opened with OBJ_KERNEL_HANDLE)"
                : attributes ? "OBJECT_ATTRIBUTES the driver built in kernel memory" : "a kernel-mode address";
        String fails = pointer ? "probes it and fails with STATUS_ACCESS_VIOLATION"
                : "looks it up in the calling process's handle table and fails with STATUS_INVALID_HANDLE";
        Optional<String> zw = spec.flatMap(ServiceSpec::documentedZwName);
        String message = "`" + text + "` is " + what + ", passed to " + name
                + (throughPointer ? " (through `" + call.call().callee() + "`)" : "") + " "
                + Situations.in(function.context())
                + (function.context().threadMode() == RequestMode.USER_POSSIBLE ? ", where PreviousMode may be UserMode"
                        : ", where PreviousMode is not known to be KernelMode")
                + ": the service " + fails + zw.map(z -> "; call " + z).orElse("; no Zw routine is documented for it");
        Optional<ReplayOutcome> outcome = spec.isPresent() && input.replayer().supports(name)
                ? Optional.of(input.replayer().replay(call.replay(name, spec.get(), false),
                        CallerContext.USER_MODE_POSSIBLE))
                : Optional.empty();
        org.zwlint.core.ast.Expression callee = call.call().node().callee();
        List<Fix> fixes = zw.isPresent() && !throughPointer && callee instanceof Identifier id
                && id.expansionSite().isEmpty()
                ? List.of(NtToZwFix.create(id.range(), name)) : List.of();
        return Optional.of(Confirmation.finding(ID, description.severity(),
                org.zwlint.core.analysis.Places.of(argument), message,
                attributes && call.attributes().isPresent()
                        ? List.of(call.argument(index), call.attributes().get().attributes())
                        : List.of(call.argument(index)), name + " called directly with " + text,
                outcome, pointer ? BoundaryIssue.KERNEL_POINTER_PROBED : BoundaryIssue.KERNEL_HANDLE_REJECTED,
                "the reference model has no parameter data for " + name + ", so the dispatcher cannot replay it",
                fixes));
    }
}
