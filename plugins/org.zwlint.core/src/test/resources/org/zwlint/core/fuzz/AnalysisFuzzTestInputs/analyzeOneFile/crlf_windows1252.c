#include <ntddk.h>
NTSTATUS Crlf(HANDLE h)
{
    // café € quotes
    return NtClose(h);
}
