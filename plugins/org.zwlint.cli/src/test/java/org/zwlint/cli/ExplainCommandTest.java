package org.zwlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `zwlint explain` shows the I/O manager of the architecture it is told, as `check --arch` replays on it. */
class ExplainCommandTest {
    private static final String DRIVER = """
            #include <ntddk.h>
            #define IOCTL_LAMP_SET CTL_CODE(FILE_DEVICE_UNKNOWN, 0x901, METHOD_NEITHER, FILE_ANY_ACCESS)
            static ULONG Lamp;
            NTSTATUS LampControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
            {
                PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
                UNREFERENCED_PARAMETER(DeviceObject);
                if (stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_LAMP_SET) {
                    __try {
                        ProbeForRead(stack->Parameters.DeviceIoControl.Type3InputBuffer, sizeof(ULONG), 1);
                        Lamp = *(ULONG *)stack->Parameters.DeviceIoControl.Type3InputBuffer;
                    } __except (EXCEPTION_EXECUTE_HANDLER) {
                        Lamp = 0;
                    }
                }
                IoCompleteRequest(Irp, IO_NO_INCREMENT);
                return STATUS_SUCCESS;
            }
            NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
            {
                UNREFERENCED_PARAMETER(RegistryPath);
                DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = LampControl;
                return STATUS_SUCCESS;
            }
            """;

    @Test
    void explainDescribesTheTargetArchitecturesIoManager(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("lamp.c"), DRIVER);
        CliRun x86 = CliRun.of("explain", "--arch", "x86", file.toString());
        assertEquals(ExitCode.CLEAN, x86.exitCode(), x86::toString);
        assertTrue(x86.out().contains("I/O manager for IOCTL_LAMP_SET (0x222407, METHOD_NEITHER): on x86, entered "
                + "through KiSystemService (sysenter -> KiFastCallEntry)"), x86::toString);
        assertTrue(x86.out().contains("Type3InputBuffer (offset 0x10 of the IO_STACK_LOCATION on x86)"), x86::toString);
        assertTrue(x86.out().contains("Irp->UserBuffer (offset 0x3C of the IRP on x86)"), x86::toString);
        assertFalse(x86.out().contains("x64"), x86::toString);

        CliRun x64 = CliRun.of("explain", file.toString());
        assertEquals(ExitCode.CLEAN, x64.exitCode(), x64::toString);
        assertTrue(x64.out().contains("on x64, entered through KiSystemCall64"), x64::toString);
        assertTrue(x64.out().contains("Type3InputBuffer (offset 0x20 of the IO_STACK_LOCATION on x64)"), x64::toString);
    }

    @Test
    void explainRefusesAnUnknownArchitecture(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("lamp.c"), DRIVER);
        CliRun run = CliRun.of("explain", "--arch", "arm", file.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--arch arm"), run::toString);
    }
}
