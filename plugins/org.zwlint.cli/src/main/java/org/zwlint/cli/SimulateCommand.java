package org.zwlint.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.dispatcher.ArgValue;
import org.zwlint.core.dispatcher.CallPath;
import org.zwlint.core.dispatcher.SimulationRequest;
import org.zwlint.core.dispatcher.SimulationRun;
import org.zwlint.core.model.Parameter;
import org.zwlint.core.model.PreviousMode;
import org.zwlint.core.model.ServiceModel;
import org.zwlint.core.model.ServiceSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `zwlint simulate`: replays one call through the simulated system service dispatcher and prints its trace. */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
        description = "Runs one native service call through the simulated dispatcher and prints each step "
                + "(trap frame, PreviousMode, argument copy, probes, captures, handle lookups, access checks) "
                + "and the NTSTATUS.")
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    private @Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SERVICE", description = "Service name, e.g. NtCreateFile or ZwClose.")
    private String service = "";

    @Option(names = "--previous-mode", paramLabel = "user|kernel",
            description = "The calling thread's PreviousMode before the call (default user).")
    private String previousMode = "";

    @Option(names = "--via", paramLabel = "nt|zw|syscall",
            description = "How the call enters: a direct Nt call, a Zw call, or a user-mode syscall "
                    + "(default: from the name's prefix).")
    private String via = "";

    @Option(names = "--arg", paramLabel = "NAME=VALUE",
            description = "An argument's abstract value: user-ptr, kernel-ptr, kernel-handle, user-handle, null, "
                    + "or for OBJECT_ATTRIBUTES e.g. kernel-ptr,name=user-ptr,OBJ_KERNEL_HANDLE. Repeatable.")
    private List<String> args = new ArrayList<>();

    @Option(names = "--arch", paramLabel = "x86|x64", description = "Architecture (default x64).")
    private String arch = "";

    @Override
    public Integer call() {
        ServiceModel model = ServiceModel.bundled();
        CommandReport report = switch (SimulationRequest.parse(model, service, previousMode, via, args, arch)) {
            case SimulationRequest.Invalid invalid -> CommandReport.error(invalid.reason());
            case SimulationRequest.Valid valid -> CommandReport.done(render(valid.request(),
                    valid.request().replay(model)));
        };
        return ReportPrinter.print(spec, report);
    }

    /** A headline naming the caller, the arguments, the numbered trace, and the NTSTATUS last. */
    private static String render(SimulationRequest request, SimulationRun run) {
        ServiceSpec service = request.service();
        CallPath via = request.via();
        List<String> lines = new ArrayList<>();
        String routine = via == CallPath.ZW ? service.zwName() : service.ntName();
        String caller = switch (via) {
            case SYSCALL -> "from a user-mode program";
            case ZW, NT -> run.threadPreviousMode() == PreviousMode.USER_MODE
                    ? "from a driver, in a user thread's request (thread PreviousMode UserMode)"
                    : "from a driver, in a system thread (thread PreviousMode KernelMode)";
        };
        lines.add(routine + " via " + via.label() + " on " + request.arch().label() + ", " + caller);
        if (via == CallPath.ZW && !service.zwDocumented()) {
            lines.add("note: " + service.zwName() + " is not documented for drivers");
        }
        List<String> shown = new ArrayList<>();
        for (Parameter p : service.parameters()) {
            ArgValue v = request.arguments().get(p.name());
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
