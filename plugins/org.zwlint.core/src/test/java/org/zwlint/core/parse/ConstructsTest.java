package org.zwlint.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zwlint.core.parse.Parsing.all;
import static org.zwlint.core.parse.Parsing.clean;
import static org.zwlint.core.parse.Parsing.function;
import static org.zwlint.core.parse.Parsing.only;
import static org.zwlint.core.parse.Parsing.text;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zwlint.core.ast.Annotation;
import org.zwlint.core.ast.AsmBlock;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.Cast;
import org.zwlint.core.ast.CompoundLiteral;
import org.zwlint.core.ast.DeclarationStatement;
import org.zwlint.core.ast.DesignatedInitializer;
import org.zwlint.core.ast.ExpressionStatement;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.GenericSelection;
import org.zwlint.core.ast.KeywordSpecifier;
import org.zwlint.core.ast.LeaveStatement;
import org.zwlint.core.ast.MacroInvocation;
import org.zwlint.core.ast.MemberAccess;
import org.zwlint.core.ast.Parameter;
import org.zwlint.core.ast.PragmaDirective;
import org.zwlint.core.ast.SimpleDeclaration;
import org.zwlint.core.ast.SizeofType;
import org.zwlint.core.ast.StaticAssertion;
import org.zwlint.core.ast.StructSpecifier;
import org.zwlint.core.ast.TryStatement;
import org.zwlint.core.ast.TypedefName;

/** Original driver-like snippets for each construct the grammar must understand. */
class ConstructsTest {

    @Test
    void sehTryExceptFinallyAndLeave() {
        String code = """
                NTSTATUS CopyFromCaller(PVOID UserBuffer, ULONG Length, PUCHAR Local)
                {
                    NTSTATUS status = STATUS_SUCCESS;
                    __try {
                        ProbeForRead(UserBuffer, Length, sizeof(UCHAR));
                        if (Length == 0) {
                            __leave;
                        }
                        RtlCopyMemory(Local, UserBuffer, Length);
                    } __except (SampleFilter(status)) {
                        status = STATUS_INVALID_USER_BUFFER;
                    }
                    __try {
                        status = STATUS_PENDING;
                    } __finally {
                        Local[0] = 0;
                    }
                    return status;
                }
                """;
        var unit = clean(code);
        List<TryStatement> tries = all(unit, TryStatement.class);
        assertEquals(2, tries.size());
        assertFalse(tries.get(0).isFinally());
        assertEquals("SampleFilter(status)", text(tries.get(0).filter().orElseThrow(), code));
        assertTrue(tries.get(1).isFinally());
        assertEquals(1, all(unit, LeaveStatement.class).size());
    }

    @Test
    void sehSpelledWithoutUnderscoresAsExcptHDefinesThem() {
        var unit = clean("""
                VOID Cleanup(PIRP_CONTEXT IrpContext)
                {
                    try {
                        if (IrpContext == NULL) { leave; }
                        FreeContext(IrpContext);
                    } finally {
                        ReleaseLocks(IrpContext);
                    }
                }
                """);
        assertTrue(only(unit, TryStatement.class).isFinally());
        assertEquals(1, all(unit, LeaveStatement.class).size());
    }

    @Test
    void declspecCallingConventionsAndSizedIntegers() {
        var unit = clean("""
                __declspec(noinline) unsigned __int64 __stdcall ReadCounter(__int32 Index, __int8 *Flags);
                __declspec(align(16)) __int16 Table[8];
                __forceinline ULONG __fastcall Twice(ULONG Value) { return Value * 2; }
                static __inline void __cdecl Nothing(void) { }
                void * __ptr64 __unaligned Far;
                """);
        SimpleDeclaration prototype = all(unit, SimpleDeclaration.class).get(0);
        assertEquals(Annotation.Kind.DECLSPEC, ((Annotation) prototype.specifiers().get(0)).kind());
        assertEquals("noinline", ((Annotation) prototype.specifiers().get(0)).arguments().orElseThrow());
        assertTrue(prototype.specifiers().stream().anyMatch(s -> s instanceof KeywordSpecifier k
                && k.keyword().equals("__stdcall")));
        assertEquals(2, all(unit, FunctionDefinition.class).size());
    }

