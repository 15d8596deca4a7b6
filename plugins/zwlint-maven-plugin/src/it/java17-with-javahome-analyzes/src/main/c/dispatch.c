#include <ntifs.h>

/* IRP_MJ_CLEANUP: releases the section the caller mapped through an earlier IOCTL. */
NTSTATUS SecDispatchCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PSEC_CONTEXT context = (PSEC_CONTEXT)DeviceObject->DeviceExtension;

    if (context->Section != NULL) {
        NtClose(context->Section);
        context->Section = NULL;
    }
    Irp->IoStatus.Status = STATUS_SUCCESS;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}
