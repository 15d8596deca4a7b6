/*
 * Teardown of a filter's trace channel: the section view and the backing file it opened at
 * DriverEntry. The file handle is closed with NtClose, which keeps the caller's PreviousMode;
 * on an unload routine that runs in a user thread's context the kernel handle is rejected.
 */
#include <ntifs.h>

typedef struct _TRACE_CHANNEL {
    HANDLE BackingFile;
    HANDLE Section;
    PVOID View;
} TRACE_CHANNEL, *PTRACE_CHANNEL;

VOID TraceChannelClose(PTRACE_CHANNEL Channel)
{
    if (Channel->View != NULL) {
        ZwUnmapViewOfSection(ZwCurrentProcess(), Channel->View);
        Channel->View = NULL;
    }
    if (Channel->Section != NULL) {
        ZwClose(Channel->Section);
        Channel->Section = NULL;
    }
    if (Channel->BackingFile != NULL) {
        NtClose(Channel->BackingFile); // expect PM001
        Channel->BackingFile = NULL;
    }
}
