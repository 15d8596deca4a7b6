package org.zwlint.core.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What holds when a function is entered: its role, the thread's possible PreviousMode, whether it
 * always runs in the System process, whether every caller guards it with __except, whether the
 * requestor is known to be KernelMode, the IOCTL code being handled, the abstract values of its
 * parameters (by index), the probes that cover those values on every call, and who called it. Callers' contexts join into a helper's.
 * A pointer parameter also brings what the caller's structure held in members the user controls
 * ({@code parameterMembers}: by parameter, then member name).
 */
public record FunctionContext(EntryRole role, String detail, RequestMode threadMode, boolean systemProcess,
        boolean callerGuarded, boolean trusted, OptionalLong ioctl, Map<Integer, Value> parameters,
        Map<Origin, Probe> probes, List<String> callers, Map<Integer, Map<String, Value>> parameterMembers) {

    public FunctionContext {
        parameters = Map.copyOf(parameters);
        probes = Map.copyOf(probes);
        callers = List.copyOf(callers);
        parameterMembers = Map.copyOf(parameterMembers);
    }

    /** A context whose pointer parameters bring no members the user controls. */
    public FunctionContext(EntryRole role, String detail, RequestMode threadMode, boolean systemProcess,
            boolean callerGuarded, boolean trusted, OptionalLong ioctl, Map<Integer, Value> parameters,
            Map<Origin, Probe> probes, List<String> callers) {
        this(role, detail, threadMode, systemProcess, callerGuarded, trusted, ioctl, parameters, probes, callers,
                Map.of());
    }

    public static FunctionContext of(EntryRole role, String detail) {
        return new FunctionContext(role, detail, role.threadMode(), role.systemProcess(), false, false,
                OptionalLong.empty(), Map.of(), Map.of(), List.of());
    }

    public static FunctionContext unknown() {
        return of(EntryRole.UNKNOWN, "");
    }

    public FunctionContext withProbes(Map<Origin, Probe> covering) {
        return new FunctionContext(role, detail, threadMode, systemProcess, callerGuarded, trusted, ioctl, parameters,
                covering, callers, parameterMembers);
    }

    /**
     * What tells two callers' situations apart for the analysis of a helper: each parameter's kind,
     * region, user data and probe, and the guard, mode and trust at the call. Callers in the same
     * situation share a context; a kernel caller and a user caller do not.
     */
    public List<Object> situation() {
        List<Object> shape = new java.util.ArrayList<>(List.of(role, threadMode, callerGuarded, trusted));
        new java.util.TreeMap<>(parameters).forEach((index, value) -> shape.add(List.of(index, value.kind(),
                value.region(), value.userContents(), value.userScalar(), value.requestMode(),
                value.origins().stream().allMatch(probes::containsKey))));
        return shape;
    }

    public FunctionContext withParameters(Map<Integer, Value> values) {
        return new FunctionContext(role, detail, threadMode, systemProcess, callerGuarded, trusted, ioctl, values,
                probes, callers, parameterMembers);
    }

    /** Both callers' situations are possible: guarded only if both guard, trusted only if both trust. */
    public FunctionContext join(FunctionContext other) {
        Map<Integer, Value> joined = new HashMap<>(parameters);
        other.parameters.forEach((index, value) -> joined.merge(index, value, Value::join));
        List<String> allCallers = new java.util.ArrayList<>(callers);
        for (String caller : other.callers) {
            if (!allCallers.contains(caller) && allCallers.size() < 8) {
                allCallers.add(caller);
            }
        }
        // A probe holds in the callee only if every caller probed (a trusted caller needs none).
        Map<Origin, Probe> bothProbed = new HashMap<>();
        if (trusted && !other.trusted) {
            bothProbed.putAll(other.probes);
        } else if (other.trusted && !trusted) {
            bothProbed.putAll(probes);
        } else {
            probes.forEach((origin, probe) -> {
                if (other.probes.containsKey(origin)) {
                    bothProbed.put(origin, probe);
                }
            });
        }
        // A member either caller filled with user data is user data in the helper.
        Map<Integer, Map<String, Value>> members = new HashMap<>();
        parameterMembers.forEach((index, held) -> members.put(index, new HashMap<>(held)));
        other.parameterMembers.forEach((index, held) -> held.forEach((name, value) -> members
                .computeIfAbsent(index, i -> new HashMap<>()).merge(name, value, Value::join)));
        return new FunctionContext(role == other.role ? role : EntryRole.HELPER,
                detail.equals(other.detail) ? detail : "", threadMode.join(other.threadMode),
                systemProcess && other.systemProcess, callerGuarded && other.callerGuarded, trusted && other.trusted,
                ioctl.equals(other.ioctl) ? ioctl : OptionalLong.empty(), joined, bothProbed, allCallers, members);
    }

    /** How a message names this function's situation, e.g. "an IRP dispatch routine (IRP_MJ_DEVICE_CONTROL)". */
    public String describe() {
        String base = role.description() + (detail.isEmpty() ? "" : " (" + detail + ")");
        if (role == EntryRole.HELPER && !callers.isEmpty()) {
            return "called from " + String.join(", ", callers);
        }
        return base;
    }
}
