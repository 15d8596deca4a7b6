package org.zwlint.core.analysis;

import java.util.List;
import java.util.Set;

import org.zwlint.core.ast.FunctionDefinition;

/**
 * Whether a translation unit is kernel code, which the rules judge, or a user-mode program in the
 * same tree (a test application, a UMDF driver), which they leave alone; and its driver model.
 */
public record CodeMode(Kind kind, String driverModel, String reason) {

    public enum Kind {
        KERNEL, USER, UNKNOWN
    }

    private static final Set<String> KERNEL_HEADERS = Set.of("wdm.h", "ntddk.h", "ntifs.h", "fltkernel.h", "ndis.h",
            "storport.h", "wdmsec.h", "ntstrsafe.h", "hidport.h", "miniport.h", "ntddsd.h", "wdfminiport.h",
            "ntimage.h", "ks.h", "portcls.h", "netadaptercx.h", "ucxclass.h", "ufxclient.h", "wdmguid.h");
    private static final Set<String> USER_HEADERS = Set.of("windows.h", "windef.h", "winbase.h", "stdio.h",
            "tchar.h", "wudfddi.h", "setupapi.h", "cfgmgr32.h");
    private static final Set<String> USER_ENTRIES = Set.of("main", "wmain", "_tmain", "WinMain", "wWinMain",
            "DllMain");

    public static CodeMode of(Set<String> includedHeaders, List<FunctionDefinition> functions) {
        boolean driverEntry = functions.stream().anyMatch(f -> f.name().equals("DriverEntry"));
        String kernelHeader = includedHeaders.stream().filter(KERNEL_HEADERS::contains).sorted().findFirst()
                .orElse("");
        String userHeader = includedHeaders.stream().filter(USER_HEADERS::contains).sorted().findFirst().orElse("");
        String userEntry = functions.stream().map(FunctionDefinition::name).filter(USER_ENTRIES::contains).findFirst()
                .orElse("");
        String model = model(includedHeaders);
        if (driverEntry) {
            return new CodeMode(Kind.KERNEL, model, "defines DriverEntry");
        }
        if (!kernelHeader.isEmpty() && userEntry.isEmpty()) {
            return new CodeMode(Kind.KERNEL, model, "includes " + kernelHeader);
        }
        if (!userEntry.isEmpty()) {
            return new CodeMode(Kind.USER, "user-mode program", "defines " + userEntry);
        }
        if (!userHeader.isEmpty()) {
            return new CodeMode(Kind.USER, includedHeaders.contains("wudfddi.h") || includedHeaders.contains("wdf.h")
                    ? "UMDF" : "user-mode program", "includes " + userHeader);
        }
        if (includedHeaders.contains("wdf.h")) {
            return new CodeMode(Kind.KERNEL, "KMDF", "includes wdf.h");
        }
        return new CodeMode(Kind.UNKNOWN, "unknown", "includes no header that tells kernel from user code");
    }

    private static String model(Set<String> headers) {
        if (headers.contains("fltkernel.h")) {
            return "minifilter";
        }
        if (headers.contains("ndis.h")) {
            return "NDIS";
        }
        if (headers.contains("storport.h")) {
            return "Storport";
        }
        if (headers.contains("wdf.h")) {
            return "KMDF";
        }
        return "WDM";
    }

    /** Whether a function of this name, defined or not, can change a unit's mode (DriverEntry, main, ...). */
    public static boolean decidedByFunction(String name) {
        return name.equals("DriverEntry") || USER_ENTRIES.contains(name);
    }

    /**
     * The mode of a unit that does not say, in a project whose units say: a file that includes only its
     * project's headers, in the project of a test program that defines wmain, is that program's code. Kernel
     * code anywhere in the project, or no unit that defines a user-mode entry point, leaves it unknown.
     */
    public static List<CodeMode> inProject(List<CodeMode> units, List<String> names) {
        boolean kernel = units.stream().anyMatch(m -> m.kind() == Kind.KERNEL);
        int program = -1;
        for (int i = 0; i < units.size() && program < 0; i++) {
            CodeMode m = units.get(i);
            if (m.kind() == Kind.USER && USER_ENTRIES.stream().anyMatch(e -> m.reason().equals("defines " + e))) {
                program = i;
            }
        }
        if (kernel || program < 0) {
            return units;
        }
        CodeMode user = new CodeMode(Kind.USER, "user-mode program", "in the project of " + names.get(program)
                + ", which " + units.get(program).reason());
        return units.stream().map(m -> m.kind() == Kind.UNKNOWN ? user : m).toList();
    }

    public static CodeMode forced(Kind kind) {
        return new CodeMode(kind, kind == Kind.KERNEL ? "WDM" : "user-mode program", "set by --mode");
    }

    /** Kernel rules judge kernel code and code that does not say (a driver file without its headers). */
    public boolean judgedAsKernel() {
        return kind != Kind.USER;
    }
}
