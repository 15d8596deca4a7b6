/*
 * Reads the driver's settings from its service key at load time. Every system service goes
 * through its Zw* entry point, so PreviousMode is KernelMode for each call and the kernel
 * buffers and handle are accepted. zwlint has nothing to report here.
 */
#include <ntddk.h>

#define CONFIG_TAG 'gfCR'

NTSTATUS ReadTraceLevel(PUNICODE_STRING RegistryPath, PULONG TraceLevel)
{
    OBJECT_ATTRIBUTES attributes;
    UNICODE_STRING valueName = RTL_CONSTANT_STRING(L"TraceLevel");
    HANDLE key = NULL;
    ULONG needed = 0;
    PKEY_VALUE_PARTIAL_INFORMATION value;
    ULONG size = sizeof(KEY_VALUE_PARTIAL_INFORMATION) + sizeof(ULONG);
    NTSTATUS status;

    InitializeObjectAttributes(&attributes, RegistryPath, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    status = ZwOpenKey(&key, KEY_READ, &attributes);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    value = ExAllocatePool2(POOL_FLAG_PAGED, size, CONFIG_TAG);
    if (value == NULL) {
        ZwClose(key);
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    status = ZwQueryValueKey(key, &valueName, KeyValuePartialInformation, value, size, &needed);
    if (NT_SUCCESS(status) && value->Type == REG_DWORD && value->DataLength == sizeof(ULONG)) {
        *TraceLevel = *(PULONG)value->Data;
    }

    ExFreePoolWithTag(value, CONFIG_TAG);
    ZwClose(key);
    return status;
}
