#include <ntifs.h>

/* IRP_MJ_CLOSE: the traced build closes through the direct service call. */
NTSTATUS RfDispatchClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PRF_CONTEXT context = (PRF_CONTEXT)DeviceObject->DeviceExtension;

#ifdef RF_TRACE_CLOSE
    NtClose(context->Key);
#else
    ZwClose(context->Key);
#endif
    Irp->IoStatus.Status = STATUS_SUCCESS;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}
