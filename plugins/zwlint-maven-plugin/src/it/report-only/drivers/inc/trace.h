#pragma once
#if DBG
#define TRACE_OPEN(status) DbgPrint("open: 0x%08X\n", (status))
#else
#define TRACE_OPEN(status) ((void)0)
#endif
