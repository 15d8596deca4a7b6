package org.zwlint.cli;

import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.dispatcher.ServicesListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `zwlint services`: the bundled service model, with Zw availability, argument counts and the x64 table entry. */
@Command(name = "services", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
        description = "Lists the native services in ZwLint's reference model: Nt and Zw names, whether a Zw entry "
                + "point is documented for drivers, argument count, and the compacted x64 service table entry.")
public final class ServicesCommand implements Callable<Integer> {
    @Spec
    private @Nullable CommandSpec spec;

    @Option(names = "--arch", paramLabel = "x86|x64", description = "Architecture of the service table (default x64).")
    private String arch = "x64";

    @Override
    public Integer call() {
        return ReportPrinter.print(spec, ServicesListing.run(arch));
    }
}
