package org.zwlint.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.zwlint.core.Finding;
import org.zwlint.core.WitnessStep;
import org.zwlint.core.analysis.FetchFact;
import org.zwlint.core.analysis.FunctionFacts;
import org.zwlint.core.analysis.Places;
import org.zwlint.core.ast.Binary;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.ConditionalStatementParts;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.Parents;
import org.zwlint.core.ast.Statement;
import org.zwlint.core.dispatcher.DriverReplayOutcome;
import org.zwlint.core.source.TextRange;

/**
 * PB004: one location of memory the user can change (a user buffer, MDL-mapped pages) read twice,
 * where the first value was checked or used as a size and the second is used again: between the
 * reads the user can change it, so the check no longer holds (a TOCTOU). Capture the value once
 * into a local, then check and use the local.
 */
public final class DoubleFetchRule implements Rule {
    public static final String ID = "PB004";
    /** Routines whose argument is a size: a value read for them is "used as a size". */
    private static final Set<String> SIZED = Set.of("ExAllocatePool", "ExAllocatePoolWithTag", "ExAllocatePool2",
            "ExAllocatePool3", "ExAllocatePoolZero", "ExAllocatePoolWithQuotaTag", "memcpy", "memmove", "memset",
            "ProbeForRead", "ProbeForWrite", "IoAllocateMdl", "RtlCopyMemory", "RtlMoveMemory");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        RuleDescription description = input.catalog().get(ID);
        List<Finding> findings = new ArrayList<>();
        for (FunctionFacts function : input.analysis().functions()) {
            for (FetchFact fetch : function.facts(FetchFact.class)) {
                if (fetch.trusted() || fetch.earlier().isEmpty() || fetch.earlier().get() == fetch.node()) {
                    continue;
                }
                Parents parents = input.analysis().semantics().parents(); // built on first use: most units need none
                Node first = fetch.earlier().get();
                Optional<String> use = checkedOrSized(first, parents);
                Optional<String> reuse = sizeOrIndex(fetch.node(), parents);
                if (use.isEmpty() || reuse.isEmpty()) {
                    continue; // a second read that only feeds another test or a print does no harm
                }
                TextRange firstAt = Places.of(first);
                String message = "`" + fetch.locationText() + "` is read again from memory the user can change and "
                        + reuse.get() + "; " + (first instanceof Call helper ? "it was read by "
                                + helper.calleeName().orElse("a helper") + " at line " + firstAt.startLine()
                                + ", whose result was " : "the value read at line " + firstAt.startLine() + " was ")
                        + use.get()
                        + ", and the requestor can change it in between: read it once into a local and use the local";
                IoReplays.Case replay = IoReplays.of(input, function.context(), fetch.ioctl(),
                        Optional.of(fetch.location().base()), fetch.locationText(), fetch.node(), false, false,
                        OptionalLong.empty(), false, false);
                HostileValues values = HostileValues.of(first, parents, input.analysis().semantics());
                DriverReplayOutcome outcome = input.replayer().driver().changedBetweenReads(replay.request(),
                        replay.access(), values.checked(), values.used(), values.check(), reuse.get());
                findings.add(new Finding(ID, description.severity(), fetch.range(), message, IoReplays.witness(List.of(
                        new WitnessStep(firstAt, "first read: " + use.get()),
                        new WitnessStep(fetch.range(), "second read, " + reuse.get())), outcome), List.of()));
            }
        }
        return findings;
    }

    /** How the second read's value is used, if as a size, an index or an offset: where a changed value does harm. */
    private static Optional<String> sizeOrIndex(Node read, Parents parents) {
        Node child = read;
        for (Node at : parents.ancestors(read)) {
            if (at instanceof Call call && call.calleeName().filter(SIZED::contains).isPresent()
                    && call.arguments().indexOf(child) > 0) {
                return Optional.of("used as a size by " + call.calleeName().get());
            }
            if (at instanceof org.zwlint.core.ast.Index index && index.index() == child) {
                return Optional.of("used as an index");
            }
            if (at instanceof Binary binary && (binary.operator() == org.zwlint.core.ast.BinaryOperator.ADD
                    || binary.operator() == org.zwlint.core.ast.BinaryOperator.SUBTRACT)) {
                return Optional.of("used in an offset");
            }
            if (at instanceof Statement) {
                return Optional.empty();
            }
            child = at;
        }
        return Optional.empty();
    }

    /** How the first read's value was used, if it was checked or used as a size. */
    private static Optional<String> checkedOrSized(Node read, Parents parents) {
        Node child = read;
        for (Node at : parents.ancestors(read)) {
            if (at instanceof Binary binary && binary.operator().isComparison()) {
                return Optional.of("compared");
            }
            if (at instanceof Call call && call.calleeName().filter(SIZED::contains).isPresent()
                    && call.arguments().indexOf(child) > 0) {
                return Optional.of("used as a size by " + call.calleeName().get());
            }
            if (ConditionalStatementParts.isCondition(at, child)) {
                return Optional.of("tested");
            }
            if (at instanceof Statement) {
                return Optional.empty();
            }
            child = at;
        }
        return Optional.empty();
    }
}
