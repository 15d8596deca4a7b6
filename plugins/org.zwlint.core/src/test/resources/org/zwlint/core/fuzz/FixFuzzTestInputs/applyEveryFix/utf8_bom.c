#include <ntddk.h>
NTSTATUS Wide(HANDLE h)
{
    return NtClose(h); /* été */
}
