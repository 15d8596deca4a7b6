package org.zwlint.core.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.zwlint.core.ast.Annotation;

/** Buffer sizes, optional pointers and _When_ conditions from the driver's SAL. */
class SalFactsTest {
    private static final SemanticModel MODEL = Semantics.bind("""
            _When_(return >= 0, _Out_range_(>, 0))
            NTSTATUS ShelfCopy(
                _In_reads_bytes_(Length) PVOID Buffer,
                _In_ ULONG Length,
                _Out_writes_bytes_to_(OutLength, *Written) PVOID Out,
                _In_ ULONG OutLength,
                _Out_opt_ PULONG Written,
                _In_reads_(Count) PULONG Values,
                _In_ ULONG Count,
                _Inout_updates_bytes_opt_(Size) PUCHAR Scratch,
                _In_opt_ PVOID Context,
                _When_(Length > 0, _Out_writes_bytes_(Length)) PVOID Echo,
                __in_bcount(Length) PVOID Legacy,
                _Out_writes_(4) PSHELF_NAME Names,
                ULONG Size)
            {
                return STATUS_SUCCESS;
            }
            """.replace("PSHELF_NAME", "PUNICODE_STRING"));

    private static Symbol parameter(String name) {
        return MODEL.parameters(Semantics.function(MODEL, "ShelfCopy")).stream().filter(p -> p.name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void bufferSizes() {
        assertEquals(Optional.of("Length"), SalFacts.readableBytes(parameter("Buffer")));
        assertEquals(Optional.empty(), SalFacts.writableBytes(parameter("Buffer")));
        assertEquals(Optional.of("OutLength"), SalFacts.writableBytes(parameter("Out")));
        assertEquals(Optional.of("(Count) * 4"), SalFacts.readableBytes(parameter("Values")));
        assertEquals(Optional.of("Size"), SalFacts.readableBytes(parameter("Scratch")));
        assertEquals(Optional.of("Size"), SalFacts.writableBytes(parameter("Scratch")));
        assertEquals(Optional.of("Length"), SalFacts.readableBytes(parameter("Legacy")));
        assertEquals(Optional.of("(4) * 16"), SalFacts.writableBytes(parameter("Names")).map(s -> s.replace(
                "sizeof(struct _UNICODE_STRING)", "16")));
        assertEquals(Optional.empty(), SalFacts.readableBytes(parameter("Length")));
        SalBuffer values = SalFacts.buffer(parameter("Values")).orElseThrow();
        assertFalse(values.bytes());
        assertTrue(values.readable());
        assertFalse(values.writable());
    }

    @Test
    void optionalPointers() {
        assertTrue(SalFacts.optional(parameter("Written")));
        assertTrue(SalFacts.optional(parameter("Context")));
        assertTrue(SalFacts.optional(parameter("Scratch")));
        assertFalse(SalFacts.optional(parameter("Buffer")));
        assertFalse(SalFacts.optional(parameter("Length")));
    }

    @Test
    void whenConditionsAreKeptWithTheirAnnotations() {
        Symbol echo = parameter("Echo");
        assertEquals(Optional.empty(), SalFacts.writableBytes(echo), "conditional, so not an unconditional fact");
        List<WhenCondition> when = SalFacts.when(echo);
        assertEquals(1, when.size());
        assertEquals("Length > 0", when.get(0).condition());
        Annotation inner = when.get(0).annotations().get(0);
        assertEquals("_Out_writes_bytes_", inner.name());
        assertEquals(Optional.of("Length"), inner.arguments());
        assertEquals("Length", SalFacts.buffer(inner).orElseThrow().size());

        List<WhenCondition> function = SalFacts.when(Semantics.function(MODEL, "ShelfCopy"));
        assertEquals(1, function.size());
        assertEquals("return >= 0", function.get(0).condition());
        assertEquals("_Out_range_", function.get(0).annotations().get(0).name());
        assertEquals(function, SalFacts.when(MODEL.function("ShelfCopy").orElseThrow()));
    }
}
