package org.zwlint.core.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.Enumerator;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.Parameter;

/** Identifier uses resolved to their declarations across scopes, the unit and the model. */
class ScopesAndSymbolsTest {
    private static List<Identifier> uses(SemanticModel model, String name) {
        return Semantics.nodes(model, Identifier.class).stream().filter(i -> i.name().equals(name))
                .filter(i -> model.symbol(i).isPresent()).toList();
    }

    @Test
    void aBlockLocalShadowsTheParameterOnlyInsideItsBlock() {
        SemanticModel model = Semantics.bind("""
                ULONG Clamp(ULONG len)
                {
                    ULONG total = len;
                    {
                        ULONG len = 4;
                        total += len;
                    }
                    return total + len;
                }
                """);
        FunctionDefinition clamp = Semantics.function(model, "Clamp");
        Symbol parameter = model.parameters(clamp).get(0);
        assertEquals(SymbolKind.PARAMETER, parameter.kind());
        assertEquals(0, parameter.parameterIndex());
        assertInstanceOf(Parameter.class, parameter.declaration());
        List<Identifier> uses = uses(model, "len");
        assertEquals(3, uses.size(), "three uses of len");
        assertSame(parameter, model.symbol(uses.get(0)).orElseThrow(), "total = len");
        Symbol local = model.symbol(uses.get(1)).orElseThrow();
        assertEquals(SymbolKind.LOCAL, local.kind());
        assertEquals(-1, local.parameterIndex());
        assertNotSame(parameter, local);
        assertSame(parameter, model.symbol(uses.get(2)).orElseThrow(), "after the block");
    }

    @Test
    void globalsEnumConstantsAndTheirValues() {
        SemanticModel model = Semantics.bind("""
                typedef enum _SHELF_STATE { ShelfIdle, ShelfBusy = 5, ShelfGone } SHELF_STATE;
                static LONG g_OpenCount;
                extern ULONG g_Limit;
                ULONG g_Limit = 10;
                LONG Touch(void)
                {
                    SHELF_STATE s = ShelfGone;
                    g_OpenCount++;
                    return g_OpenCount + (LONG)g_Limit + s;
                }
                """);
        Symbol count = model.symbol(uses(model, "g_OpenCount").get(0)).orElseThrow();
        assertEquals(SymbolKind.GLOBAL, count.kind());
        assertTrue(count.isStatic());
        assertFalse(count.fromModel());
        assertSame(count, model.symbol(uses(model, "g_OpenCount").get(1)).orElseThrow());
        Symbol limit = model.symbol(uses(model, "g_Limit").get(0)).orElseThrow();
        assertEquals(2, limit.declarations().size(), "extern declaration and definition are one global");
        Symbol gone = model.symbol(uses(model, "ShelfGone").get(0)).orElseThrow();
        assertEquals(SymbolKind.ENUM_CONSTANT, gone.kind());
        assertInstanceOf(Enumerator.class, gone.declaration());
        assertEquals(OptionalLong.of(6), gone.enumValue());
        assertEquals(OptionalLong.of(6), model.constantValue(Semantics.initializer(model, "s")));
        assertEquals(new EnumType("_SHELF_STATE"), gone.type());
        assertTrue(model.parameters(Semantics.function(model, "Touch")).isEmpty(), "(void) has no parameters");
    }

    @Test
    void modelRoutinesAndConstantsResolveToTheModel() {
        SemanticModel model = Semantics.bind("""
                VOID Check(PVOID Buffer, ULONG Length, KPROCESSOR_MODE Mode)
                {
                    if (Mode != KernelMode) {
                        ProbeForRead(Buffer, Length, 1);
                    }
                }
                """);
        Symbol probe = model.symbol(uses(model, "ProbeForRead").get(0)).orElseThrow();
        assertEquals(SymbolKind.FUNCTION, probe.kind());
        assertTrue(probe.fromModel());
        assertTrue(probe.definition().isEmpty());
        assertSame(probe, model.function("ProbeForRead").orElseThrow());
        assertSame(probe, Semantics.MODEL.symbol("ProbeForRead").orElseThrow());
        assertEquals(3, model.parameters(probe).size());
        assertEquals("Length", model.parameters(probe).get(1).name());
        assertEquals("void", ((FunctionType) probe.type()).result().display());
        Symbol kernelMode = model.symbol(uses(model, "KernelMode").get(0)).orElseThrow();
        assertEquals(SymbolKind.ENUM_CONSTANT, kernelMode.kind());
        assertTrue(kernelMode.fromModel());
        assertEquals(OptionalLong.of(0), kernelMode.enumValue());
        assertTrue(model.function("ZwCreateFile").orElseThrow().fromModel());
    }

