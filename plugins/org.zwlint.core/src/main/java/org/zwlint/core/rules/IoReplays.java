package org.zwlint.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.zwlint.core.DispatcherVerdict;
import org.zwlint.core.Witness;
import org.zwlint.core.WitnessStep;
import org.zwlint.core.analysis.BufferSource;
import org.zwlint.core.analysis.EntryRole;
import org.zwlint.core.analysis.FunctionContext;
import org.zwlint.core.analysis.IoctlCode;
import org.zwlint.core.analysis.Origin;
import org.zwlint.core.analysis.Probe;
import org.zwlint.core.analysis.Region;
import org.zwlint.core.analysis.Value;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.Index;
import org.zwlint.core.ast.MemberAccess;
import org.zwlint.core.ast.Node;
import org.zwlint.core.dispatcher.DriverAccess;
import org.zwlint.core.dispatcher.DriverReplay;
import org.zwlint.core.dispatcher.DriverReplayOutcome;
import org.zwlint.core.dispatcher.IoRequest;
import org.zwlint.core.dispatcher.IoService;
import org.zwlint.core.dispatcher.RequestBuffer;
import org.zwlint.core.dispatcher.TransferMethod;
import org.zwlint.core.dispatcher.UserBufferLock;
import org.zwlint.core.semantics.CType;
import org.zwlint.core.semantics.Field;
import org.zwlint.core.semantics.Pointer;
import org.zwlint.core.semantics.SemanticModel;
import org.zwlint.core.source.TextRange;

/**
 * The facts of a probing finding turned into the I/O-manager replay of a hostile request: the request the driver
 * handles (the service from the function's role, the method from the IOCTL code the engine decoded or else from the
 * buffer the pointer came from), which request buffer the pointer is or was read out of, and the access's offset
 * and size from the types. The replay's outcome is the finding's verdict; its summary ends the sink step.
 */
final class IoReplays {
    /** The request lengths when the access needs fewer bytes: a small request, as a real caller sends. */
    private static final long MINIMUM_LENGTH = 0x10;

    private IoReplays() {
    }

    /** What the driver does, and the request it does it on. */
    record Case(IoRequest request, DriverAccess access) {
        /**
         * The same, where the probe that covers the access is a lock the replay simulates (the framework's, the
         * filter manager's). A lock of no constant length (FltLockUserBuffer locks the operation's whole buffer)
         * covers the request's buffer.
         */
        Case lockedBy(Optional<Probe> probe) {
            boolean output = access.buffer() == RequestBuffer.OUTPUT || access.buffer() == RequestBuffer.RAW_OUTPUT;
            long whole = Math.max(output ? request.outputLength() : request.inputLength(),
                    access.offset() + Math.max(access.size(), 1));
            return probe.flatMap(p -> UserBufferLock.of(p.routine(), p.forWrite(), p.constantLength().orElse(whole)))
                    .map(lock -> new Case(request, access.lockedBy(lock))).orElse(this);
        }
    }

    /** The request and access of a user pointer's access, from the engine's facts. */
    static Case of(RuleInput input, FunctionContext context, Optional<IoctlCode> ioctl, Value pointer,
            String pointerText, Node accessed, boolean write, boolean copy, OptionalLong copySize, boolean userSize,
            boolean guarded) {
        Optional<Origin> user = pointer.origins().stream().filter(o -> o.region() == Region.USER).findFirst()
                .or(() -> pointer.origins().stream().findFirst());
        return of(input, context, ioctl, user, pointerText, accessed, write, copy, copySize, userSize, guarded);
    }

