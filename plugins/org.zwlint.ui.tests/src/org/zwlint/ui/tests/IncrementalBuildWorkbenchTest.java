package org.zwlint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zwlint.ui.ZwLintPlugin;
import org.zwlint.ui.internal.ZwLintPreferences;

/**
 * The builder re-analyzes what a change affects (a changed header's includers, a changed file's
 * callers and helpers in other files), and a build cancelled half-way leaves every file with the
 * markers of the last complete build.
 */
@ExtendWith({NoErrorInWorkbenchLog.class, UiStallWatchdog.class})
class IncrementalBuildWorkbenchTest {
    private final UiDriver ui = new UiDriver();
    private final DriverProject driver = new DriverProject();

    @AfterEach
    void cleanUp() throws Exception {
        InstanceScope.INSTANCE.getNode(ZwLintPlugin.ID).remove(ZwLintPreferences.ruleEnabledKey("PM001"));
        driver.delete();
    }

    @Test
    void changingAHeaderReanalyzesTheFilesThatIncludeIt() throws Exception {
        IFile header = driver.add("release.h", "#define RELEASE_HANDLE(h) ZwClose(h)\n");
        IFile user = driver.add("unload.c", "#include \"release.h\"\n"
                + "VOID UnloadChannel(HANDLE Channel)\n{\n    RELEASE_HANDLE(Channel);\n}\n");
        IFile bystander = driver.add("power.c", "VOID PowerDown(VOID)\n{\n}\n");
        ui.waitForBuilds();
        assertEquals(List.of(), DriverProject.markers(user, "PM001"));

        // Only the header changes; the finding is at the macro's use in the unchanged .c file.
        header.setContents(new ByteArrayInputStream("#define RELEASE_HANDLE(h) NtClose(h)\n"
                .getBytes(StandardCharsets.UTF_8)), true, false, null);
        ui.waitForBuilds();
        List<IMarker> found = DriverProject.markers(user, "PM001");
        assertEquals(1, found.size(), "the includer was analyzed again");
        assertEquals(4, found.get(0).getAttribute(IMarker.LINE_NUMBER, -1));
        assertTrue(found.get(0).getAttribute(IMarker.MESSAGE, "").contains("macro"));
        assertEquals(List.of(), DriverProject.markers(bystander, "PM001"));
    }

    @Test
    void aHelperIsAnalyzedWithItsCallerInAnotherFileAsTheCliDoes() throws Exception {
        IFile helper = driver.add("copy.c", "#include <ntddk.h>\n"
                + "NTSTATUS CopyRequest(PVOID UserBuffer, ULONG Length)\n"
                + "{\n"
                + "    UCHAR local[64];\n"
                + "    if (Length > sizeof(local)) {\n"
                + "        return STATUS_INVALID_PARAMETER;\n"
                + "    }\n"
                + "    RtlCopyMemory(local, UserBuffer, Length);\n"
                + "    return STATUS_SUCCESS;\n"
                + "}\n");
        ui.waitForBuilds();
        assertEquals(List.of(), DriverProject.markers(helper, "PB001"), "alone, the helper's buffer is nobody's");

        // The dispatch routine arrives in another file: the helper's copy now reads a user buffer.
        driver.add("dispatch.c", "#include <ntddk.h>\n"
                + "NTSTATUS CopyRequest(PVOID UserBuffer, ULONG Length);\n"
                + "NTSTATUS DispatchIoctl(PDEVICE_OBJECT Device, PIRP Irp)\n"
                + "{\n"
                + "    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);\n"
                + "    PVOID user = stack->Parameters.DeviceIoControl.Type3InputBuffer;\n"
                + "    UNREFERENCED_PARAMETER(Device);\n"
                + "    return CopyRequest(user, stack->Parameters.DeviceIoControl.InputBufferLength);\n"
                + "}\n"
                + "NTSTATUS DriverEntry(PDRIVER_OBJECT Driver, PUNICODE_STRING Path)\n"
                + "{\n"
                + "    UNREFERENCED_PARAMETER(Path);\n"
                + "    Driver->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DispatchIoctl;\n"
                + "    return STATUS_SUCCESS;\n"
                + "}\n");
        ui.waitForBuilds();
        List<IMarker> found = DriverProject.markers(helper, "PB001");
        assertEquals(1, found.size(), "the unchanged helper was analyzed again with its new caller");
        assertEquals(8, found.get(0).getAttribute(IMarker.LINE_NUMBER, -1));
    }

    @Test
    void aBuildCancelledHalfWayLeavesTheMarkersOfTheLastCompleteBuild() throws Exception {
        // Twelve driver folders: each is analyzed as a project of its own, one after the other.
        List<IFile> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            driver.project().getFolder("part" + i).create(true, true, null);
            files.add(driver.add("part" + i + "/part" + i + ".c",
                    "NTSTATUS ClosePart" + i + "(HANDLE Part)\n{\n    return NtClose(Part);\n}\n"));
        }
        ui.waitForBuilds();
        Map<IFile, Long> before = new HashMap<>();
        for (IFile file : files) {
            List<IMarker> markers = DriverProject.markers(file, "PM001");
            assertEquals(1, markers.size(), file.getName());
            before.put(file, markers.get(0).getId());
        }

        // PM001 turned off, then a full build the user cancels after five files.
        InstanceScope.INSTANCE.getNode(ZwLintPlugin.ID).putBoolean(ZwLintPreferences.ruleEnabledKey("PM001"), false);
        AtomicInteger worked = new AtomicInteger();
        NullProgressMonitor cancelling = new NullProgressMonitor() {
            @Override
            public void worked(int work) {
                if (worked.incrementAndGet() >= 5) {
                    setCanceled(true);
                }
            }

            @Override
            public void subTask(String name) {
                worked.incrementAndGet(); // SubMonitor reports a file as a subtask and as work
            }
        };
        assertThrows(OperationCanceledException.class,
                () -> driver.project().build(IncrementalProjectBuilder.FULL_BUILD, cancelling));
        assertTrue(worked.get() >= 5, "cancelled after some files: " + worked.get());
        for (IFile file : files) {
            List<IMarker> markers = DriverProject.markers(file, "PM001");
            assertEquals(1, markers.size(), "untouched after the cancel: " + file.getName());
            assertEquals((long) before.get(file), markers.get(0).getId(), file.getName());
        }

        // The next build completes: every marker goes.
        driver.project().build(IncrementalProjectBuilder.FULL_BUILD, null);
        for (IFile file : files) {
            assertEquals(List.of(), DriverProject.markers(file, "PM001"), file.getName());
        }
    }
}
