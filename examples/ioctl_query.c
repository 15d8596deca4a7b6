/*
 * IRP_MJ_DEVICE_CONTROL handler of a small monitoring driver. IOCTL_MON_QUERY_FILE_SIZE takes
 * a file handle from the caller's METHOD_BUFFERED input and returns the file's size. Querying
 * through NtQueryInformationFile leaves PreviousMode as the caller's UserMode, so the service
 * probes the driver's own stack buffers as if they were user memory (PM001).
 */
#include <ntifs.h>

#define FILE_DEVICE_MONITOR 0x8337
#define IOCTL_MON_QUERY_FILE_SIZE \
    CTL_CODE(FILE_DEVICE_MONITOR, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _MON_QUERY_FILE_SIZE {
    HANDLE File;
    LARGE_INTEGER Size;
} MON_QUERY_FILE_SIZE, *PMON_QUERY_FILE_SIZE;

static NTSTATUS QueryFileSize(PMON_QUERY_FILE_SIZE request)
{
    IO_STATUS_BLOCK ioStatus;
    FILE_STANDARD_INFORMATION standard;
    NTSTATUS status;

    status = NtQueryInformationFile(request->File, &ioStatus, &standard, sizeof(standard),
                                    FileStandardInformation);
    if (NT_SUCCESS(status)) {
        request->Size = standard.EndOfFile;
    }
    return status;
}

_Dispatch_type_(IRP_MJ_DEVICE_CONTROL)
NTSTATUS MonDispatchDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;
    ULONG_PTR information = 0;

    UNREFERENCED_PARAMETER(DeviceObject);

    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_MON_QUERY_FILE_SIZE:
        if (stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(MON_QUERY_FILE_SIZE) ||
            stack->Parameters.DeviceIoControl.OutputBufferLength < sizeof(MON_QUERY_FILE_SIZE)) {
            status = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        status = QueryFileSize((PMON_QUERY_FILE_SIZE)Irp->AssociatedIrp.SystemBuffer);
        if (NT_SUCCESS(status)) {
            information = sizeof(MON_QUERY_FILE_SIZE);
        }
        break;
    default:
        break;
    }

    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}
