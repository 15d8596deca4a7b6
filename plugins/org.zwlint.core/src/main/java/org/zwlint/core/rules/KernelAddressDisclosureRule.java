package org.zwlint.core.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.zwlint.core.Finding;
import org.zwlint.core.analysis.CallFact;
import org.zwlint.core.analysis.FunctionFacts;
import org.zwlint.core.analysis.KernelAddress;
import org.zwlint.core.analysis.Origin;
import org.zwlint.core.analysis.Region;
import org.zwlint.core.analysis.StoreFact;
import org.zwlint.core.analysis.Value;
import org.zwlint.core.analysis.ValueKind;
import org.zwlint.core.dispatcher.BoundaryIssue;
import org.zwlint.core.dispatcher.DisclosureStep;
import org.zwlint.core.dispatcher.LeakedAddress;
import org.zwlint.core.dispatcher.OutputChannel;
import org.zwlint.core.dispatcher.ReplayOutcome;

/**
 * PM007: a kernel address handed to user mode. The engine knows where a value points (a local's or a global's
 * address, pool, a kernel object, the request's own SystemBuffer) and which handles are kernel handles; this rule
 * looks at every store of such a value into memory the requestor reads back: a user address (Irp->UserBuffer, a
 * METHOD_NEITHER buffer, a pointer taken from the input), pages an MDL maps for the caller, or a SystemBuffer or
 * KMDF output buffer, which the I/O manager copies back when the request completes with a nonzero
 * IoStatus.Information. A value read through a kernel pointer is not the pointer, a handle in the caller's own table
 * is the caller's to have, and a request from a kernel caller (an internal IOCTL) or a requestor checked to be
 * KernelMode sends nothing to user mode: none of those is reported.
 */
