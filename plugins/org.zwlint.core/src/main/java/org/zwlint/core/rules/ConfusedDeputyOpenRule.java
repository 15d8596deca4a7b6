package org.zwlint.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.analysis.CallFact;
import org.zwlint.core.analysis.EntryRole;
import org.zwlint.core.analysis.FunctionFacts;
import org.zwlint.core.analysis.ObjectAttributesFact;
import org.zwlint.core.analysis.ObjectAttributesSupport;
import org.zwlint.core.analysis.Origin;
import org.zwlint.core.analysis.Region;
import org.zwlint.core.analysis.RequestMode;
import org.zwlint.core.analysis.Value;
import org.zwlint.core.dispatcher.BoundaryIssue;
import org.zwlint.core.dispatcher.CallerContext;
import org.zwlint.core.dispatcher.ReplayOutcome;
import org.zwlint.core.fix.AttributesFlagFix;
import org.zwlint.core.model.ServiceSpec;

/**
 * PM004: a Zw* create/open (or IoCreateFile* or FltCreateFile* without IO_FORCE_ACCESS_CHECK) in the context of a user
 * request, on a name the user can influence, without OBJ_FORCE_ACCESS_CHECK. The user influences the name when it,
 * its root directory or the client id comes from user data, or when it resolves through the caller's DOS device map
 * (\??\, \DosDevices\, a drive letter), which a per-user symbolic link can redirect even for a constant, or when
 * a view of the section it opened is mapped into the requestor's process. A fixed \Registry\Machine\... or
 * \Device\... name the driver keeps to itself is not a finding.
 */
