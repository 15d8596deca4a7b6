package org.zwlint.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.zwlint.core.ast.Annotation;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.Literal;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.TranslationUnit;

/**
 * For every node not produced by a macro, the source text in its range is the node's own
 * spelling: a leaf's token text (names, literals, keywords, annotations, pragmas), and for a
 * composite node the text from its first token to its last, which must hold its children in
 * order and neither begin nor end with layout or comments.
 */
class RoundTripTest {
    private static final String DRIVER = """
            /* a driver-like unit with one of everything */
            #include <ntddk.h>
            #define POOL_TAG 'lpmS'
            #define CLOSE_QUIETLY(h) (VOID)ZwClose(h)
            #pragma warning(disable: 4201)

            typedef struct _SAMPLE_CONTEXT {
                KSPIN_LOCK Lock;
                LIST_ENTRY Pending;
                union { ULONG Flags; struct { ULONG Open : 1; ULONG Spare : 31; }; };
                _Field_size_(Count) PULONG Values;
                ULONG Count;
            } SAMPLE_CONTEXT, *PSAMPLE_CONTEXT;

            typedef enum _SAMPLE_STATE { Idle = 0, Busy, Gone = 7 } SAMPLE_STATE;
            typedef NTSTATUS (NTAPI *PSAMPLE_CALLBACK)(_In_ PVOID Context);

            DRIVER_INITIALIZE DriverEntry;
            static const UNICODE_STRING Names[2] = { RTL_CONSTANT_STRING(L"a"), { 0 } };

            _Use_decl_annotations_
            NTSTATUS
            SampleRead(PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
            {
                PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
                PSAMPLE_CONTEXT context = (PSAMPLE_CONTEXT)DeviceObject->DeviceExtension;
                ULONG length = stack->Parameters.Read.Length, i;
                KIRQL irql;
                PVOID buffer = ExAllocatePoolWithTag(NonPagedPoolNx, length ? length : 1, POOL_TAG);

                if (buffer == NULL) {
                    return STATUS_INSUFFICIENT_RESOURCES;
                } else if (length > sizeof(SAMPLE_CONTEXT) * 2u) {
                    length = (ULONG)sizeof context->Values[0];
                }
                KeAcquireSpinLock(&context->Lock, &irql);
                for (i = 0; i < context->Count && i < length / 4; i++) {
                    context->Values[i] += ~i << 1 | (i & 0x3);
                }
                KeReleaseSpinLock(&context->Lock, irql);
                __try {
                    ProbeForWrite(Irp->UserBuffer, length, __alignof(ULONG));
                    RtlCopyMemory(Irp->UserBuffer, buffer, length);
                } __except (EXCEPTION_EXECUTE_HANDLER) {
                    length = 0;
                }
                switch (stack->MajorFunction) {
                case IRP_MJ_READ:
                    break;
                default:
                    goto done;
                }
                do { --length; } while (length > 0 && !(length % 2));
            done:
                CLOSE_QUIETLY(NULL);
                ExFreePoolWithTag(buffer, POOL_TAG);
                Irp->IoStatus.Information = length;
                return STATUS_SUCCESS;
            }
            """;

    @Test
    void everyNodeSpansItsOwnSpelling() {
        TranslationUnit ast = Parsing.clean(DRIVER).ast();
        List<String> problems = new ArrayList<>();
        int[] checked = new int[2];
        ast.walk(node -> check(node, problems, checked));
        assertEquals(List.of(), problems);
        assertTrue(checked[0] > 120, "leaves checked: " + checked[0]);
        assertTrue(checked[1] > 120, "composites checked: " + checked[1]);
    }

    @Test
    void macroOutputCarriesTheExpansionSite() {
        var unit = Parsing.clean(DRIVER);
        Call close = Parsing.all(unit, Call.class).stream()
                .filter(c -> c.calleeName().orElse("").equals("ZwClose")).findFirst().orElseThrow();
        String site = Parsing.text(new Identifier(new org.zwlint.core.ast.Span(close.expansionSite().orElseThrow(),
                java.util.Optional.empty()), ""), DRIVER);
        assertEquals("CLOSE_QUIETLY(NULL)", site);
        assertFalse(Parsing.all(unit, Literal.class).stream().anyMatch(l -> l.text().equals("'lpmS'")
                && l.expansionSite().isEmpty()), "POOL_TAG's literal comes from the macro");
    }

    private static void check(Node node, List<String> problems, int[] checked) {
        if (node.expansionSite().isPresent() || !node.range().file().toString().equals("snippet.c")
                || node instanceof TranslationUnit) {
            return;
        }
        String text = DRIVER.substring(node.range().startOffset(), node.range().endOffset());
        Optional<String> spelling = NodeSpelling.of(node);
        if (spelling.isPresent()) {
            checked[0]++;
            if (!text.equals(spelling.get())) {
                problems.add(node.getClass().getSimpleName() + " spelled '" + spelling.get() + "' but range has '" + text
                        + "'");
            }
            return;
        }
        checked[1]++;
        if (node instanceof Annotation annotation && !text.startsWith(annotation.name())) {
            problems.add("annotation " + annotation.name() + " at '" + text + "'");
        }
        if (text.isEmpty() || !text.equals(text.strip()) || text.startsWith("/") && !text.startsWith("/=")) {
            problems.add(node.getClass().getSimpleName() + " has layout at its edges: '" + text + "'");
        }
        int last = node.range().startOffset();
        for (Node child : node.children()) {
            if (child.expansionSite().isPresent() || !child.range().file().equals(node.range().file())) {
                continue;
            }
            if (child.range().startOffset() < last || child.range().endOffset() > node.range().endOffset()) {
                problems.add(node.getClass().getSimpleName() + " '" + text + "' does not hold its child "
                        + child.getClass().getSimpleName() + " in order");
            }
            last = child.range().endOffset();
        }
    }
}
