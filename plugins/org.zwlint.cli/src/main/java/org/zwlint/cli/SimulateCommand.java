package org.zwlint.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.Nullable;
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
        return ReportPrinter.print(spec,
                org.zwlint.core.dispatcher.SimulateCommand.run(service, previousMode, via, args, arch));
    }
}