public final class ConfusedDeputyOpenRule implements Rule {
    public static final String ID = "PM004";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        RuleDescription description = input.catalog().get(ID);
        List<Finding> findings = new ArrayList<>();
        for (FunctionFacts function : input.analysis().functions()) {
            if (function.context().threadMode() == RequestMode.KERNEL_ONLY) {
                continue;
            }
            for (BoundaryCall call : BoundaryCall.of(function)) {
                String routine = call.call().callee();
                if (ObjectOpenByPointer.isOpenByPointer(routine) && !call.call().trusted()) {
                    ObjectOpenByPointer.check(input, description, function, call).ifPresent(findings::add);
                    continue;
                }
                if (!(Openers.isOpener(routine) || Openers.opensByName(routine)) || call.call().trusted()
                        || call.attributes().isEmpty()
                        || !userAttributes(call) && !call.attributesHave(ObjectAttributesSupport.OBJ_FORCE_ACCESS_CHECK)
                                .equals(Optional.of(false))
                        || Openers.forcesAccessCheck(call)) {
                    continue;
                }
                check(input, description, function, call, routine).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static Optional<Finding> check(RuleInput input, RuleDescription description, FunctionFacts function,
            BoundaryCall call, String routine) {
        ObjectAttributesFact attributes = call.attributes().get();
        Optional<String> why = Optional.empty();
        Value source = Value.UNKNOWN;
        boolean dosPath = false;
        if (userAttributes(call)) {
            source = attributes.structure();
            why = Optional.of("its OBJECT_ATTRIBUTES are the requestor's own (" + Witnesses.source(source)
                    + "): the requestor writes the name and the Attributes, OBJ_FORCE_ACCESS_CHECK or not");
        } else if (attributes.nameBuffer().userInfluenced() || attributes.name().userInfluenced()) {
            source = attributes.nameBuffer().userInfluenced() ? attributes.nameBuffer() : attributes.name();
            why = Optional.of("its name comes from the requestor (" + (source.trail().isEmpty()
                    ? source.region() == Region.USER ? "a user pointer" : "a kernel copy of data the requestor supplied"
                    : Witnesses.source(source)) + ")");
        } else if (attributes.rootDirectory().userInfluenced()) {
            source = attributes.rootDirectory();
            why = Optional.of("its RootDirectory comes from the requestor");
        } else if (routine.contains("Process") || routine.contains("Thread")) {
            for (int i = 0; i < call.call().arguments().size(); i++) {
                if (i != attributes.argument() && call.argument(i).userInfluenced()) {
                    source = call.argument(i);
                    why = Optional.of("the client id it opens comes from the requestor");
                }
            }
        }
        boolean userRequest = function.context().threadMode() == RequestMode.USER_POSSIBLE
                || function.context().role() == EntryRole.KMDF_IO_CALLBACK;
        if (why.isEmpty() && attributes.nameText().isPresent() && userRequest
                && throughDosDevices(attributes.nameText().get())) {
            dosPath = true;
            why = Optional.of("its name \"" + attributes.nameText().get() + "\" resolves through the requestor's DOS "
                    + "device map, which the user can redirect with a per-user symbolic link");
        }
        if (why.isEmpty() && userRequest) {
            why = viewForRequestor(function, call).map(map -> "a view of it is mapped into the requestor's process ("
                    + map.callee() + " at line " + map.range().startLine() + "), so the requestor gets the object"
                    + attributes.nameText().map(name -> " " + name).orElse("") + " itself");
        }
        if (why.isEmpty()) {
            return Optional.empty();
        }
        String message = routine + " opens an object for the requestor without OBJ_FORCE_ACCESS_CHECK "
                + Situations.in(function.context()) + ": " + why.get() + ", and under the KernelMode of the Zw call the "
                + "object manager skips the access check, so the driver opens what the user may not (confused deputy)"
                + "; add OBJ_FORCE_ACCESS_CHECK to the attributes"
                + (dosPath ? "; a \\GLOBAL??\\ or \\SystemRoot\\ path avoids the redirection" : "");
        Optional<ServiceSpec> spec = Openers.replayedAs(routine, input.model());
        Optional<ReplayOutcome> outcome = spec.map(s -> input.replayer().replay(
                call.replay(Openers.replayName(routine, s), s, false), CallerContext.USER_MODE_POSSIBLE));
        List<Fix> fixes = new ArrayList<>();
        for (Origin origin : attributes.attributes().origins()) {
            AttributesFlagFix.create(input.file(), origin.range(), "OBJ_FORCE_ACCESS_CHECK").ifPresent(fixes::add);
        }
        List<Value> sources = new ArrayList<>();
        sources.add(source);
        sources.add(attributes.attributes());
        return Optional.of(Confirmation.finding(ID, description.severity(), call.call().range(), message, sources,
                routine + " opens the object under KernelMode", outcome, BoundaryIssue.ACCESS_CHECK_SKIPPED,
                "the reference model has no parameter data for " + routine + ", so the dispatcher cannot replay it",
                fixes.size() == 1 ? fixes : List.of()));
    }

    /**
     * The call in the same function that maps a view of the section {@code open} opened into the calling process
     * (NtCurrentProcess(), the requestor's process in its request): the requestor then reads and writes the object
     * as if it had opened it, access check or not.
     */
    private static Optional<CallFact> viewForRequestor(FunctionFacts function, BoundaryCall open) {
        for (CallFact map : function.facts(CallFact.class)) {
            if (!map.callee().endsWith("MapViewOfSection") || map.arguments().size() < 2) {
                continue;
            }
            boolean ofThisSection = map.arguments().get(0).bornAt(open.call().range());
            boolean intoCaller = map.arguments().get(1).constant().equals(OptionalLong.of(-1)); // NtCurrentProcess()
            if (ofThisSection && intoCaller) {
                return Optional.of(map);
            }
        }
        return Optional.empty();
    }

    /** The OBJECT_ATTRIBUTES passed are in the requestor's memory: it chose every field, the Attributes included. */
    private static boolean userAttributes(BoundaryCall call) {
        return call.attributes().isPresent() && call.attributes().get().structure().region() == Region.USER;
    }

    /** \??\, \DosDevices\ and drive-letter paths go through the caller's device map. */
    static boolean throughDosDevices(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("\\??\\") || lower.startsWith("\\dosdevices\\") || name.matches("^[A-Za-z]:.*");
    }
}