    @Test
    void salAnnotationsAreKeptWithTheirArguments() {
        String code = """
                _IRQL_requires_max_(PASSIVE_LEVEL)
                _When_(return >= 0, _Post_satisfies_(*Written <= Length))
                _Success_(return >= 0)
                NTSTATUS
                ReadRegisters(
                    _In_ PDEVICE_CONTEXT Context,
                    _Out_writes_bytes_(Length) PVOID Buffer,
                    _In_ ULONG Length,
                    _Out_opt_ PULONG Written,
                    __in_opt PVOID Legacy,
                    __drv_aliasesMem PVOID Kept
                    )
                {
                    return STATUS_SUCCESS;
                }
                """;
        FunctionDefinition f = function(clean(code), "ReadRegisters");
        List<String> names = f.annotations().stream().map(Annotation::name).toList();
        assertEquals(List.of("_IRQL_requires_max_", "_When_", "_Success_"), names);
        assertEquals(List.of("return >= 0", "_Post_satisfies_(*Written <= Length)"),
                f.annotation("_When_").orElseThrow().argumentList());
        List<Parameter> parameters = f.parameters();
        assertEquals(6, parameters.size());
        assertEquals("_Out_writes_bytes_", parameters.get(1).annotations().get(0).name());
        assertEquals("Length", parameters.get(1).annotations().get(0).arguments().orElseThrow());
        assertEquals("Buffer", parameters.get(1).name().orElseThrow().name());
        assertEquals("__in_opt", parameters.get(4).annotations().get(0).name());
        assertEquals("__drv_aliasesMem", parameters.get(5).annotations().get(0).name());
        assertInstanceOf(TypedefName.class, parameters.get(0).specifiers().get(1));
    }

    @Test
    void dispatchTypeMarksADispatchRoutine() {
        var unit = clean("""
                _Dispatch_type_(IRP_MJ_CREATE)
                _Dispatch_type_(IRP_MJ_CLOSE)
                DRIVER_DISPATCH SampleCreateClose;

                _Use_decl_annotations_
                NTSTATUS SampleCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
                {
                    UNREFERENCED_PARAMETER(DeviceObject);
                    Irp->IoStatus.Status = STATUS_SUCCESS;
                    IoCompleteRequest(Irp, IO_NO_INCREMENT);
                    return STATUS_SUCCESS;
                }
                """);
        SimpleDeclaration role = all(unit, SimpleDeclaration.class).get(0);
        List<String> dispatched = role.specifiers().stream().filter(Annotation.class::isInstance)
                .map(s -> ((Annotation) s).arguments().orElseThrow()).toList();
        assertEquals(List.of("IRP_MJ_CREATE", "IRP_MJ_CLOSE"), dispatched);
        assertEquals("SampleCreateClose", role.declarators().get(0).declaredName().orElseThrow().name());
        assertTrue(function(unit, "SampleCreateClose").annotation("_Use_decl_annotations_").isPresent());
    }

    @Test
    void asmBlocksAreOneNode() {
        var unit = clean("""
                VOID Spin(VOID)
                {
                    __asm {
                        mov eax, 1
                        pause
                    }
                    __asm int 3
                    __asm__ __volatile__("nop" ::: "memory");
                    KeStallExecutionProcessor(1);
                }
                """);
        assertEquals(3, all(unit, AsmBlock.class).size());
        assertEquals(1, all(unit, Call.class).size());
    }

