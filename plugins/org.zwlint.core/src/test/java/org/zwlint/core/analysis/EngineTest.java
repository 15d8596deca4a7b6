package org.zwlint.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The engine's facts: provenance, probes through helpers, contexts, mode checks, summaries, budgets. */
class EngineTest {
    private static final String PRELUDE = """
            #include <ntddk.h>
            typedef struct _REQ { ULONG Size; PVOID Target; } REQ, *PREQ;
            """;

    private static List<UserAccess> userAccesses(FunctionFacts facts) {
        return facts.facts(UserAccess.class).stream().filter(a -> a.pointer().region() == Region.USER).toList();
    }

    @Test
    void type3InputBufferIsAUserPointerAndAFieldReadFromItIsToo() {
        Engine engine = Engine.run(PRELUDE + """
                NTSTATUS Dispatch(PDEVICE_OBJECT D, PIRP Irp) {
                    PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);
                    PREQ in = (PREQ)sp->Parameters.DeviceIoControl.Type3InputBuffer;
                    *(PULONG)in->Target = in->Size;
                    return STATUS_SUCCESS;
                }
                NTSTATUS DriverEntry(PDRIVER_OBJECT D, PUNICODE_STRING R) {
                    D->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Dispatch;
                    return STATUS_SUCCESS;
                }
                """);
        List<UserAccess> accesses = userAccesses(engine.only("Dispatch"));
        assertEquals(Set.of("in->Target", "*(PULONG)in->Target", "in->Size"),
                accesses.stream().map(UserAccess::pointerText).collect(Collectors.toSet()));
        UserAccess write = accesses.stream().filter(UserAccess::write).findFirst().orElseThrow();
        assertTrue(write.pointer().trail().get(0).message().contains("Type3InputBuffer"), write.pointer().trail().toString());
        assertTrue(accesses.stream().allMatch(a -> a.probe().isEmpty() && !a.guarded()));
    }

    @Test
    void systemBufferIsKernelMemoryButAPointerReadFromItIsTheUsers() {
        Engine engine = Engine.run(PRELUDE + """
                NTSTATUS Dispatch(PDEVICE_OBJECT D, PIRP Irp) {
                    PREQ in = (PREQ)Irp->AssociatedIrp.SystemBuffer;
                    in->Size = 0;
                    *(PULONG)in->Target = 1;
                    return STATUS_SUCCESS;
                }
                NTSTATUS DriverEntry(PDRIVER_OBJECT D, PUNICODE_STRING R) {
                    D->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Dispatch;
                    return STATUS_SUCCESS;
                }
                """);
        List<UserAccess> user = userAccesses(engine.only("Dispatch"));
        assertEquals(List.of("*(PULONG)in->Target"), user.stream().map(UserAccess::pointerText).toList());
    }

    @Test
    void aProbeInAHelperOfAHelperCoversTheCallersPointer() {
        Engine engine = Engine.run(PRELUDE + """
                static VOID Check(PVOID p, SIZE_T n) { ProbeForWrite(p, n, 1); }
                static VOID Validate(PVOID buffer, SIZE_T length) { Check(buffer, length); }
                NTSTATUS Dispatch(PDEVICE_OBJECT D, PIRP Irp) {
                    PULONG out = (PULONG)Irp->UserBuffer;
                    __try { Validate(out, sizeof(ULONG)); *out = 1; } __except (1) { return 1; }
                    return STATUS_SUCCESS;
                }
                NTSTATUS DriverEntry(PDRIVER_OBJECT D, PUNICODE_STRING R) {
                    D->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Dispatch;
                    return STATUS_SUCCESS;
                }
                """);
        FunctionSummary validate = engine.program.summary(engine.units.get("drv.c"), "Validate").orElseThrow();
        assertEquals(Set.of(0), validate.probedParameters().keySet());
        assertEquals(1, validate.probedParameters().get(0).lengthParameter().getAsInt());
        assertTrue(validate.probedParameters().get(0).forWrite());
        UserAccess write = userAccesses(engine.only("Dispatch")).get(0);
        assertTrue(write.probe().isPresent() && write.guarded(), write.toString());
    }

