package org.zwlint.core.dispatcher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zwlint.core.model.Arch;
import org.zwlint.core.model.Capture;
import org.zwlint.core.model.Direction;
import org.zwlint.core.model.HandleParameter;
import org.zwlint.core.model.ObjectType;
import org.zwlint.core.model.Parameter;
import org.zwlint.core.model.PointerParameter;
import org.zwlint.core.model.PreviousMode;
import org.zwlint.core.model.ServiceSpec;
import org.zwlint.core.model.TypeLayout;
import org.zwlint.core.model.ValueParameter;

/**
 * The generic body of a native service, driven by the parameter roles of the model, in the order real services
 * follow: probe and capture the pointer parameters (under UserMode only), capture OBJECT_ATTRIBUTES in the object
 * manager, reference the handle parameters, look the name up and check access, create the output handle, write the
 * outputs. Every decision depends on the thread's PreviousMode at that moment.
 */
final class ServiceBody {
    private static final int DEFAULT_BUFFER_LENGTH = 0x100;
    private static final long STRING_OFFSET = 0x1000;
    private static final long NAME_BUFFER_OFFSET = 0x1100;
    private static final int OBJ_KERNEL_HANDLE = ObjectAttributesArg.OBJ_KERNEL_HANDLE;

    private final Machine machine;
    private final ServiceSpec spec;
    private final Map<String, ArgValue> args;
    private final List<TraceStep> steps;
    private final Map<String, Long> handles = new HashMap<>();

    ServiceBody(Machine machine, ServiceSpec spec, Map<String, ArgValue> args, List<TraceStep> steps) {
        this.machine = machine;
        this.spec = spec;
        this.args = args;
        this.steps = steps;
        // The caller obtained its handles before the call.
        for (Parameter p : spec.parameters()) {
            if (p instanceof HandleParameter h && arg(p) instanceof HandleArg handle) {
                handles.put(p.name(), machine.handle(handle.kind(), h.objectType()));
            }
        }
    }

    private ArgValue arg(Parameter p) {
        return args.getOrDefault(p.name(), NullArg.INSTANCE);
    }

    private PreviousMode mode() {
        return machine.thread().previousMode();
    }

    private boolean userMode() {
        return mode() == PreviousMode.USER_MODE;
    }

    private Arch arch() {
        return machine.arch();
    }

    NtStatus run() {
        Optional<ObjectAttributesArg> objectAttributes = Optional.empty();
        for (int i = 0; i < spec.parameterCount(); i++) {
            if (!(spec.parameters().get(i) instanceof PointerParameter p)) {
                continue;
            }
            ArgValue value = arg(p);
            if (p.capture().equals(Optional.of(Capture.OBJECT_ATTRIBUTES))) {
                if (value instanceof ObjectAttributesArg oa) {
                    objectAttributes = Optional.of(oa);
                } else if (!(value instanceof NullArg) || !p.optional()) {
                    objectAttributes = Optional.of(ObjectAttributesArg.at(Location.KERNEL));
                }
                continue;
            }
            if (value instanceof NullArg && p.optional()) {
                continue;
            }
            Optional<NtStatus> failure = probeAndCapture(p, address(value, i));
            if (failure.isPresent()) {
                return failure.get();
            }
        }
        Optional<KernelObject> named = Optional.empty();
        if (objectAttributes.isPresent()) {
            int index = indexOfCapture(Capture.OBJECT_ATTRIBUTES);
            steps.add(new NoteStep("ObjectAttributes is captured by the object manager (ObOpenObjectByName / "
                    + "ObpCaptureObjectCreateInformation) with the same PreviousMode"));
            Optional<NtStatus> failure = captureObjectAttributes(objectAttributes.get(), index);
            if (failure.isPresent()) {
                return failure.get();
            }
        }
        for (Parameter p : spec.parameters()) {
            if (p instanceof HandleParameter h && !(arg(p) instanceof NullArg && h.optional())) {
                Optional<NtStatus> failure = referenceHandle(h);
                if (failure.isPresent()) {
                    return failure.get();
                }
            }
        }
        if (objectAttributes.isPresent()) {
            ObjectAttributesArg oa = objectAttributes.get();
            String name = oa.objectName().orElse(Machine.defaultObjectName(spec));
            Optional<KernelObject> found = machine.lookupName(name);
            if (found.isEmpty()) {
                steps.add(new NoteStep("name lookup \"" + name + "\": no such object"));
                return NtStatus.OBJECT_NAME_NOT_FOUND;
            }
            Optional<NtStatus> denied = accessCheckByName(found.get(), oa);
            if (denied.isPresent()) {
                return denied.get();
            }
            named = found;
        }
        Optional<NtStatus> created = createOutputHandle(named, objectAttributes);
        if (created.isPresent()) {
            return created.get();
        }
        return writeOutputs();
    }

