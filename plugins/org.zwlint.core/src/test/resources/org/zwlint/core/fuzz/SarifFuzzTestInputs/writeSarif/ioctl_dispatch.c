#include <ntddk.h>
#define IOCTL_GAUGE_READ CTL_CODE(FILE_DEVICE_UNKNOWN, 0x811, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_GAUGE_SET  CTL_CODE(FILE_DEVICE_UNKNOWN, 0x812, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _GAUGE_REQUEST { ULONG Slot; ULONG Length; PVOID Target; } GAUGE_REQUEST, *PGAUGE_REQUEST;

static NTSTATUS GaugeCopy(PVOID To, PVOID From, SIZE_T Length)
{
    RtlCopyMemory(To, From, Length);
    return STATUS_SUCCESS;
}

NTSTATUS GaugeDeviceControl(PDEVICE_OBJECT Device, PIRP Irp)
{
    PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;
    ULONG inLength = sp->Parameters.DeviceIoControl.InputBufferLength;
    HANDLE section = NULL;
    UNREFERENCED_PARAMETER(Device);
    switch (sp->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_GAUGE_READ: {
        PGAUGE_REQUEST req = (PGAUGE_REQUEST)sp->Parameters.DeviceIoControl.Type3InputBuffer;
        __try {
            ProbeForRead(req, sizeof(*req), sizeof(ULONG));
            if (req->Length > 64) { status = STATUS_INVALID_PARAMETER; __leave; }
            status = GaugeCopy(Irp->UserBuffer, req->Target, req->Length);
        } __except (EXCEPTION_EXECUTE_HANDLER) {
            status = GetExceptionCode();
        }
        break;
    }
    case IOCTL_GAUGE_SET:
        if (inLength < sizeof(ULONG)) { status = STATUS_BUFFER_TOO_SMALL; break; }
        status = NtClose(section);
        break;
    default:
        break;
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

DRIVER_INITIALIZE DriverEntry;
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = GaugeDeviceControl;
    return STATUS_SUCCESS;
}
