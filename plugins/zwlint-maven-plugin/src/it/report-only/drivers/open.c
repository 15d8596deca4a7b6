#include <ntifs.h>
#include "trace.h"

NTSTATUS OpenEventLog(PHANDLE Event, POBJECT_ATTRIBUTES Attributes)
{
    NTSTATUS status = NtOpenEvent(Event, EVENT_ALL_ACCESS, Attributes);
    TRACE_OPEN(status);
    return status;
}
