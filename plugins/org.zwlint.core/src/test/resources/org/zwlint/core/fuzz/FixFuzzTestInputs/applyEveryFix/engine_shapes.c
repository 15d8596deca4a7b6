#include <ntifs.h>
static int Depth(int n) { return n <= 0 ? 0 : 1 + Depth(n - 1); }
static int Even(int n);
static int Odd(int n) { return n == 0 ? 0 : Even(n - 1); }
static int Even(int n) { return n == 0 ? 1 : Odd(n - 1); }
NTSTATUS Shapes(PIRP Irp, PVOID UserPtr, ULONG Count)
{
    ULONG i = 0;
    PUCHAR p = (PUCHAR)UserPtr;
    NTSTATUS status = STATUS_SUCCESS;
    if (Irp->RequestorMode != KernelMode) {
        ProbeForWrite(UserPtr, Count, 1);
    }
again:
    for (i = 0; i < Count; i++) {
        if (p[i] == 0) continue;
        if (p[i] == 0xFF) goto done;
        while (p[i] > 10 && i < Count) { p[i]--; }
        do { status = ZwYieldExecution(); } while (!NT_SUCCESS(status) && i++ < 3);
    }
    if (Count-- > 0 && (Depth(3) || Odd(5))) goto again;
done:
    return ({ int v = (int)status; v; }) ? status : STATUS_SUCCESS;
}
