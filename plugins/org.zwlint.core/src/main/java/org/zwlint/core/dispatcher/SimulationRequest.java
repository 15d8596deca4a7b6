package org.zwlint.core.dispatcher;

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
 * One replay through the simulated dispatcher, asked for in words (a service name, a PreviousMode, a call path,
 * NAME=VALUE arguments and an architecture) and checked against the model. Blank words take defaults: the path from
 * the name's prefix, PreviousMode UserMode, x64. {@code arguments} is complete: what was not given has its default.
 */
public record SimulationRequest(ServiceSpec service, CallPath via, PreviousMode previousMode, Arch arch,
        Map<String, ArgValue> arguments) {
    public SimulationRequest {
        arguments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /** A request the model accepts, or the reason it does not. */
    public sealed interface Parsed permits Valid, Invalid {
    }

    public record Valid(SimulationRequest request) implements Parsed {
    }

    /** {@code reason} names the word that was wrong and what was expected instead. */
    public record Invalid(String reason) implements Parsed {
    }

    public static Parsed parse(ServiceModel model, String service, String previousMode, String via,
            List<String> args, String arch) {
        Optional<Arch> a = arch.isBlank() ? Optional.of(Arch.X64) : Arch.parse(arch);
        if (a.isEmpty()) {
            return new Invalid("unknown --arch '" + arch + "': expected x86 or x64");
        }
        Optional<ServiceSpec> spec = model.find(service);
        if (spec.isEmpty()) {
            return new Invalid("unknown service '" + service + "': 'zwlint services' lists the model");
        }
        Optional<CallPath> path = via.isBlank()
                ? Optional.of(service.trim().toLowerCase(Locale.ROOT).startsWith("zw") ? CallPath.ZW : CallPath.NT)
                : CallPath.parse(via);
        if (path.isEmpty()) {
            return new Invalid("unknown --via '" + via + "': expected nt, zw or syscall");
        }
        Optional<PreviousMode> mode = previousMode.isBlank() ? Optional.of(PreviousMode.USER_MODE)
                : PreviousMode.parse(previousMode);
        if (mode.isEmpty()) {
            return new Invalid("unknown --previous-mode '" + previousMode + "': expected user or kernel");
        }
        if (path.get() == CallPath.SYSCALL && mode.get() == PreviousMode.KERNEL_MODE) {
            return new Invalid("--via syscall enters from user mode, so PreviousMode is always UserMode; "
                    + "use --via zw or nt for a kernel-mode caller");
        }
        Map<String, ArgValue> given = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                return new Invalid("bad --arg '" + arg + "': expected NAME=VALUE");
            }
            String name = arg.substring(0, eq).trim();
            Optional<Parameter> parameter = spec.get().parameter(name);
            if (parameter.isEmpty()) {
                return new Invalid(spec.get().ntName() + " has no parameter '" + name + "'; parameters: "
                        + String.join(", ", spec.get().parameters().stream().map(Parameter::name).toList()));
            }
            if (given.containsKey(parameter.get().name())) {
                return new Invalid("--arg " + parameter.get().name() + " given twice");
            }
            ArgumentSyntax.Result value = ArgumentSyntax.parse(parameter.get(), arg.substring(eq + 1));
            if (value.value().isEmpty()) {
                return new Invalid(value.error());
            }
            given.put(parameter.get().name(), value.value().get());
        }
        try {
            return new Valid(new SimulationRequest(spec.get(), path.get(), mode.get(), a.get(),
                    Arguments.complete(spec.get(), given, path.get())));
        } catch (IllegalArgumentException e) {
            return new Invalid(String.valueOf(e.getMessage()));
        }
    }

    /** Runs the call on a fresh machine of the model: a user-mode program for a syscall, else a driver's thread. */
    public SimulationRun replay(ServiceModel model) {
        Machine machine = via == CallPath.SYSCALL
                ? Machine.userModeCaller(model, arch, model.mmUserProbeAddress(arch))
                : Machine.forPreviousMode(model, arch, previousMode);
        return new Dispatcher(machine).call(via, service, arguments);
    }
}
