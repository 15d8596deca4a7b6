package org.zwlint.core.dispatcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zwlint.core.model.Arch;
import org.zwlint.core.model.Parameter;
import org.zwlint.core.model.PreviousMode;
import org.zwlint.core.model.ServiceModel;
import org.zwlint.core.model.ServiceSpec;

/**
 * The core of {@code zwlint simulate SERVICE --previous-mode user|kernel --via nt|zw|syscall --arg NAME=VALUE...
 * [--arch x86|x64]}: plain strings in, the exact text to print and the exit code out. Blank options take defaults:
 * the path from the name's prefix, PreviousMode UserMode, x64.
 */
public final class SimulateCommand {
    private SimulateCommand() {
    }

    public static CommandReport run(String service, String previousMode, String via, List<String> args,
            String arch) {
        return run(ServiceModel.bundled(), service, previousMode, via, args, arch);
    }

    static CommandReport run(ServiceModel model, String service, String previousMode, String via, List<String> args,
            String arch) {
        Optional<Arch> a = arch.isBlank() ? Optional.of(Arch.X64) : Arch.parse(arch);
        if (a.isEmpty()) {
            return CommandReport.error("unknown --arch '" + arch + "': expected x86 or x64");
        }
        Optional<ServiceSpec> spec = model.find(service);
        if (spec.isEmpty()) {
            return CommandReport.error("unknown service '" + service + "': 'zwlint services' lists the model");
        }
        Optional<CallPath> path = via.isBlank()
                ? Optional.of(service.trim().toLowerCase(Locale.ROOT).startsWith("zw") ? CallPath.ZW : CallPath.NT)
                : CallPath.parse(via);
        if (path.isEmpty()) {
            return CommandReport.error("unknown --via '" + via + "': expected nt, zw or syscall");
        }
        Optional<PreviousMode> mode = previousMode.isBlank() ? Optional.of(PreviousMode.USER_MODE)
                : PreviousMode.parse(previousMode);
        if (mode.isEmpty()) {
            return CommandReport.error("unknown --previous-mode '" + previousMode + "': expected user or kernel");
        }
        if (path.get() == CallPath.SYSCALL && mode.get() == PreviousMode.KERNEL_MODE) {
            return CommandReport.error("--via syscall enters from user mode, so PreviousMode is always UserMode; "
                    + "use --via zw or nt for a kernel-mode caller");
        }
        Map<String, ArgValue> given = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                return CommandReport.error("bad --arg '" + arg + "': expected NAME=VALUE");
            }
            String name = arg.substring(0, eq).trim();
            Optional<Parameter> parameter = spec.get().parameter(name);
            if (parameter.isEmpty()) {
                return CommandReport.error(spec.get().ntName() + " has no parameter '" + name + "'; parameters: "
                        + String.join(", ", spec.get().parameters().stream().map(Parameter::name).toList()));
            }
            if (given.containsKey(parameter.get().name())) {
                return CommandReport.error("--arg " + parameter.get().name() + " given twice");
            }
            ArgumentSyntax.Result value = ArgumentSyntax.parse(parameter.get(), arg.substring(eq + 1));
            if (value.value().isEmpty()) {
                return CommandReport.error(value.error());
            }
            given.put(parameter.get().name(), value.value().get());
        }
        Map<String, ArgValue> complete;
        try {
            complete = Arguments.complete(spec.get(), given, path.get());
        } catch (IllegalArgumentException e) {
            return CommandReport.error(String.valueOf(e.getMessage()));
        }
        Machine machine = path.get() == CallPath.SYSCALL
                ? Machine.userModeCaller(model, a.get(), model.mmUserProbeAddress(a.get()))
                : Machine.forPreviousMode(model, a.get(), mode.get());
        SimulationRun run = new Dispatcher(machine).call(path.get(), spec.get(), complete);
        return new CommandReport(render(spec.get(), path.get(), a.get(), run, complete), CommandReport.OK);
    }

    private static String render(ServiceSpec spec, CallPath via, Arch arch, SimulationRun run,
            Map<String, ArgValue> args) {
        List<String> lines = new ArrayList<>();
        String routine = via == CallPath.ZW ? spec.zwName() : spec.ntName();
        String caller = switch (via) {
            case SYSCALL -> "from a user-mode program";
            case ZW, NT -> run.threadPreviousMode() == PreviousMode.USER_MODE
                    ? "from a driver, in a user thread's request (thread PreviousMode UserMode)"
                    : "from a driver, in a system thread (thread PreviousMode KernelMode)";
        };
        lines.add(routine + " via " + via.label() + " on " + arch.label() + ", " + caller);
        if (via == CallPath.ZW && !spec.zwDocumented()) {
            lines.add("note: " + spec.zwName() + " is not documented for drivers");
        }
        List<String> shown = new ArrayList<>();
        for (Parameter p : spec.parameters()) {
            ArgValue v = args.get(p.name());
            if (v != null) {
                shown.add(p.name() + "=" + v.describe());
            }
        }
        lines.add("arguments: " + String.join(", ", shown));
        lines.addAll(run.trace().lines());
        lines.add("NTSTATUS: " + run.status());
        return String.join("\n", lines) + "\n";
    }
}
