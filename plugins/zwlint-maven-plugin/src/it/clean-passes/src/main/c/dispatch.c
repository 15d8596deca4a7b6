#include <ntifs.h>

/* IRP_MJ_CLEANUP: the section handle is a kernel handle, closed through the Zw* entry point. */
NTSTATUS SecDispatchCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PSEC_CONTEXT context = (PSEC_CONTEXT)DeviceObject->DeviceExtension;

    if (context->Section != NULL) {
        ZwClose(context->Section);
        context->Section = NULL;
    }
    Irp->IoStatus.Status = STATUS_SUCCESS;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}