public final class KernelAddressDisclosureRule implements Rule {
    public static final String ID = "PM007";
    private static final String INFORMATION = "IoStatus.Information";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        RuleDescription description = input.catalog().get(ID);
        Information information = Information.of(input.analysis().functions());
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FunctionFacts function : input.analysis().functions()) {
            for (StoreFact store : function.facts(StoreFact.class)) {
                Optional<Origin> leaked = store.stored().kernelAddress();
                if (leaked.isEmpty() || store.trusted() || store.member().endsWith(INFORMATION)) {
                    continue;
                }
                Optional<OutputChannel> channel = channel(store);
                if (channel.isEmpty() || channel.get().copiedOnCompletion() && information.nothingReturned()) {
                    continue;
                }
                if (!seen.add(store.range().describe() + leaked.get().address())) {
                    continue; // one function analyzed in several contexts
                }
                Origin origin = leaked.get();
                String what = origin.address().says();
                String message = "`" + store.destinationText() + "` " + (store.copy() ? "receives a copy of " : "receives ")
                        + what + " (" + origin.description() + "), and " + explain(channel.get())
                        + (origin.address() == KernelAddress.KERNEL_HANDLE
                                ? ": the caller learns a kernel handle value, which it can hand back to code that"
                                        + " references handles under KernelMode"
                                : ": the caller learns where kernel memory lies, which defeats KASLR and aims other"
                                        + " bugs")
                        + "; return an offset, an index or an id instead";
                ReplayOutcome outcome = input.replayer().replayDisclosure(leaked(origin.address()), channel.get(),
                        channel.get().copiedOnCompletion() ? information.constant() : OptionalLong.empty());
                // The sink step says what the caller receives, so the text report shows it without the trace.
                String received = outcome.runs().stream().flatMap(run -> run.trace().stepsOf(DisclosureStep.class)
                        .stream()).findFirst().map(step -> "; " + step.text()).orElse("");
                findings.add(Confirmation.finding(ID, description.severity(), store.range(), message,
                        List.of(store.stored()), what + " written to " + channel.get().label() + " here" + received,
                        Optional.of(outcome), BoundaryIssue.KERNEL_ADDRESS_DISCLOSED, "", List.of()));
            }
        }
        return findings;
    }

    private static String explain(OutputChannel channel) {
        return switch (channel) {
            case USER_BUFFER -> "that memory is the requestor's, at a user address";
            case MAPPED_PAGES -> "those pages are the requestor's, mapped by an MDL";
            case SYSTEM_BUFFER -> "the I/O manager copies the SystemBuffer back to the requestor when the request"
                    + " completes";
            case KMDF_OUTPUT -> "the framework returns the output buffer to the requestor when the request completes";
        };
    }

    /** How what is written through the destination reaches the requestor, if it does. */
    static Optional<OutputChannel> channel(StoreFact store) {
        Value destination = store.destination();
        if (destination.kind() != ValueKind.DATA && destination.kind() != ValueKind.MDL) {
            return Optional.empty();
        }
        if (destination.region() == Region.USER) {
            return Optional.of(OutputChannel.USER_BUFFER);
        }
        if (destination.region() == Region.SHARED) {
            return Optional.of(OutputChannel.MAPPED_PAGES);
        }
        int method = store.ioctl().map(code -> code.method()).orElse(0);
        for (Origin origin : destination.origins()) {
            if (!origin.callerOutput()) {
                continue;
            }
            boolean framework = origin.description().contains("WdfRequestRetrieveOutputBuffer");
            if (method == 0) {
                return Optional.of(framework ? OutputChannel.KMDF_OUTPUT : OutputChannel.SYSTEM_BUFFER);
            }
            if (framework && method != 3) {
                return Optional.of(OutputChannel.MAPPED_PAGES); // a direct IOCTL's output buffer is the caller's pages
            }
            // METHOD_IN_DIRECT / OUT_DIRECT: the SystemBuffer holds the input and is not copied back.
        }
        return Optional.empty();
    }

    private static LeakedAddress leaked(KernelAddress address) {
        return switch (address) {
            case STACK -> LeakedAddress.STACK;
            case POOL, NONE -> LeakedAddress.POOL;
            case GLOBAL -> LeakedAddress.GLOBAL;
            case IMAGE -> LeakedAddress.IMAGE;
            case OBJECT -> LeakedAddress.OBJECT;
            case IO_BUFFER -> LeakedAddress.IO_BUFFER;
            case KERNEL_HANDLE -> LeakedAddress.KERNEL_HANDLE;
        };
    }

    /**
     * What the unit reports as IoStatus.Information: a SystemBuffer is copied back only up to it. Every report a
     * constant 0 means nothing goes back; no report in this unit means another file sets it, so it may cover the
     * write.
     */
    private record Information(boolean reported, boolean anyNonZero, OptionalLong constant) {
        static Information of(List<FunctionFacts> functions) {
            boolean reported = false;
            boolean nonZero = false;
            boolean allConstant = true;
            long max = 0;
            for (FunctionFacts function : functions) {
                List<Value> values = new ArrayList<>();
                for (StoreFact store : function.facts(StoreFact.class)) {
                    if (store.member().endsWith(INFORMATION)) {
                        values.add(store.stored());
                    }
                }
                for (CallFact call : function.facts(CallFact.class)) {
                    int index = switch (call.callee()) {
                        case "WdfRequestCompleteWithInformation" -> 2;
                        case "WdfRequestSetInformation" -> 1;
                        default -> -1;
                    };
                    if (index >= 0 && index < call.arguments().size()) {
                        values.add(call.arguments().get(index));
                    }
                }
                for (Value value : values) {
                    reported = true;
                    if (value.constant().isEmpty()) {
                        allConstant = false;
                        nonZero = true;
                    } else if (value.constant().getAsLong() != 0) {
                        nonZero = true;
                        max = Math.max(max, value.constant().getAsLong());
                    }
                }
            }
            return new Information(reported, nonZero, reported && allConstant ? OptionalLong.of(max)
                    : OptionalLong.empty());
        }

        boolean nothingReturned() {
            return reported && !anyNonZero;
        }
    }
}