    private int indexOfCapture(Capture capture) {
        for (int i = 0; i < spec.parameterCount(); i++) {
            if (spec.parameters().get(i) instanceof PointerParameter p && p.capture().equals(Optional.of(capture))) {
                return i;
            }
        }
        return 0;
    }

    /** Distinct parameters get distinct addresses, 0x100 apart so alignment is preserved. */
    private long address(ArgValue value, int index) {
        return switch (value) {
            case PointerArg p -> machine.space().addressOf(p.location()) + 0x100L * index;
            case AddressArg a -> a.address();
            case ObjectAttributesArg oa -> machine.space().addressOf(oa.structure()) + 0x100L * index;
            default -> 0L;
        };
    }

    private TypeLayout layout(String type) {
        return machine.model().types().layout(type, arch())
                .orElseThrow(() -> new IllegalStateException("no layout for " + type));
    }

    private long length(PointerParameter p) {
        if (!p.isBuffer()) {
            return layout(p.points()).size();
        }
        Optional<String> elementType = p.elementType();
        long count = p.lengthParameter().map(args::get).filter(ScalarArg.class::isInstance)
                .map(v -> ((ScalarArg) v).value())
                .orElse(elementType.isPresent() ? 1L : DEFAULT_BUFFER_LENGTH);
        return elementType.isPresent() ? count * layout(elementType.get()).size() : count;
    }

    private int alignment(PointerParameter p) {
        if (!p.isBuffer()) {
            return layout(p.points()).alignment();
        }
        return p.elementType().map(t -> layout(t).alignment()).orElse(p.probeAlignment());
    }

    private Optional<NtStatus> probeAndCapture(PointerParameter p, long address) {
        long length = length(p);
        if (userMode()) {
            if (p.probeSkippedForMethodNeither()) {
                steps.add(new NoteStep(p.name() + ": probed by the I/O manager for METHOD_BUFFERED and the DIRECT "
                        + "methods; with METHOD_NEITHER the raw pointer reaches the driver unprobed"));
            }
            Optional<NtStatus> failure = probe(p.name(), p.direction().writes(), address, length, alignment(p));
            if (failure.isPresent()) {
                return failure;
            }
        } else {
            steps.add(new TrustStep(p.name(), address, !machine.space().isKernelAddress(address)));
        }
        if (p.direction() == Direction.OUT || p.capture().isEmpty()) {
            return Optional.empty();
        }
        if (p.capture().get() == Capture.UNICODE_STRING) {
            return captureString(p.name(), address, address + 0x100, 2 * 16);
        }
        return capture(p.name(), p.points() + " value", address, length);
    }

    private Optional<NtStatus> probe(String parameter, boolean write, long address, long length, int alignment) {
        Prober prober = machine.prober();
        ProbeVerdict verdict = write ? prober.probeForWrite(address, length, alignment)
                : prober.probeForRead(address, length, alignment);
        steps.add(new ProbeStep(parameter, write ? "ProbeForWrite" : "ProbeForRead", address, length, alignment,
                machine.space().isKernelAddress(address), verdict));
        verdict.failure().ifPresent(s -> steps.add(new NoteStep(
                "the service's exception handler catches the exception and returns " + s.name())));
        return verdict.failure();
    }

    /** Reads caller memory; under KernelMode without a probe, so only an unmapped address stops it. */
    private Optional<NtStatus> capture(String parameter, String what, long address, long length) {
        boolean mapped = machine.space().isMapped(address, length);
        Optional<NtStatus> failure = mapped ? Optional.empty() : Optional.of(NtStatus.ACCESS_VIOLATION);
        steps.add(new CaptureStep(parameter, what, address, length, failure));
        return failure;
    }

    private Optional<NtStatus> captureString(String parameter, long stringAddress, long bufferAddress,
            long bufferLength) {
        Optional<NtStatus> failure = capture(parameter, "UNICODE_STRING (Length, MaximumLength, Buffer)",
                stringAddress, layout("UNICODE_STRING").size());
        if (failure.isPresent()) {
            return failure;
        }
        String buffer = parameter + "->Buffer";
        if (userMode()) {
            failure = probe(buffer, false, bufferAddress, bufferLength, 2);
            if (failure.isPresent()) {
                return failure;
            }
        } else {
            steps.add(new TrustStep(buffer, bufferAddress, !machine.space().isKernelAddress(bufferAddress)));
        }
        return capture(buffer, "the characters", bufferAddress, bufferLength);
    }