    @Test
    void pragmasAreNodes() {
        String code = """
                #pragma alloc_text(PAGE, SampleUnload)
                #pragma warning(disable: 4201)
                VOID SampleUnload(PDRIVER_OBJECT DriverObject)
                {
                #pragma prefast(suppress: 28175, "the driver owns this field")
                    DriverObject->MajorFunction[0] = NULL;
                    __pragma(warning(suppress: 6001)) DriverObject = NULL;
                }
                """;
        var unit = clean(code);
        List<String> names = all(unit, PragmaDirective.class).stream().map(PragmaDirective::name).toList();
        assertEquals(List.of("alloc_text", "warning", "prefast", "warning"), names);
        assertEquals("#pragma alloc_text(PAGE, SampleUnload)", all(unit, PragmaDirective.class).get(0).text());
    }

    @Test
    void gnuAttributesInSharedCode() {
        var unit = clean("""
                static int __attribute__((unused)) Spare;
                void __attribute__((noreturn)) Halt(void) __attribute__((cold));
                int Aligned(void) __attribute__((const)) { return __alignof__(long long); }
                """);
        assertEquals(4, all(unit, Annotation.class).stream().filter(a -> a.kind() == Annotation.Kind.ATTRIBUTE)
                .count());
    }

    @Test
    void c11Constructs() {
        String code = """
                _Static_assert(sizeof(ULONG) == 4, "ULONG is 32 bits");
                typedef struct _POINT { LONG X; LONG Y; } POINT;
                static const POINT Origin = { .X = 0, .Y = 0 };
                static const int Table[4] = { [0] = 1, [3] = 2 };
                #define KIND(x) _Generic((x), int: 1, default: 0)
                int Classify(int v)
                {
                    POINT p = (POINT){ .X = v, .Y = -v };
                    _Alignas(8) char buffer[16];
                    return _Generic(v, int: 1, long: 2, default: 0) + p.X + (int)_Alignof(POINT);
                }
                """;
        var unit = clean(code);
        assertEquals(1, all(unit, StaticAssertion.class).size());
        assertEquals(4, all(unit, DesignatedInitializer.class).size() - 2); // two in the literal
        assertEquals(1, all(unit, CompoundLiteral.class).size());
        assertEquals(1, all(unit, GenericSelection.class).size());
        assertEquals(2, all(unit, SizeofType.class).size()); // sizeof(ULONG) and _Alignof(POINT)
    }

    @Test
    void castsAndSizeofOfUnknownTypedefNames() {
        String code = """
                VOID Touch(PDEVICE_OBJECT DeviceObject, PIRP Irp)
                {
                    PDEVICE_EXTENSION ext = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;
                    PUCHAR buffer = (PUCHAR) Irp->AssociatedIrp.SystemBuffer;
                    SIZE_T all = (SIZE_T)-1;
                    ULONG size = sizeof(DEVICE_EXTENSION) * 2;
                    ULONG paren = (size) + 1;
                    (VOID)KeSetEvent(&ext->Event, IO_NO_INCREMENT, FALSE);
                }
                """;
        var unit = clean(code);
        assertEquals(4, all(unit, Cast.class).size());
        assertEquals("sizeof(DEVICE_EXTENSION)", text(only(unit, SizeofType.class), code));
        assertEquals(5, all(unit, DeclarationStatement.class).size());
    }

    @Test
    void unknownTypedefHeuristicAtStatementStart() {
        String code = """
                VOID Heuristic(VOID)
                {
                    WDFDEVICE device;
                    PWDF_OBJECT_ATTRIBUTES * attributes;
                    KIRQL oldIrql, newIrql;
                    counter * scale;
                    total = counter * scale;
                    Label:
                    device = NULL;
                }
                """;
        var unit = clean(code);
        List<DeclarationStatement> declarations = all(unit, DeclarationStatement.class);
        assertEquals(4, declarations.size());
        assertEquals(List.of("WDFDEVICE", "PWDF_OBJECT_ATTRIBUTES", "KIRQL", "counter"),
                declarations.stream().map(d -> ((TypedefName) d.declaration().specifiers().get(0)).name()).toList());
        assertEquals(2, all(unit, ExpressionStatement.class).size());
    }

