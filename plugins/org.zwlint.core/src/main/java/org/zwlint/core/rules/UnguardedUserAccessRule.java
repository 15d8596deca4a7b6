package org.zwlint.core.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.zwlint.core.Finding;
import org.zwlint.core.Fix;
import org.zwlint.core.WitnessStep;
import org.zwlint.core.analysis.AccessKind;
import org.zwlint.core.analysis.ExpressionText;
import org.zwlint.core.analysis.FunctionFacts;
import org.zwlint.core.analysis.Origin;
import org.zwlint.core.analysis.ProbeFact;
import org.zwlint.core.analysis.Region;
import org.zwlint.core.analysis.UserAccess;
import org.zwlint.core.ast.Node;
import org.zwlint.core.dispatcher.DriverReplayOutcome;
import org.zwlint.core.fix.TryExceptWrapFix;

/**
 * PB003: ProbeForRead/ProbeForWrite, MmProbeAndLockPages of user pages, or an access to user
 * memory, where no __except guards it: not in the function, and not in every caller that reaches
 * it. All of them raise on a bad address, and an exception nothing handles bug-checks the machine.
 */
public final class UnguardedUserAccessRule implements Rule {
    public static final String ID = "PB003";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        RuleDescription description = input.catalog().get(ID);
        List<Finding> findings = new ArrayList<>();
        for (FunctionFacts function : input.analysis().functions()) {
            String where = function.context().callers().isEmpty() ? "in " + function.function().name()
                    : "in " + function.function().name() + " or in every caller (" + String.join(", ",
                            function.context().callers()) + ")";
            List<Node> unguarded = unguarded(function);
            for (ProbeFact probe : function.facts(ProbeFact.class)) {
                if (!unguarded(probe)) {
                    continue;
                }
                String message = probe.routine() + " raises an exception on a bad address, and no __except handles it "
                        + where + ": a caller passing an invalid address crashes the system";
                Node pointer = probe.node().arguments().isEmpty() ? probe.node() : probe.node().arguments().get(0);
                IoReplays.Case replay = IoReplays.of(input, function.context(), probe.ioctl(),
                        probe.pointer(), ExpressionText.of(pointer), pointer, probe.write(), false,
                        OptionalLong.empty(), false, false);
                DriverReplayOutcome outcome = input.replayer().driver().unguardedProbe(replay.request(),
                        replay.access(), probe.routine(), probe.constantLength().orElse(1));
                findings.add(new Finding(ID, description.severity(), probe.range(), message,
                        IoReplays.witness(List.of(new WitnessStep(probe.range(), probe.routine() + " outside __try")),
                                outcome), wrap(input, probe.node(), unguarded)));
            }
            Set<Origin> reported = Collections.newSetFromMap(new IdentityHashMap<>());
            for (UserAccess access : function.facts(UserAccess.class)) {
                if (!unguarded(access) || access.pointer().origins().stream().allMatch(reported::contains)) {
                    continue;
                }
                reported.addAll(access.pointer().origins());
                String message = "`" + access.pointerText() + "` points to user memory and is "
                        + (access.write() ? "written" : "read") + " here outside __try/__except " + where
                        + ": the requestor can unmap the page, and the exception crashes the system";
                IoReplays.Case replay = IoReplays.of(input, function.context(), access.ioctl(),
                        access.pointer(), access.pointerText(), access.node(), access.write(),
                        access.kind() == AccessKind.COPY, UnprobedUserPointerRule.copySize(input, access),
                        access.sizeChosenByUser(), false).lockedBy(access.probe());
                DriverReplayOutcome outcome = input.replayer().driver().unmappedAddress(replay.request(),
                        replay.access());
                findings.add(new Finding(ID, description.severity(), access.range(), message,
                        IoReplays.witness(access.pointer(), access.range(), "user memory touched with no __except",
                                outcome), wrap(input, access.node(), unguarded)));
            }
        }
        return findings;
    }

    /** The __try/__except wrap, where the statement allows a safe edit, gathered with its unguarded neighbours. */
    private static List<Fix> wrap(RuleInput input, Node at, List<Node> unguarded) {
        return TryExceptWrapFix.create(input.file(), at, input.analysis().semantics().parents(), unguarded).stream()
                .toList();
    }

    /**
     * Every probe and user access of the function that raises with no __except: the reported ones and the later
     * accesses of an already reported pointer, which the same wrap must cover.
     */
    private static List<Node> unguarded(FunctionFacts function) {
        List<Node> nodes = new ArrayList<>();
        function.facts(ProbeFact.class).stream().filter(UnguardedUserAccessRule::unguarded)
                .forEach(probe -> nodes.add(probe.node()));
        function.facts(UserAccess.class).stream().filter(UnguardedUserAccessRule::unguarded)
                .forEach(access -> nodes.add(access.node()));
        return nodes;
    }

    private static boolean unguarded(ProbeFact probe) {
        return !probe.guarded() && !probe.viaHelper() && !probe.trusted() && raises(probe);
    }

    /**
     * MmCopyVirtualMemory handles its own faults (it returns an error status); a call into user memory is PB001's
     * bug, which no __except would make right.
     */
    private static boolean unguarded(UserAccess access) {
        return !access.guarded() && !access.trusted() && access.kind() != AccessKind.KERNEL_MODE_COPY
                && access.kind() != AccessKind.CALL && access.pointer().region() == Region.USER;
    }

    /** ProbeFor* always raises on a bad range (a zero length checks nothing); MmProbeAndLockPages does for user pages. */
    private static boolean raises(ProbeFact probe) {
        if (probe.routine().equals("MmProbeAndLockPages")) {
            return probe.pointer().region() == Region.USER;
        }
        return probe.constantLength().isEmpty() || probe.constantLength().getAsLong() != 0;
    }
}
