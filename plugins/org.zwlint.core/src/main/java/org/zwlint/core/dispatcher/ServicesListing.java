package org.zwlint.core.dispatcher;

import java.util.Optional;
import org.zwlint.core.model.Arch;
import org.zwlint.core.model.ServiceModel;
import org.zwlint.core.model.ServiceSpec;
import org.zwlint.core.model.ServiceTable;

/**
 * The core of {@code zwlint services [--arch x86|x64]}: every service of the model with its documented Zw routine,
 * its argument count, and its service table entry (the compacted entry on x64, the KiArgumentTable byte on x86).
 */
public final class ServicesListing {
    private ServicesListing() {
    }

    /** For the CLI: blank means x64; a bad architecture is a one-line error with exit code 2. */
    public static CommandReport run(String arch) {
        Optional<Arch> a = arch.isBlank() ? Optional.of(Arch.X64) : Arch.parse(arch);
        return a.map(value -> new CommandReport(render(value), CommandReport.OK))
                .orElse(CommandReport.error("unknown --arch '" + arch + "': expected x86 or x64"));
    }

    public static String render(Arch arch) {
        return render(ServiceModel.bundled(), arch);
    }

    static String render(ServiceModel model, Arch arch) {
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