    @Test
    void aHelperDefinedBeforeTheHelperThatProbesIsSummarizedInTheNextRound() {
        // Validate comes first: when it is first summarized, Check's summary is not known yet.
        Engine engine = Engine.run(PRELUDE + """
                static VOID Check(PVOID p, SIZE_T n);
                static VOID Validate(PVOID buffer, SIZE_T length) { Check(buffer, length); }
                static VOID Check(PVOID p, SIZE_T n) { ProbeForRead(p, n, 1); }
                VOID Caller(PVOID p, SIZE_T n) { Validate(p, n); }
                """);
        FunctionSummary validate = engine.program.summary(engine.units.get("drv.c"), "Validate").orElseThrow();
        assertEquals(Set.of(0), validate.probedParameters().keySet());
        assertFalse(validate.probedParameters().get(0).forWrite());
    }

    @Test
    void onlyAFunctionSomeAnalyzedFunctionCallsIsSummarized() {
        Engine engine = Engine.run(PRELUDE + """
                static VOID Check(PVOID p, SIZE_T n) { ProbeForRead(p, n, 1); }
                static VOID Unused(PVOID p, SIZE_T n) { ProbeForRead(p, n, 1); }
                VOID Caller(PVOID p, SIZE_T n) { Check(p, n); }
                """);
        assertEquals(Set.of(0), engine.program.summary(engine.units.get("drv.c"), "Check").orElseThrow()
                .probedParameters().keySet());
        assertTrue(engine.program.summary(engine.units.get("drv.c"), "Unused").isEmpty(),
                "no caller reads it, so it is not computed");
    }

    @Test
    void aHelperThatLocksTheUsersPagesWithUserModeProbesItsParameter() {
        Engine engine = Engine.run(PRELUDE + """
                static VOID Lock(PVOID p, ULONG n) {
                    PMDL mdl = IoAllocateMdl(p, n, FALSE, FALSE, NULL);
                    MmProbeAndLockPages(mdl, UserMode, IoWriteAccess);
                }
                static VOID Log(PVOID p, ULONG n) { DbgPrint("%p %u", p, n); }
                VOID Caller(PVOID p, ULONG n) { Lock(p, n); Log(p, n); }
                """);
        FunctionSummary lock = engine.program.summary(engine.units.get("drv.c"), "Lock").orElseThrow();
        assertEquals(Set.of(0), lock.probedParameters().keySet());
        assertTrue(lock.probedParameters().get(0).forWrite());
        assertTrue(engine.program.summary(engine.units.get("drv.c"), "Log").orElseThrow().probedParameters().isEmpty());
    }

    @Test
    void aKernelModeRequestorBranchIsTrustedAndPathsAfterItNeedTheProbeOnlyFromTheUserBranch() {
        Engine engine = Engine.run(PRELUDE + """
                NTSTATUS Dispatch(PDEVICE_OBJECT D, PIRP Irp) {
                    PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);
                    PREQ in = (PREQ)sp->Parameters.DeviceIoControl.Type3InputBuffer;
                    KPROCESSOR_MODE mode = Irp->RequestorMode;
                    ULONG size = 0;
                    __try {
                        if (mode != KernelMode) {
                            ProbeForRead(in, sizeof(REQ), 1);
                        }
                        size = in->Size;
                    } __except (1) { return 1; }
                    return size;
                }
                NTSTATUS DriverEntry(PDRIVER_OBJECT D, PUNICODE_STRING R) {
                    D->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Dispatch;
                    return STATUS_SUCCESS;
                }
                """);
        UserAccess read = userAccesses(engine.only("Dispatch")).get(0);
        assertEquals("in->Size", read.pointerText());
        assertTrue(read.probe().isPresent(), "covered: probed on the user branch, trusted on the kernel one");
    }