    private Optional<NtStatus> captureObjectAttributes(ObjectAttributesArg oa, int index) {
        long structure = address(oa, index);
        int size = layout("OBJECT_ATTRIBUTES").size();
        if (userMode()) {
            Optional<NtStatus> failure = probe("ObjectAttributes", false, structure, size,
                    layout("OBJECT_ATTRIBUTES").alignment());
            if (failure.isPresent()) {
                return failure;
            }
        } else {
            steps.add(new TrustStep("ObjectAttributes", structure,
                    !machine.space().isKernelAddress(structure)));
        }
        Optional<NtStatus> failure = capture("ObjectAttributes",
                "OBJECT_ATTRIBUTES (RootDirectory, ObjectName, Attributes = " + oa.flagNames() + ")", structure,
                size);
        if (failure.isPresent()) {
            return failure;
        }
        if (oa.kernelHandle() && userMode()) {
            steps.add(new NoteStep("OBJ_KERNEL_HANDLE is removed from the captured attributes: PreviousMode is "
                    + "UserMode, and only kernel-mode callers may create kernel handles"));
        }
        long nameBase = machine.space().addressOf(oa.name());
        long string = nameBase + STRING_OFFSET;
        String name = oa.objectName().orElse(Machine.defaultObjectName(spec));
        if (userMode()) {
            failure = probe("ObjectAttributes->ObjectName", false, string, layout("UNICODE_STRING").size(),
                    layout("UNICODE_STRING").alignment());
            if (failure.isPresent()) {
                return failure;
            }
        } else {
            steps.add(new TrustStep("ObjectAttributes->ObjectName", string,
                    !machine.space().isKernelAddress(string)));
        }
        failure = captureString("ObjectAttributes->ObjectName", string, nameBase + NAME_BUFFER_OFFSET,
                2L * name.length());
        if (failure.isPresent()) {
            return failure;
        }
        steps.add(new NoteStep("captured name: \"" + name + "\""));
        return Optional.empty();
    }

    private Optional<NtStatus> referenceHandle(HandleParameter p) {
        long handle = handles.getOrDefault(p.name(), 0L);
        String shown = machine.formatHandle(handle);
        boolean kernelHandle = HandleTable.isKernelHandle(handle, arch());
        if (handle == -1L) {
            SimProcess current = machine.currentProcess();
            if (!p.objectType().accepts(ObjectType.PROCESS)) {
                steps.add(new HandleLookupStep(p.name(), "NtCurrentProcess()", false, "no table",
                        Optional.of(NtStatus.OBJECT_TYPE_MISMATCH), "the current process is not a "
                                + p.objectType().label() + " object"));
                return Optional.of(NtStatus.OBJECT_TYPE_MISMATCH);
            }
            steps.add(new HandleLookupStep(p.name(), "NtCurrentProcess()", false, "no table", Optional.empty(),
                    "pseudo-handle for the current process, " + current.name()));
            return Optional.empty();
        }
        // ObReferenceObjectByHandle honours the kernel bit only for KernelMode; under UserMode the value is looked
        // up in the current process's table like any other.
        HandleTable table = kernelHandle && !userMode() ? machine.kernelHandles()
                : machine.currentProcess().handles();
        Optional<HandleEntry> entry = table.lookup(handle);
        if (entry.isEmpty()) {
            String why = kernelHandle && userMode()
                    ? "PreviousMode is UserMode, so the kernel handle is looked up in " + table.owner()
                            + ", where it does not exist"
                    : "no such handle";
            steps.add(new HandleLookupStep(p.name(), shown, kernelHandle, table.owner(),
                    Optional.of(NtStatus.INVALID_HANDLE), why));
            if (kernelHandle && isClose()) {
                steps.add(new NoteStep("handle " + shown + " is not closed: it stays open in the kernel handle "
                        + "table and the driver leaks it"));
            }
            return Optional.of(NtStatus.INVALID_HANDLE);
        }
        KernelObject object = entry.get().object();
        if (!p.objectType().accepts(object.type())) {
            steps.add(new HandleLookupStep(p.name(), shown, kernelHandle, table.owner(),
                    Optional.of(NtStatus.OBJECT_TYPE_MISMATCH), "refers to a " + object.type().label()
                            + " object, the service needs " + p.objectType().label()));
            return Optional.of(NtStatus.OBJECT_TYPE_MISMATCH);
        }
        steps.add(new HandleLookupStep(p.name(), shown, kernelHandle, table.owner(), Optional.empty(),
                object.name()));
        if (p.access().isPresent()) {
            String access = p.access().get();
            if (userMode()) {
                boolean granted = entry.get().grants(access);
                Optional<NtStatus> failure = granted ? Optional.empty() : Optional.of(NtStatus.ACCESS_DENIED);
                steps.add(new AccessCheckStep("handle " + shown, true, false, failure,
                        "PreviousMode is UserMode: the handle must grant " + access));
                if (failure.isPresent()) {
                    return failure;
                }
            } else {
                steps.add(new AccessCheckStep("handle " + shown, false, false, Optional.empty(),
                        "PreviousMode is KernelMode: " + access + " is not required of the handle"));
            }
        }
        if (isClose()) {
            table.close(handle);
            steps.add(new NoteStep("handle " + shown + " closed: removed from " + table.owner()));
        }
        return Optional.empty();
    }

