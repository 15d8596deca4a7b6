package org.zwlint.core.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.Declarator;
import org.zwlint.core.ast.MemberAccess;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.StructSpecifier;
import org.zwlint.core.parse.ParsedUnit;

/**
 * Binding and typing a large unit: 5,000 dispatch-like functions, every expression typed. Prints the
 * times for a person to compare; they are not asserted, so a loaded machine cannot fail the build.
 */
class BuildSpeedTest {
    @Test
    void fiveThousandFunctions() {
        StringBuilder code = new StringBuilder("""
                typedef struct _SHELF_REQ { PVOID Target; ULONG Size; ULONG Flags[4]; } SHELF_REQ, *PSHELF_REQ;
                static ULONG g_Count;
                """);
        int functions = 5_000;
        for (int i = 0; i < functions; i++) {
            code.append("""
                    NTSTATUS ShelfHandler%d(PDEVICE_OBJECT DeviceObject, PIRP Irp)
                    {
                        PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);
                        PSHELF_REQ req = (PSHELF_REQ)Irp->AssociatedIrp.SystemBuffer;
                        ULONG len = sp->Parameters.DeviceIoControl.InputBufferLength;
                        if (len < sizeof(SHELF_REQ) || req->Size > len) {
                            return STATUS_INVALID_PARAMETER;
                        }
                        for (ULONG i = 0; i < 4; i++) {
                            g_Count += req->Flags[i] & 0x%x;
                        }
                        ProbeForRead(req->Target, req->Size, 1);
                        return sp->Parameters.DeviceIoControl.IoControlCode == CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_NEITHER, FILE_ANY_ACCESS)
                            ? STATUS_SUCCESS : STATUS_INVALID_DEVICE_REQUEST;
                    }
                    """.formatted(i, i));
        }
        long parseStart = System.nanoTime();
        // The front end's wall-clock guard would cut a 3 MB unit short on a loaded machine: this test counts work.
        ParsedUnit parsed = new org.zwlint.core.parse.FrontEnd(Semantics.PREPROCESSOR, java.time.Duration.ofHours(1))
                .parse(org.zwlint.core.source.SourceFile.of(Semantics.SNIPPET, code.toString()));
        long parse = System.nanoTime() - parseStart;
        SemanticModel.build(parsed.ast(), Semantics.MODEL); // warm-up
        long start = System.nanoTime();
        SemanticModel model = SemanticModel.build(parsed.ast(), Semantics.MODEL);
        long bound = System.nanoTime();
        long parents = time(model::parents);
        int typed = 0;
        int unknown = 0;
        for (Expression e : Semantics.nodes(model, Expression.class)) {
            typed++;
            if (!model.typeOf(e).isKnown() && !isName(model, e)) {
                unknown++;
            }
        }
        long done = System.nanoTime();
        System.out.printf("semantics: %d functions (%d KB), parse %.1f ms, bind %.1f ms, parents %.1f ms, typeOf of %d expressions %.1f ms%n",
                functions, code.length() / 1024, parse / 1e6, (bound - start) / 1e6, parents / 1e6, typed, (done - bound - parents) / 1e6);

        assertEquals(functions, model.functions().size());
        assertEquals(0, unknown, "every expression of these handlers has a known type");
        // The times are printed for a person to read, not asserted: a loaded machine must not fail the build.
    }

    /** A declared name, a tag or the member name of a.b: an Identifier node, but not an expression with a type. */
    private static boolean isName(SemanticModel model, Expression e) {
        Node parent = model.parents().parent(e).orElse(e);
        return parent instanceof MemberAccess m && m.member() == e || parent instanceof Declarator
                || parent instanceof StructSpecifier;
    }

    private static long time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }
}