    /** The same, for an access through a pointer born at {@code user}. */
    static Case of(RuleInput input, FunctionContext context, Optional<IoctlCode> ioctl, Optional<Origin> user,
            String pointerText, Node accessed, boolean write, boolean copy, OptionalLong copySize, boolean userSize,
            boolean guarded) {
        SemanticModel semantics = input.analysis().semantics();
        DriverReplay replay = input.replayer().driver();
        Optional<Origin> buffer = user.flatMap(Origin::requestBuffer);
        BufferSource source = buffer.map(Origin::source).orElse(BufferSource.OTHER);
        boolean embedded = user.isPresent() && buffer.isPresent() && user.get() != buffer.get();
        IoService service = service(context);
        RequestBuffer which = switch (source) {
            case RAW_OUTPUT -> RequestBuffer.RAW_OUTPUT;
            case SYSTEM_BUFFER -> RequestBuffer.INPUT;
            case MDL_PAGES -> RequestBuffer.OUTPUT;
            default -> RequestBuffer.RAW_INPUT;
        };
        boolean control = service == IoService.DEVICE_IO_CONTROL || service == IoService.FAST_IO_DEVICE_CONTROL;
        TransferMethod method = ioctl.filter(c -> control)
                .map(c -> TransferMethod.ofCode(c.value())).orElseGet(() -> switch (source) {
                    case SYSTEM_BUFFER -> TransferMethod.BUFFERED;
                    case MDL_PAGES -> TransferMethod.OUT_DIRECT;
                    default -> TransferMethod.NEITHER;
                });
        // No MDL comes with a METHOD_NEITHER request: a minifilter's MDL over its pages is the one FltLockUserBuffer
        // built over the output buffer (Neither.OutputMdlAddress), reached at its system address.
        boolean filterLocked = source == BufferSource.MDL_PAGES && method == TransferMethod.NEITHER
                && context.role() == EntryRole.MINIFILTER_CALLBACK;
        if (filterLocked) {
            which = RequestBuffer.RAW_OUTPUT;
        }
        int pointerSize = input.replayer().arch().pointerSize();
        long[] geometry = geometry(accessed, semantics, pointerSize);
        // A copy reads through the argument's value: an array field decays to its address inside the buffer, any
        // other argument is the address itself.
        boolean arrayField = accessed instanceof MemberAccess member && member.arrow()
                && semantics.typeOf(member) instanceof org.zwlint.core.semantics.Array;
        long offset = copy && !arrayField ? 0 : geometry[0];
        long size = copySize.isPresent() ? copySize.getAsLong()
                : copy && userSize ? DriverAccess.CHOSEN_BY_REQUESTOR : geometry[1];
        long length = Math.max(MINIMUM_LENGTH, (offset + Math.max(size, 0) + 7) & ~7L);
        long code = ioctl.map(IoctlCode::value).orElse(0L);
        if (ioctl.isEmpty() && control) {
            code = method.ordinal(); // CTL_CODE(0, 0, method, 0): only the method is known
        }
        IoRequest request = replay.request(service, code, ioctl.flatMap(IoctlCode::name), method, length, length);
        // An embedded pointer is named as the requestor sets it: the field it is read from, not the access.
        String named = embedded ? user.flatMap(o -> spelled(input, o.range())).orElse(pointerText) : pointerText;
        // Where the requestor stores an embedded pointer: the field's offset in the target's layout.
        OptionalLong storedAt = embedded ? user.flatMap(o -> read(input, o.range()))
                .map(field -> geometry(field, semantics, pointerSize)[0]).map(OptionalLong::of)
                .orElse(OptionalLong.empty()) : OptionalLong.empty();
        Optional<UserBufferLock> lock = filterLocked ? UserBufferLock.of("FltLockUserBuffer", true, length)
                : Optional.empty();
        return new Case(request, new DriverAccess(named, which, embedded, write, offset, size, guarded, storedAt,
                lock));
    }

    /** The field read at a range of the unit (an embedded pointer's origin), if one is written there. */
    private static Optional<MemberAccess> read(RuleInput input, TextRange range) {
        List<MemberAccess> found = new ArrayList<>(1);
        input.ast().walk(node -> {
            if (found.isEmpty() && node instanceof MemberAccess member && member.arrow() && member.range().equals(range)) {
                found.add(member);
            }
        });
        return found.stream().findFirst();
    }