    @Test
    void internalDeviceControlAndDriverEntryAreKernelContexts() {
        Engine engine = Engine.run(PRELUDE + """
                NTSTATUS Internal(PDEVICE_OBJECT D, PIRP Irp) {
                    PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);
                    PREQ in = (PREQ)sp->Parameters.DeviceIoControl.Type3InputBuffer;
                    return in->Size;
                }
                NTSTATUS DriverEntry(PDRIVER_OBJECT D, PUNICODE_STRING R) {
                    D->MajorFunction[IRP_MJ_INTERNAL_DEVICE_CONTROL] = Internal;
                    return STATUS_SUCCESS;
                }
                """);
        assertEquals(EntryRole.KERNEL_DISPATCH, engine.only("Internal").context().role());
        assertTrue(userAccesses(engine.only("Internal")).isEmpty());
        FunctionContext entry = engine.only("DriverEntry").context();
        assertEquals(RequestMode.KERNEL_ONLY, entry.threadMode());
        assertTrue(entry.systemProcess());
    }

    @Test
    void aHelperCalledFromAUserAndAKernelSituationIsAnalyzedInEach() {
        Engine engine = Engine.run(PRELUDE + """
                static ULONG Sum(PUCHAR p, ULONG n) { ULONG s = 0; while (n--) { s += *p++; } return s; }
                static UCHAR Table[8];
                NTSTATUS Dispatch(PDEVICE_OBJECT D, PIRP Irp) {
                    PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);
                    PUCHAR in = (PUCHAR)sp->Parameters.DeviceIoControl.Type3InputBuffer;
                    ULONG s = Sum(Table, sizeof(Table));
                    __try { ProbeForRead(in, 4, 1); s += Sum(in, 4); } __except (1) { return 1; }
                    return s;
                }
                NTSTATUS DriverEntry(PDRIVER_OBJECT D, PUNICODE_STRING R) {
                    D->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Dispatch;
                    return STATUS_SUCCESS;
                }
                """);
        List<FunctionFacts> sums = engine.function("Sum");
        assertEquals(2, sums.size(), "a kernel-table situation and a probed-user-buffer situation");
        List<UserAccess> user = sums.stream().flatMap(f -> userAccesses(f).stream()).toList();
        assertFalse(user.isEmpty());
        assertTrue(user.stream().allMatch(a -> a.probe().isPresent() && a.guarded()), user.toString());
    }

    @Test
    void registrationsOfEveryKindAreFound() {
        Engine engine = Engine.run("""
                #include <fltKernel.h>
                VOID Worker(PVOID c) { }
                VOID Thread(PVOID c) { }
                NTSTATUS Message(PVOID a, PVOID b, ULONG c, PVOID d, ULONG e, PULONG f) { return 0; }
                NTSTATUS Connect(PFLT_PORT p, PVOID a, PVOID b, ULONG c, PVOID *d) { return 0; }
                FLT_PREOP_CALLBACK_STATUS Pre(PFLT_CALLBACK_DATA d, PCFLT_RELATED_OBJECTS o, PVOID *c) { return 0; }
                CONST FLT_OPERATION_REGISTRATION Ops[] = { { IRP_MJ_CREATE, 0, Pre, NULL }, { IRP_MJ_OPERATION_END } };
                _Dispatch_type_(IRP_MJ_POWER) DRIVER_DISPATCH Power;
                NTSTATUS Power(PDEVICE_OBJECT D, PIRP I) { return 0; }
                NTSTATUS DriverEntry(PDRIVER_OBJECT D, PUNICODE_STRING R) {
                    HANDLE h;
                    PsCreateSystemThread(&h, 0, NULL, NULL, NULL, Thread, NULL);
                    ExQueueWorkItem(NULL, 0);
                    ExInitializeWorkItem((PWORK_QUEUE_ITEM)NULL, Worker, NULL);
                    FltCreateCommunicationPort(NULL, NULL, NULL, NULL, Connect, NULL, Message, 1);
                    return 0;
                }
                """);
        Map<String, EntryRole> roles = engine.entryPoints().stream()
                .collect(Collectors.toMap(EntryPoint::function, EntryPoint::role, (a, b) -> a));
        assertEquals(Map.of("DriverEntry", EntryRole.DRIVER_ENTRY, "Thread", EntryRole.SYSTEM_THREAD, "Worker",
                EntryRole.WORK_ITEM, "Message", EntryRole.PORT_MESSAGE, "Connect", EntryRole.PORT_CONNECT, "Pre",
                EntryRole.MINIFILTER_CALLBACK, "Power", EntryRole.KERNEL_DISPATCH), roles);
    }

