#include <wdm.h>
typedef struct __declspec(align(16)) _SLAB { UCHAR Bytes[16]; } SLAB;
typedef struct _WIRE32 { ULONG Length; VOID * POINTER_32 Buffer; } WIRE32;
typedef struct _WIRE64 { ULONG Length; VOID * POINTER_64 Buffer; } WIRE64;
_IRQL_requires_max_(DISPATCH_LEVEL)
_Must_inspect_result_
static __forceinline NTSTATUS SlabFill(_Out_writes_bytes_(Length) PUCHAR Out, _In_ SIZE_T Length)
{
    unsigned __int64 wide = 0xFFFFFFFFFFFFFFFFui64;
    __int8 narrow = (__int8)wide;
    SLAB local = (SLAB){ 0 };
    RtlFillMemory(Out, Length, (UCHAR)narrow);
    __debugbreak();
    return local.Bytes[0] ? STATUS_UNSUCCESSFUL : STATUS_SUCCESS;
}
#if REG_DWORD == REG_DWORD_LITTLE_ENDIAN
ULONG Endian = 1;
#endif