    private boolean isClose() {
        return spec.ntName().equals("NtClose");
    }

    private Optional<NtStatus> accessCheckByName(KernelObject object, ObjectAttributesArg oa) {
        String subject = "\"" + object.name() + "\"";
        if (userMode() || oa.forceAccessCheck()) {
            String why = userMode() ? "PreviousMode is UserMode"
                    : "OBJ_FORCE_ACCESS_CHECK forces it although PreviousMode is KernelMode";
            Optional<NtStatus> failure = object.deniesUser() ? Optional.of(NtStatus.ACCESS_DENIED) : Optional.empty();
            steps.add(new AccessCheckStep(subject, true, object.deniesUser(), failure, why + "; the security "
                    + "descriptor " + (object.deniesUser() ? "grants the requesting user none of the access"
                            : "grants the requested access")));
            return failure;
        }
        steps.add(new AccessCheckStep(subject, false, object.deniesUser(), Optional.empty(),
                "PreviousMode is KernelMode and OBJ_FORCE_ACCESS_CHECK is not set, every requested access is granted"
                        + (object.deniesUser() ? " although the security descriptor denies unprivileged users"
                                : "")));
        return Optional.empty();
    }

    private Optional<NtStatus> createOutputHandle(Optional<KernelObject> named, Optional<ObjectAttributesArg> oa) {
        for (int i = 0; i < spec.parameterCount(); i++) {
            if (!(spec.parameters().get(i) instanceof PointerParameter p) || p.direction() != Direction.OUT
                    || !p.points().equals("HANDLE") || (arg(p) instanceof NullArg && p.optional())) {
                continue;
            }
            KernelObject object = named.orElse(new KernelObject("a new object", ObjectType.ANY, false));
            boolean requested = oa.map(ObjectAttributesArg::kernelHandle).orElse(false) || handleAttributesKernel();
            boolean kernelTable = requested && !userMode();
            HandleTable table = kernelTable ? machine.kernelHandles() : machine.currentProcess().handles();
            long handle = table.insert(object, Set.of(HandleEntry.ALL_ACCESS));
            long address = address(arg(p), i);
            if (!machine.space().isWritable(address, layout("HANDLE").size())) {
                steps.add(new CaptureStep(p.name(), "write of the new handle", address, layout("HANDLE").size(),
                        Optional.of(NtStatus.ACCESS_VIOLATION)));
                return Optional.of(NtStatus.ACCESS_VIOLATION);
            }
            steps.add(new HandleCreatedStep(p.name(), machine.formatHandle(handle), table.owner(),
                    !kernelTable && machine.currentProcess().userProcess(), object.name()));
            return Optional.empty();
        }
        return Optional.empty();
    }

    private boolean handleAttributesKernel() {
        for (Parameter p : spec.parameters()) {
            if (p instanceof ValueParameter && p.name().equals("HandleAttributes")
                    && arg(p) instanceof ScalarArg s && (s.value() & OBJ_KERNEL_HANDLE) != 0) {
                return true;
            }
        }
        return false;
    }

    private NtStatus writeOutputs() {
        for (int i = 0; i < spec.parameterCount(); i++) {
            if (!(spec.parameters().get(i) instanceof PointerParameter p) || !p.direction().writes()
                    || p.points().equals("HANDLE") || arg(p) instanceof NullArg) {
                continue;
            }
            long address = address(arg(p), i);
            long length = length(p);
            if (length == 0) {
                continue;
            }
            if (!machine.space().isWritable(address, length)) {
                steps.add(new CaptureStep(p.name(), "write of the output", address, length,
                        Optional.of(NtStatus.ACCESS_VIOLATION)));
                return NtStatus.ACCESS_VIOLATION;
            }
            steps.add(new NoteStep(String.format("output written: %s, %d byte(s) at 0x%X", p.name(), length,
                    address)));
        }
        return NtStatus.SUCCESS;
    }
}
