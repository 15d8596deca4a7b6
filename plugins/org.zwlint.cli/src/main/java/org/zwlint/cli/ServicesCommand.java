package org.zwlint.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.model.Arch;
import org.zwlint.core.model.ServiceModel;
import org.zwlint.core.model.ServiceSpec;
import org.zwlint.core.model.ServiceTable;
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
        Optional<Arch> a = arch.isBlank() ? Optional.of(Arch.X64) : Arch.parse(arch);
        CommandReport report = a.map(value -> CommandReport.done(render(ServiceModel.bundled(), value)))
                .orElse(CommandReport.error("unknown --arch '" + arch + "': expected x86 or x64"));
        return ReportPrinter.print(spec, report);
    }

    /**
     * Every service of the table with its documented Zw routine, its argument count, and its service table entry
     * (the compacted entry on x64, the KiArgumentTable byte on x86).
     */
    private static String render(ServiceModel model, Arch arch) {
        ServiceTable table = ServiceTable.build(model, arch);
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d services, %d with a documented Zw routine; %s service table at 0x%X%n",
                table.size(), model.services().stream().filter(ServiceSpec::zwDocumented).count(), arch.label(),
                table.base()));
        String last = arch == Arch.X64 ? "x64 entry (offset<<4 | stack args)" : "x86 argument bytes";
        out.append(String.format("%-5s  %-36s  %-36s  %4s  %s%n", "index", "service", "Zw routine for drivers",
                "args", last));
        for (int i = 0; i < table.size(); i++) {
            ServiceSpec s = table.service(i);
            String zw = s.documentedZwName().orElse("- (none documented)");
            String entry = arch == Arch.X64 ? table.compactedEntry(i).hex()
                    : String.valueOf(table.argumentTableByte(i));
            out.append(String.format("0x%03X  %-36s  %-36s  %4d  %s%n", i, s.ntName(), zw, s.parameterCount(),
                    entry));
        }
        return out.toString();
    }
}