    @Test
    void typedefNamesFromTheFileDecideAmbiguousStatements() {
        String code = """
                typedef unsigned long COUNT;
                VOID Use(VOID)
                {
                    COUNT * pointer;
                    COUNT (value);
                }
                """;
        var unit = clean(code);
        assertEquals(2, all(unit, DeclarationStatement.class).size());
    }

    @Test
    void topLevelMacrosWithAndWithoutSemicolons() {
        var unit = clean("""
                typedef struct _DEVICE_CONTEXT { WDFQUEUE Queue; } DEVICE_CONTEXT, *PDEVICE_CONTEXT;
                SAMPLE_DECLARE_CONTEXT_TYPE(DEVICE_CONTEXT, DeviceGetContext)
                SAMPLE_DEFINE_ID(ID_SAMPLE, 0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7, 0x8, 0x9, 0xa, 0xb);
                EVT_WDF_DRIVER_DEVICE_ADD SampleDeviceAdd;
                VOID Trace(VOID)
                {
                    TRACE_ENTRY(FLAG_INIT, ("entered %d", 1))
                    if (TRUE) { }
                }
                """);
        assertEquals(2, all(unit, MacroInvocation.class).size());
        assertEquals(1, all(unit, FunctionDefinition.class).size());
    }

    @Test
    void functionPointerTypedefsAndMembers() {
        var unit = clean("""
                typedef VOID (NTAPI *PWORKER)(_In_ PVOID Context);
                typedef NTSTATUS
                (*PFN_OPEN)(PUNICODE_STRING Name, PHANDLE Handle);
                typedef struct SAMPLE_CACHE_ALIGNED _QUEUE {
                    COMMON_HEADER;
                    PWORKER Worker;
                    ULONG Flags : 3;
                    union { ULONG Whole; struct { USHORT Low, High; }; };
                } QUEUE;
                VOID Run(QUEUE *Queue) { Queue->Worker(Queue); }
                """);
        assertEquals(1, all(unit, MemberAccess.class).size());
        StructSpecifier queue = all(unit, StructSpecifier.class).get(0);
        assertEquals(Annotation.Kind.MACRO, queue.annotations().get(0).kind());
    }

    @Test
    void functionsWhoseHeadAMacroWritesAreCountedForTheMainFile() {
        var unit = clean("""
                #define SAMPLE_STATUS long
                #define SAMPLE_ROUTINE(name) SAMPLE_STATUS name(void)
                SAMPLE_STATUS Counted(void) { return 0; }
                SAMPLE_ROUTINE(AlsoCounted) { return 1; }
                """);
        assertEquals(2, unit.functionCount());
        assertEquals(2, unit.parsedFunctionCount());
        assertEquals("AlsoCounted", all(unit, FunctionDefinition.class).get(1).name());
    }

    @Test
    void pragmasWhereCHasNoPlaceAreDetachedNotErrors() {
        var unit = clean("""
                #define LOOP_WHILE(c) __pragma(warning(disable: 4127)) while (c) __pragma(warning(default: 4127))
                __drv_allocatesMem(Mem)
                #pragma warning(suppress: 28195)
                PVOID
                #pragma warning(suppress: 28208)
                AllocateTracked(SIZE_T Size)
                {
                    PVOID p = ExAllocatePool2(POOL_FLAG_NON_PAGED,
                #pragma warning(suppress: 6014)
                                              Size, 'kcrT');
                    do { Size--; } LOOP_WHILE(Size > 0);
                    __try { Size = 0; }
                #pragma warning(suppress: 6320)
                    __except (1) { Size = 1; }
                    return p;
                }
                """);
        assertEquals(1, unit.parsedFunctionCount());
        assertEquals(6, unit.ast().detachedPragmas().size());
    }

    @Test
    void aProductOfTwoNamesInParenthesesIsNotACast() {
        var unit = clean("ULONG Offset(ULONG Index, ULONG Size) { return (Index * Size) >> 3; }\n"
                + "PUSHORT Word(PUCHAR p) { return (PUSHORT)(p + 1); }\n");
        assertEquals(1, all(unit, Cast.class).size());
    }
}