    @Test
    void prototypesAndTheDefinitionAreOneFunctionWithTheirAnnotations() {
        SemanticModel model = Semantics.bind("""
                static NTSTATUS CopyIn(_In_reads_bytes_(Length) PVOID Buffer, _In_ ULONG Length);
                DRIVER_DISPATCH ShelfCreate;

                _Use_decl_annotations_
                static NTSTATUS CopyIn(PVOID Buffer, ULONG Length)
                {
                    return Length ? STATUS_SUCCESS : CopyIn(Buffer, 0);
                }

                NTSTATUS ShelfCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
                {
                    return CopyIn(Irp, 1);
                }
                """);
        FunctionDefinition copyIn = Semantics.function(model, "CopyIn");
        Symbol symbol = model.functionSymbol(copyIn);
        assertTrue(symbol.isStatic());
        assertEquals(2, symbol.declarations().size());
        assertSame(copyIn, symbol.definition().orElseThrow());
        assertSame(copyIn.declarator(), symbol.declaration());
        for (Call call : Semantics.nodes(model, Call.class)) {
            if (call.calleeName().orElse("").equals("CopyIn")) {
                assertSame(symbol, model.symbol((Identifier) call.callee()).orElseThrow());
            }
        }
        Symbol buffer = model.parameters(copyIn).get(0);
        assertEquals("Length", SalFacts.readableBytes(buffer).orElseThrow(), "SAL from the prototype");
        Symbol create = model.function("ShelfCreate").orElseThrow();
        assertEquals(List.of("DRIVER_DISPATCH"), create.typedefNames());
        assertTrue(create.definition().isPresent());
        assertFalse(create.fromModel());
        assertEquals(2, model.functions().size());
    }

    @Test
    void aFieldThroughANestedAnonymousUnion() {
        SemanticModel model = Semantics.bind("""
                typedef struct _SHELF_ITEM {
                    ULONG Kind;
                    union {
                        struct {
                            PVOID Address;
                            SIZE_T Length;
                        };
                        ULONGLONG Raw[2];
                    };
                    UNICODE_STRING Name;
                } SHELF_ITEM, *PSHELF_ITEM;

                SIZE_T Measure(PSHELF_ITEM Item)
                {
                    PVOID a = Item->Address;
                    return Item->Length + Item->Name.Length;
                }
                """);
        TypeSystem types = model.types();
        CType item = types.typedef("SHELF_ITEM").orElseThrow();
        Field address = types.field(item, "Address").orElseThrow();
        assertEquals("void *", address.type().display());
        assertEquals(OptionalLong.of(8), address.offset());
        assertEquals(OptionalLong.of(16), types.field(item, "Length").orElseThrow().offset());
        assertEquals(OptionalLong.of(24), types.field(item, "Name").orElseThrow().offset());
        assertEquals(OptionalLong.of(40), types.sizeOf(item));
        assertEquals(List.of("Kind", "Address", "Length", "Raw", "Name"),
                types.fields(item).stream().map(Field::name).toList());
        assertEquals("void *", model.typeOf(Semantics.initializer(model, "a")).display());
    }

    @Test
    void minifilterNeitherBufferHasAPointerType() {
        String code = """
                FLT_PREOP_CALLBACK_STATUS ShelfPreDeviceControl(PFLT_CALLBACK_DATA Data,
                    PCFLT_RELATED_OBJECTS FltObjects, PVOID *CompletionContext)
                {
                    PVOID in = Data->Iopb->Parameters.DeviceIoControl.Neither.InputBuffer;
                    ULONG length = Data->Iopb->Parameters.DeviceIoControl.Common.InputBufferLength;
                    KPROCESSOR_MODE mode = Data->RequestorMode;
                    return FLT_PREOP_SUCCESS_NO_CALLBACK;
                }
                """;
        SemanticModel model = Semantics.bind(code);
        assertEquals("void *", model.typeOf(Semantics.expression(model, code,
                "Data->Iopb->Parameters.DeviceIoControl.Neither.InputBuffer")).display());
        assertEquals("unsigned long", model.typeOf(Semantics.initializer(model, "length")).display());
        assertEquals("char", model.typeOf(Semantics.initializer(model, "mode")).display());
        assertEquals("struct _FLT_IO_PARAMETER_BLOCK *",
                model.typeOf(Semantics.expression(model, code, "Data->Iopb")).display());
    }

    @Test
    void kmdfQueueCallbacksAreFunctionPointers() {
        String code = """
                EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL ShelfEvtIoDeviceControl;
                NTSTATUS ShelfQueueInit(WDFDEVICE Device)
                {
                    WDF_IO_QUEUE_CONFIG config;
                    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&config, WdfIoQueueDispatchParallel);
                    config.EvtIoDeviceControl = ShelfEvtIoDeviceControl;
                    return WdfIoQueueCreate(Device, &config, WDF_NO_OBJECT_ATTRIBUTES, NULL);
                }
                """;
        SemanticModel model = Semantics.bind(code);
        CType slot = model.typeOf(Semantics.expression(model, code, "config.EvtIoDeviceControl"));
        assertInstanceOf(FunctionType.class, slot.pointee().orElseThrow(), slot.display());
        Symbol callback = model.function("ShelfEvtIoDeviceControl").orElseThrow();
        assertEquals(5, ((FunctionType) callback.type()).parameters().size());
        assertEquals(5, model.parameters(callback).size());
    }

    @Test
    void structTagThenNameDeclaresTheName() {
        SemanticModel model = Semantics.bind("""
                typedef struct _SHELF_CTX SHELF_CTX;
                struct _SHELF_CTX {
                    struct _LIST_ENTRY Links;
                    ULONG Count;
                };
                ULONG Peek(SHELF_CTX *Context)
                {
                    struct _SHELF_CTX copy;
                    copy = *Context;
                    return copy.Count;
                }
                """);
        CType context = model.types().typedef("SHELF_CTX").orElseThrow();
        assertEquals("struct _SHELF_CTX", context.display());
        assertEquals(OptionalLong.of(16), model.types().field(context, "Count").orElseThrow().offset());
        Identifier copy = uses(model, "copy").get(0);
        assertEquals(SymbolKind.LOCAL, model.symbol(copy).orElseThrow().kind());
        assertEquals(context, model.typeOf(copy));
    }
}