    @Test
    void aSwitchOnTheIoControlCodeNamesTheIoctlOfEachCase() {
        Engine engine = Engine.run(PRELUDE + """
                #define IOCTL_A CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_NEITHER, FILE_ANY_ACCESS)
                NTSTATUS Dispatch(PDEVICE_OBJECT D, PIRP Irp) {
                    PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);
                    switch (sp->Parameters.DeviceIoControl.IoControlCode) {
                    case IOCTL_A: return *(PULONG)sp->Parameters.DeviceIoControl.Type3InputBuffer;
                    default: return 0;
                    }
                }
                NTSTATUS DriverEntry(PDRIVER_OBJECT D, PUNICODE_STRING R) {
                    D->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Dispatch;
                    return STATUS_SUCCESS;
                }
                """);
        IoctlCode code = userAccesses(engine.only("Dispatch")).get(0).ioctl().orElseThrow();
        assertEquals(0x222003L, code.value());
        assertEquals("IOCTL_A (0x222003, METHOD_NEITHER)", code.describe());
        assertEquals(0x22, code.deviceType());
        assertEquals(0x800, code.function());
        assertEquals(3, code.method());
    }

    @Test
    void aVendorDeviceTypeFoldedAsASignedIntIsDescribedAsTheUlongCode() {
        Engine engine = Engine.run(PRELUDE + """
                #define IOCTL_VENDOR CTL_CODE(0x9999, 0x83A, METHOD_NEITHER, FILE_ANY_ACCESS)
                NTSTATUS Dispatch(PDEVICE_OBJECT D, PIRP Irp) {
                    PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);
                    if (sp->Parameters.DeviceIoControl.IoControlCode == IOCTL_VENDOR) {
                        return *(PULONG)sp->Parameters.DeviceIoControl.Type3InputBuffer;
                    }
                    return 0;
                }
                NTSTATUS DriverEntry(PDRIVER_OBJECT D, PUNICODE_STRING R) {
                    D->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Dispatch;
                    return STATUS_SUCCESS;
                }
                """);
        IoctlCode code = userAccesses(engine.only("Dispatch")).get(0).ioctl().orElseThrow();
        assertEquals("IOCTL_VENDOR (0x999920EB, METHOD_NEITHER)", code.describe());
        assertEquals(0x9999, code.deviceType());
    }

    @Test
    void theSolverStopsAtItsBudgetAndSaysSo() {
        Engine engine = Engine.run(Map.of("drv.c", PRELUDE + """
                ULONG Loop(PULONG p, ULONG n) { ULONG s = 0; ULONG i; for (i = 0; i < n; i++) { s += p[i]; } return s; }
                """), new ProgramAnalysis.Budgets(3, 4, 12));
        FunctionFacts loop = engine.only("Loop");
        assertFalse(loop.complete());
        assertEquals(List.of("Loop: the solver stopped after 3 steps; facts found so far are reported"),
                engine.program.budgetNotes(engine.units.get("drv.c")));
    }

    @Test
    void recursionAndUnknownCalleesTerminate() {
        Engine engine = Engine.run(PRELUDE + """
                ULONG Even(ULONG n);
                ULONG Odd(ULONG n) { return n == 0 ? 0 : Even(n - 1); }
                ULONG Even(ULONG n) { return n == 0 ? 1 : Odd(n - 1) + Unknown(n); }
                NTSTATUS Dispatch(PDEVICE_OBJECT D, PIRP Irp) { return Even(Irp->IoStatus.Information); }
                NTSTATUS DriverEntry(PDRIVER_OBJECT D, PUNICODE_STRING R) {
                    D->MajorFunction[IRP_MJ_READ] = Dispatch;
                    return STATUS_SUCCESS;
                }
                """);
        assertTrue(engine.only("Odd").complete());
        assertEquals(Optional.of(EntryRole.HELPER), Optional.of(engine.only("Even").context().role()));
    }
}
