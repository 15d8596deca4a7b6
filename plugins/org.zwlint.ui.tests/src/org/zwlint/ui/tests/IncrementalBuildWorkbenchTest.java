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
 * The builder re-analyzes what a change affects (a changed header's includers too), and a build
 * cancelled half-way leaves every file with the markers of the last complete build.
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
    void aBuildCancelledHalfWayLeavesTheMarkersOfTheLastCompleteBuild() throws Exception {
        List<IFile> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            files.add(driver.add("part" + i + ".c", "NTSTATUS ClosePart" + i + "(HANDLE Part)\n{\n    return NtClose(Part);\n}\n"));
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