    private static Optional<String> spelled(RuleInput input, TextRange range) {
        String text = input.file().text();
        if (!range.file().equals(input.file().path()) || range.endOffset() > text.length()
                || range.startOffset() >= range.endOffset()) {
            return Optional.empty();
        }
        return Optional.of(text.substring(range.startOffset(), range.endOffset()).replaceAll("\\s+", " "));
    }

    /** The witness: the engine's path with the replay's summary on the sink step, and the replay as the verdict. */
    static Witness witness(Value pointer, TextRange sink, String sinkMessage, DriverReplayOutcome outcome) {
        Witness path = Witnesses.of(pointer, sink, sinkMessage + "; replayed: " + outcome.summary());
        return new Witness(path.path(), Optional.of(verdict(outcome)));
    }

    static Witness witness(List<WitnessStep> steps, DriverReplayOutcome outcome) {
        List<WitnessStep> path = new ArrayList<>(steps);
        if (!path.isEmpty()) {
            WitnessStep last = path.remove(path.size() - 1);
            path.add(new WitnessStep(last.range(), last.message() + "; replayed: " + outcome.summary()));
        }
        return new Witness(path, Optional.of(verdict(outcome)));
    }

    static DispatcherVerdict verdict(DriverReplayOutcome outcome) {
        String name = outcome.run().status().name()
                + (outcome.summary().contains("bug check") ? ", unhandled: bug check 0x3B SYSTEM_SERVICE_EXCEPTION" : "");
        return new DispatcherVerdict(outcome.run().status().code() & 0xFFFF_FFFFL, name, outcome.lines());
    }

    /** The request the function handles, by its role: reads and writes by their major function, messages by port. */
    private static IoService service(FunctionContext context) {
        String detail = context.detail();
        if (context.role() == EntryRole.PORT_MESSAGE) {
            return IoService.FILTER_SEND_MESSAGE;
        }
        if (context.role() == EntryRole.FAST_IO) {
            return detail.contains("FastIoRead") ? IoService.FAST_IO_READ
                    : detail.contains("FastIoWrite") ? IoService.FAST_IO_WRITE : IoService.FAST_IO_DEVICE_CONTROL;
        }
        if (detail.contains("IRP_MJ_READ") || detail.contains("EvtIoRead")) {
            return IoService.READ;
        }
        if (detail.contains("IRP_MJ_WRITE") || detail.contains("EvtIoWrite")) {
            return IoService.WRITE;
        }
        return IoService.DEVICE_IO_CONTROL;
    }

    /**
     * The offset and size of what an expression reaches through its pointer on a target with
     * {@code pointerSize}-byte pointers: a field's offset and size, an element's, or the pointed-to type's size at
     * offset 0; 1 byte where no type says more.
     */
    static long[] geometry(Node accessed, SemanticModel semantics, int pointerSize) {
        if (accessed instanceof MemberAccess member && member.arrow()) {
            CType base = semantics.typeOf(member.base());
            Optional<Field> field = semantics.types().field(base, member.member().name(), pointerSize);
            OptionalLong size = field.map(f -> semantics.types().sizeOf(f.type(), pointerSize))
                    .orElse(OptionalLong.empty());
            if (field.isPresent() && field.get().offset().isPresent()) {
                return new long[] { field.get().offset().getAsLong(), size.orElse(1) };
            }
        }
        if (accessed instanceof Index index) {
            OptionalLong at = semantics.constantValue(index.index());
            OptionalLong size = semantics.types().sizeOf(semantics.typeOf(index), pointerSize);
            long element = size.orElse(1);
            return new long[] { at.orElse(0) * element, element };
        }
        if (accessed instanceof Expression expression) {
            CType type = semantics.typeOf(expression);
            OptionalLong size = type instanceof Pointer pointer ? semantics.types().sizeOf(pointer.target(), pointerSize)
                    : semantics.types().sizeOf(type, pointerSize);
            return new long[] { 0, Math.max(1, size.orElse(1)) };
        }
        return new long[] { 0, 1 };
    }
}
