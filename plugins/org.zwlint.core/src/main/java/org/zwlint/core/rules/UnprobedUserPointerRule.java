package org.zwlint.core.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.zwlint.core.Finding;
import org.zwlint.core.analysis.AccessKind;
import org.zwlint.core.analysis.BufferSource;
import org.zwlint.core.analysis.EntryRole;
import org.zwlint.core.analysis.FunctionFacts;
import org.zwlint.core.analysis.Origin;
import org.zwlint.core.analysis.Region;
import org.zwlint.core.analysis.UserAccess;
import org.zwlint.core.ast.Call;
import org.zwlint.core.dispatcher.DriverReplayOutcome;
import org.zwlint.core.dispatcher.TransferMethod;

/**
 * PB001: a user pointer dereferenced, or handed to a copy routine, on a path where no probe covers
 * it: METHOD_NEITHER buffers, Irp->UserBuffer, a pointer embedded in user data, a user pointer a
 * callee dereferences (the callee's access is reported, with the call in its witness). A path
 * where the requestor was checked to be KernelMode is not a finding. One finding per pointer
 * origin and function: the first access; later ones are the same bug.
 */
public final class UnprobedUserPointerRule implements Rule {
    public static final String ID = "PB001";

    @Override
    public String id() {
        return ID;
    }

    /**
     * A FastIoDeviceControl routine's own InputBuffer or OutputBuffer on a path handling an IOCTL whose method is
     * not METHOD_NEITHER: NtDeviceIoControlFile probed both before it called the routine (see the dispatcher's
     * IoManager), so no probe is missing. The memory is still the caller's: PB003 and PB004 still apply, and a
     * pointer read out of it needs its own probe.
     */
    private static boolean probedBeforeFastIo(FunctionFacts function, UserAccess access) {
        String detail = function.context().detail();
        return function.context().role() == EntryRole.FAST_IO && !detail.contains("Read") && !detail.contains("Write")
                && access.ioctl().filter(code -> TransferMethod.ofCode(code.value()) != TransferMethod.NEITHER)
                        .isPresent()
                && !access.pointer().origins().isEmpty() && access.pointer().origins().stream()
                        .allMatch(o -> o.source() == BufferSource.RAW_INPUT || o.source() == BufferSource.RAW_OUTPUT);
    }

    /** The routine a pointer is an argument of. */
    private static String callee(RuleInput input, UserAccess access) {
        return input.analysis().semantics().parents().enclosing(access.node(), Call.class)
                .flatMap(Call::calleeName).map(name -> "`" + name + "`").orElse("a routine");
    }

    @Override
    public List<Finding> check(RuleInput input) {
        RuleDescription description = input.catalog().get(ID);
        List<Finding> findings = new ArrayList<>();
        for (FunctionFacts function : input.analysis().functions()) {
            Set<Origin> reported = Collections.newSetFromMap(new IdentityHashMap<>());
            for (UserAccess access : function.facts(UserAccess.class)) {
                if (access.pointer().region() != Region.USER || access.probe().isPresent() || access.trusted()
                        || access.pointer().origins().stream().allMatch(reported::contains)
                        || probedBeforeFastIo(function, access)) {
                    continue;
                }
                reported.addAll(access.pointer().origins());
                String probe = access.write() ? "ProbeForWrite" : "ProbeForRead";
                String how = switch (access.kind()) {
                    case DEREFERENCE -> access.write() ? "written here" : "read here";
                    case COPY -> access.write() ? "the destination of a copy here" : "the source of a copy here";
                    case KERNEL_MODE_COPY -> "copied here by MmCopyVirtualMemory told KernelMode, which does not probe";
                    case ATOMIC -> "updated here by an interlocked routine";
                    case ANNOTATED_CALLEE -> "passed here to " + callee(input, access) + ", whose SAL annotation says it "
                            + (access.write() ? "writes" : "reads") + " the buffer,";
                    case CALL -> "called here: the kernel runs code at an address the requestor chose, which no probe "
                            + "makes safe";
                };
                boolean probeHelps = access.kind() != AccessKind.KERNEL_MODE_COPY && access.kind() != AccessKind.CALL;
                String message = "`" + access.pointerText() + "` is " + how + (probeHelps ? " without " + probe : "")
                        + Witnesses.holds(access.pointer()) + Witnesses.handling(access.ioctl());
                boolean copy = access.kind() == AccessKind.COPY || access.kind() == AccessKind.KERNEL_MODE_COPY
                        || access.kind() == AccessKind.ANNOTATED_CALLEE; // moves a size's worth of bytes
                IoReplays.Case replay = IoReplays.of(input, function.context(), access.ioctl(),
                        access.pointer(), access.pointerText(), access.node(), access.write(), copy,
                        copySize(input, access), access.sizeChosenByUser(), access.guarded());
                DriverReplayOutcome outcome = access.kind() == AccessKind.CALL
                        ? input.replayer().driver().callAddress(replay.request(), replay.access())
                        : input.replayer().driver().kernelAddress(replay.request(), replay.access());
                findings.add(new Finding(ID, description.severity(), access.range(), message,
                        IoReplays.witness(access.pointer(), access.range(), access.kind() == AccessKind.CALL
                                ? "called" : (access.write() ? "written" : "read") + " with no probe on this path",
                                outcome), List.of()));
            }
        }
        return findings;
    }

    static OptionalLong copySize(RuleInput input, UserAccess access) {
        return access.size().map(size -> input.analysis().semantics().constantValue(size))
                .orElse(OptionalLong.empty());
    }
}
