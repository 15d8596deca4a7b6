package org.zwlint.core.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.zwlint.core.analysis.AnalysisFact;
import org.zwlint.core.analysis.CallFact;
import org.zwlint.core.analysis.EntryPoint;
import org.zwlint.core.analysis.FetchFact;
import org.zwlint.core.analysis.FunctionContext;
import org.zwlint.core.analysis.FunctionFacts;
import org.zwlint.core.analysis.IoctlCode;
import org.zwlint.core.analysis.ObjectAttributesFact;
import org.zwlint.core.analysis.ProbeFact;
import org.zwlint.core.analysis.Region;
import org.zwlint.core.analysis.RequestMode;
import org.zwlint.core.analysis.StoreFact;
import org.zwlint.core.analysis.UnitAnalysis;
import org.zwlint.core.analysis.UserAccess;
import org.zwlint.core.analysis.Value;
import org.zwlint.core.analysis.ValueKind;
import org.zwlint.core.dispatcher.IoManager;
import org.zwlint.core.dispatcher.Machine;
import org.zwlint.core.model.Arch;
import org.zwlint.core.model.ServiceModel;
import org.zwlint.core.semantics.CType;
import org.zwlint.core.semantics.Field;
import org.zwlint.core.semantics.TypeSystem;
import org.zwlint.core.source.TextRange;

/**
 * {@code zwlint explain}: what the engine believes about a file, for a driver developer reading a
 * finding or a ZwLint developer debugging one. Per function: its entry context; per access, probe,
 * fetch and call: where, the pointer's provenance, the probe that covers it, the __except guard,
 * the requestor-mode check and the IOCTL handled there. With a line, only what is on that line.
 */
public final class ExplainReport {
    /** The reference model the I/O manager's handling of each IOCTL is shown from. */
    private static final ServiceModel MODEL = ServiceModel.bundled();

    private ExplainReport() {
    }

