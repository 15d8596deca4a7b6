package org.zwlint.core.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** The types of the expressions driver code reaches user buffers through. */
class TypesOfDriverExpressionsTest {
    private static final String DISPATCH = """
            typedef struct _MY_INPUT {
                PVOID Target;
                ULONG Size;
            } MY_INPUT, *PMY_INPUT;

            NTSTATUS ShelfDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
            {
                PIO_STACK_LOCATION IrpSp = IoGetCurrentIrpStackLocation(Irp);
                PVOID buf = Irp->AssociatedIrp.SystemBuffer;
                PVOID raw = IrpSp->Parameters.DeviceIoControl.Type3InputBuffer;
                ULONG inLen = IrpSp->Parameters.DeviceIoControl.InputBufferLength;
                PVOID target = ((PMY_INPUT)buf)->Target;
                UCHAR first = ((PUCHAR)raw)[inLen - 1];
                PDRIVER_DISPATCH slot = DeviceObject->DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL];
                PIRP again = (Irp);
                ULONG_PTR size = sizeof(MY_INPUT);
                return STATUS_SUCCESS;
            }
            """;

    private static final SemanticModel MODEL = Semantics.bind(DISPATCH);

    private static CType typeOf(String text) {
        return MODEL.typeOf(Semantics.expression(MODEL, DISPATCH, text));
    }

    @Test
    void systemBufferIsAVoidPointer() {
        assertEquals("void *", typeOf("Irp->AssociatedIrp.SystemBuffer").display());
        assertEquals(new Pointer(VoidType.VOID), typeOf("Irp->AssociatedIrp.SystemBuffer"));
    }

    @Test
    void type3InputBufferAndItsLengthThroughTheParametersUnion() {
        assertEquals("void *", typeOf("IrpSp->Parameters.DeviceIoControl.Type3InputBuffer").display());
        CType length = typeOf("IrpSp->Parameters.DeviceIoControl.InputBufferLength");
        assertInstanceOf(Scalar.class, length);
        assertEquals(4, ((Scalar) length).size());
        assertEquals("unsigned long", ((Scalar) length).name());
    }

    @Test
    void theStackLocationComesFromTheModelPrototype() {
        assertEquals("struct _IO_STACK_LOCATION *", typeOf("IoGetCurrentIrpStackLocation(Irp)").display());
    }

    @Test
    void theDriversOwnStructThroughACast() {
        assertEquals("struct _MY_INPUT *", typeOf("(PMY_INPUT)buf").display());
        assertEquals("void *", typeOf("((PMY_INPUT)buf)->Target").display());
        assertEquals("unsigned char", typeOf("((PUCHAR)raw)[inLen - 1]").display());
    }

    @Test
    void majorFunctionSlotIsAPointerToAFunction() {
        CType slot = typeOf("DeviceObject->DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL]");
        assertTrue(slot.isPointer(), slot.display());
        FunctionType dispatch = assertInstanceOf(FunctionType.class, slot.pointee().orElseThrow());
        assertEquals("long", dispatch.result().display());
        assertEquals("struct _DEVICE_OBJECT *", dispatch.parameters().get(0).display());
        assertEquals("struct _IRP *", dispatch.parameters().get(1).display());
        CType table = typeOf("DeviceObject->DriverObject->MajorFunction");
        Array array = assertInstanceOf(Array.class, table);
        assertEquals(OptionalLong.of(0x1c), array.length(), "IRP_MJ_MAXIMUM_FUNCTION + 1");
    }

    @Test
    void sizeofTheDriversStructIsSixteenOnX64() {
        CType input = MODEL.types().typedef("MY_INPUT").orElseThrow();
        assertEquals(OptionalLong.of(16), MODEL.types().sizeOf(input));
        assertEquals(OptionalLong.of(8), MODEL.types().field(input, "Size").orElseThrow().offset());
        assertEquals(OptionalLong.of(16), MODEL.constantValue(Semantics.initializer(MODEL, "size")));
        assertEquals("unsigned long long", typeOf("sizeof(MY_INPUT)").display());
    }

    @Test
    void parenthesesKeepTheType() {
        assertEquals("struct _IRP *", typeOf("(Irp)").display());
    }

    @Test
    void modelRecordsHaveX64Layouts() {
        TypeSystem types = MODEL.types();
        CType irp = types.typedef("IRP").orElseThrow();
        assertEquals(OptionalLong.of(24), types.field(irp, "AssociatedIrp").orElseThrow().offset());
        CType unicode = types.typedef("UNICODE_STRING").orElseThrow();
        assertEquals(OptionalLong.of(16), types.sizeOf(unicode));
        assertEquals(OptionalLong.of(8), types.field(unicode, "Buffer").orElseThrow().offset());
        // POINTER_ALIGNMENT puts InputBufferLength at 8 in the DeviceIoControl parameters on x64.
        CType stack = types.typedef("IO_STACK_LOCATION").orElseThrow();
        CType parameters = types.field(stack, "Parameters").orElseThrow().type();
        CType ioctl = types.field(parameters, "DeviceIoControl").orElseThrow().type();
        assertEquals(OptionalLong.of(8), types.field(ioctl, "InputBufferLength").orElseThrow().offset());
        assertEquals(OptionalLong.of(24), types.field(ioctl, "Type3InputBuffer").orElseThrow().offset());
        assertEquals(OptionalLong.of(32), types.sizeOf(ioctl));
    }
}
