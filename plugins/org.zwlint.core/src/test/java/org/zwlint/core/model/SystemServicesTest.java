package org.zwlint.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

/**
 * The kernel's service list (nt-services.txt), checked against a public per-build system call table: a name
 * dropped from it, or a non-service added to it, changes what PM001 reports.
 */
class SystemServicesTest {
    private final SystemServices services = SystemServices.bundled();

    @Test
    void servicesOfEveryEraArePresent() {
        for (String name : List.of(
                // exported by ntoskrnl as well as system calls
                "NtClose", "NtCreateFile", "NtQueryInformationProcess", "NtSetInformationThread",
                "NtWaitForSingleObject", "NtDeviceIoControlFile", "NtQuerySystemInformation",
                // system calls only
                "NtAlpcSendWaitReceivePort", "NtCreateUserProcess", "NtWriteVirtualMemory", "NtCreateIoRing",
                // current builds, missing from the list written from memory
                "NtCreateIRTimer", "NtAlertThreadByThreadIdEx", "NtAlertMultipleThreadByThreadId",
                // withdrawn services: still the service when a driver written for that build calls them
                "NtGetPlugPlayEvent", "NtRequestDeviceWakeup", "NtW32Call", "NtGetTickCount")) {
            assertTrue(services.isService(name), name);
        }
    }

    @Test
    void exportedDataAndOtherNtNamesAreNoServices() {
        for (String name : List.of("NtBuildNumber", "NtBuildLab", "NtBuildLabEx", "NtBuildGUID", "NtGlobalFlag",
                "NtUserGetMessage", "NtGdiBitBlt", "NtSomethingUndocumented", "ZwClose", "ntclose")) {
            assertFalse(services.isService(name), name);
        }
    }

    @Test
    void theListIsSortedUniqueAndSpellsOnlyNtNames() throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(SystemServices.class.getResourceAsStream(SystemServices.RESOURCE))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line);
                }
            }
        }
        for (String name : names) {
            assertTrue(name.matches("Nt[A-Z][A-Za-z0-9]+"), name);
        }
        assertEquals(names.stream().sorted().distinct().toList(), names);
        assertEquals(names.size(), services.size());
        assertTrue(services.size() >= 529, "only " + services.size() + " services");
    }

    @Test
    void everyServiceTheModelDescribesIsOnTheList() {
        for (ServiceSpec spec : ServiceModel.bundled().services()) {
            assertTrue(services.isService(spec.ntName()), spec.ntName());
        }
    }
}
