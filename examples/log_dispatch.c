/*
 * A logging filter's IRP_MJ_CREATE/IRP_MJ_CLOSE handlers. They run in the context of the
 * thread that opened the device, usually a user-mode thread, yet open and close the log with
 * the Nt* entry points: those keep PreviousMode == UserMode, so the kernel-mode object
 * attributes and the kernel handle below are rejected. zwlint reports both calls (PM001).
 */
#include <ntifs.h>

typedef struct _LOG_CONTEXT {
    HANDLE LogFile;
    UNICODE_STRING LogPath;
} LOG_CONTEXT, *PLOG_CONTEXT;

_Dispatch_type_(IRP_MJ_CREATE)
NTSTATUS LogDispatchCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PLOG_CONTEXT context = (PLOG_CONTEXT)DeviceObject->DeviceExtension;
    OBJECT_ATTRIBUTES attributes;
    IO_STATUS_BLOCK ioStatus;
    NTSTATUS status;

    InitializeObjectAttributes(&attributes, &context->LogPath,
                               OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    status = NtCreateFile(&context->LogFile, FILE_APPEND_DATA | SYNCHRONIZE, &attributes, &ioStatus,
                          NULL, FILE_ATTRIBUTE_NORMAL, FILE_SHARE_READ, FILE_OPEN_IF,
                          FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);

    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Dispatch_type_(IRP_MJ_CLOSE)
NTSTATUS LogDispatchClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PLOG_CONTEXT context = (PLOG_CONTEXT)DeviceObject->DeviceExtension;

    if (context->LogFile != NULL) {
        NtClose(context->LogFile);
        context->LogFile = NULL;
    }
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}