    /** The facts of {@code file}, with the I/O manager's handling of its IOCTLs on the run's architecture. */
    public static String render(Path file, UnitAnalysis unit, OptionalInt line, Arch arch) {
        IoManager ioManager = new IoManager(Machine.userModeCaller(MODEL, arch, MODEL.mmUserProbeAddress(arch)));
        TypeSystem types = unit.semantics().types();
        List<String> out = new ArrayList<>();
        out.add(file + ": " + switch (unit.mode().kind()) {
            case KERNEL -> "kernel code";
            case USER -> "user-mode code, not judged by kernel rules";
            case UNKNOWN -> "code of unknown mode, judged as kernel code";
        } + " (" + unit.mode().reason() + "); driver model: " + unit.mode().driverModel());
        for (EntryPoint entry : unit.entryPoints()) {
            out.add("  entry point " + entry.function() + ": " + entry.role().description()
                    + (entry.detail().isEmpty() ? "" : " (" + entry.detail() + ")") + ", registered at "
                    + entry.registeredAt().describe());
        }
        for (FunctionFacts function : unit.functions()) {
            TextRange range = function.function().range();
            if (!range.file().equals(file) || line.isPresent() && !contains(range, line.getAsInt())) {
                continue;
            }
            out.add(range.describe() + ": function " + function.function().name() + ": "
                    + context(function.context()) + (function.complete() ? "" : "; solver budget exhausted"));
            List<AnalysisFact> inOrder = new ArrayList<>(function.facts());
            inOrder.sort(java.util.Comparator.comparingInt(f -> f.range().startOffset()));
            for (AnalysisFact fact : inOrder) {
                if (fact instanceof StoreFact store && store.stored().kernelAddress().isEmpty()) {
                    continue; // stores matter to a reader only when they move a kernel address
                }
                if (fact.range().file().equals(file)
                        && (line.isEmpty() || fact.range().startLine() == line.getAsInt())) {
                    out.add("  " + fact.range().startLine() + ":" + fact.range().startColumn() + " " + describe(fact));
                }
            }
            ioctls(function).forEach(code -> out.add("  I/O manager for " + code.describe() + ": "
                    + ioManager.handling(code.value(), field -> placed(types, field, arch))));
        }
        unit.budgetNotes().forEach(note -> out.add("budget: " + note));
        return out.stream().collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator()));
    }

    /**
     * Where a request field lies in the target's layout of its structure, from the model's IRP and IO_STACK_LOCATION
     * laid out for {@code arch}: " (offset 0xC of the IRP on x86)"; "" for a field of no such structure.
     */
    static String placed(TypeSystem types, String field, Arch arch) {
        int arrow = field.indexOf("->");
        String record = field.startsWith("Irp->") ? "IRP" : field.startsWith("IrpSp->") ? "IO_STACK_LOCATION" : "";
        Optional<CType> type = record.isEmpty() ? Optional.empty() : types.typedef(record);
        if (type.isEmpty()) {
            return "";
        }
        CType at = type.get();
        long offset = 0;
        for (String name : field.substring(arrow + 2).split("\\.")) {
            Optional<Field> member = types.field(at, name, arch.pointerSize());
            if (member.isEmpty() || member.get().offset().isEmpty()) {
                return "";
            }
            offset += member.get().offset().getAsLong();
            at = member.get().type();
        }
        return String.format(Locale.ROOT, " (offset 0x%X of the %s on %s)", offset, record, arch.label());
    }

    /** The IOCTL codes the function's facts were found handling, in code order. */
    private static java.util.Collection<IoctlCode> ioctls(FunctionFacts function) {
        java.util.Map<Long, IoctlCode> codes = new java.util.TreeMap<>();
        for (AnalysisFact fact : function.facts()) {
            java.util.Optional<IoctlCode> code = switch (fact) {
                case UserAccess access -> access.ioctl();
                case ProbeFact probe -> probe.ioctl();
                case FetchFact fetch -> fetch.ioctl();
                default -> java.util.Optional.empty();
            };
            code.ifPresent(c -> codes.putIfAbsent(c.value(), c));
        }
        return codes.values();
    }

    private static boolean contains(TextRange range, int line) {
        return range.startLine() <= line && line <= range.endLine();
    }

    private static String context(FunctionContext context) {
        return context.describe() + "; PreviousMode " + switch (context.threadMode()) {
            case USER_POSSIBLE -> "may be UserMode";
            case KERNEL_ONLY -> "is KernelMode";
            case UNKNOWN -> "unknown";
        } + (context.systemProcess() ? "; runs in the System process" : "")
                + (context.callerGuarded() ? "; every caller guards it with __except" : "")
                + (context.trusted() ? "; callers checked the requestor is KernelMode" : "");
    }

    private static String describe(AnalysisFact fact) {
        return switch (fact) {
            case UserAccess access -> (access.write() ? "write" : "read") + " through `" + access.pointerText() + "` ("
                    + access.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "): " + value(access.pointer())
                    + "; probe: " + access.probe().map(p -> p.routine() + " at " + p.site().startLine()).orElse("none")
                    + "; guard: " + (access.guarded() ? "__except" : "none") + situation(access.trusted())
                    + access.ioctl().map(c -> "; handling " + c.describe()).orElse("");
            case ProbeFact probe -> "probe " + probe.routine() + (probe.write() ? " (write)" : " (read)") + ": "
                    + value(probe.pointer()) + "; length " + probe.length().map(org.zwlint.core.analysis.ExpressionText::of)
                            .orElse("-")
                    + "; guard: " + (probe.guarded() ? "__except" : "none") + situation(probe.trusted())
                    + (probe.kernelModeOnUserMemory() ? "; KernelMode given for user pages: checks nothing" : "");
            case FetchFact fetch -> "fetch of `" + fetch.locationText() + "` from memory the user can change"
                    + fetch.earlier().stream().findFirst().map(org.zwlint.core.analysis.Places::of)
                            .map(e -> "; read before at " + e.startLine() + ":" + e.startColumn())
                            .orElse("; first read on this path");
            case CallFact call -> "call " + call.callee() + "(" + call.arguments().stream().map(ExplainReport::value)
                    .collect(Collectors.joining(", ")) + ")" + (call.guarded() ? "; guarded" : "")
                    + situation(call.trusted());
            case ObjectAttributesFact attributes -> "object attributes (argument " + (attributes.argument() + 1)
                    + "): Attributes " + attributes.attributesConstant().stream()
                            .mapToObj(c -> String.format(java.util.Locale.ROOT, "0x%X", c)).findFirst().orElse("unknown")
                    + "; name " + attributes.nameText().map(t -> "\"" + t + "\"").orElse(value(attributes.nameBuffer()))
                    + (attributes.built() ? "" : "; built elsewhere");
            case StoreFact store -> (store.copy() ? "copy of " : "store of ") + store.stored().kernelAddress()
                    .map(o -> o.address().says() + " (" + o.description() + ")").orElse(value(store.stored()))
                    + " into `" + store.destinationText() + "`: " + value(store.destination());
        };
    }

    private static String situation(boolean trusted) {
        return trusted ? "; requestor checked to be KernelMode" : "";
    }

    /** A short spelling of an abstract value: "user pointer", "kernel pointer holding user data", "user number". */
    static String value(Value value) {
        if (value.kind() == ValueKind.REQUEST) {
            return "request (" + mode(value.requestMode()) + ")";
        }
        if (value.kind() == ValueKind.MODE) {
            return "requestor mode (" + mode(value.requestMode()) + ")";
        }
        if (value.kind() == ValueKind.IOCTL_CODE) {
            return "IOCTL code";
        }
        if (value.kind() == ValueKind.HANDLE) {
            return value.region() == Region.KERNEL ? "kernel handle" : "handle (kernel or process table: not known)";
        }
        if (value.kind() == ValueKind.PROCESS_HANDLE) {
            return "handle in the caller's process";
        }
        if (value.kind() == ValueKind.MDL) {
            return "MDL of " + region(value.region()) + " memory";
        }
        List<String> parts = new ArrayList<>();
        if (value.region() != Region.UNKNOWN) {
            parts.add(region(value.region()) + " pointer");
        }
        if (value.userContents()) {
            parts.add("holding user data");
        }
        if (value.userScalar()) {
            parts.add("user number");
        }
        value.constant().ifPresent(c -> parts.add("= " + c));
        return parts.isEmpty() ? "unknown" : String.join(", ", parts);
    }

    private static String region(Region region) {
        return switch (region) {
            case USER -> "user";
            case KERNEL -> "kernel";
            case SHARED -> "shared (MDL-mapped)";
            case UNKNOWN -> "unknown";
        };
    }

    private static String mode(RequestMode mode) {
        return switch (mode) {
            case USER_POSSIBLE -> "UserMode possible";
            case KERNEL_ONLY -> "KernelMode";
            case UNKNOWN -> "mode unknown";
        };
    }
}
