package org.zwlint.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwlint.core.ast.DeclarationStatement;
import org.zwlint.core.ast.ExpressionStatement;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.SourceReader;

/** Typedef names from the bundled model, from headers and from the file decide what C alone cannot. */
class TypeNamesTest {

    @Test
    void theModelSeedsEveryUnit() {
        Set<String> model = Parsing.FRONT_END.modelTypeNames();
        assertTrue(model.containsAll(List.of("NTSTATUS", "HANDLE", "PIRP", "IO_STACK_LOCATION", "OBJECT_ATTRIBUTES")),
                "model typedef names: " + model.size());
        assertEquals(List.of(), Parsing.FRONT_END.modelDiagnostics(), "the grammar understands the whole model");
        // (PIRP) alone and NAME (x) are declarations only because the model says PIRP and HANDLE are types
        var unit = Parsing.clean("VOID F(PVOID p) { PIRP (irp); HANDLE (handle); Unknown (value); }");
        assertEquals(2, Parsing.all(unit, DeclarationStatement.class).size());
        assertEquals(1, Parsing.all(unit, ExpressionStatement.class).size());
    }

    @Test
    void theModelsScannedNamesAreThoseItsParseLearns() {
        for (Map<String, String> defines : List.of(Map.<String, String>of(), Map.of("_X86_", "1"),
                Map.of("_ARM64_", "1"), Map.of("KMDF_VERSION_MAJOR", "1", "NDIS630", "1", "DBG", "1"))) {
            ZwLintConfig config = new ZwLintConfig(defines, List.of(), List.of(), java.util.Optional.empty(), Set.of());
            FrontEnd frontEnd = new FrontEnd(config);
            Set<String> scanned = frontEnd.modelTypeNames();
            assertTrue(frontEnd.scanMatchesModel(), () -> "with " + defines + ": scanned but not parsed "
                    + difference(scanned, frontEnd.modelTypeNames()) + ", parsed but not scanned "
                    + difference(frontEnd.modelTypeNames(), scanned));
            assertTrue(scanned.size() > 500, "names: " + scanned.size());
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> left = new java.util.TreeSet<>(a);
        left.removeAll(b);
        return left;
    }

    @Test
    void headersAndTheFileAddTheirOwnTypedefs(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("sample.h"), "typedef struct _SAMPLE_QUEUE *PSAMPLE_QUEUE;\n");
        Path main = dir.resolve("main.c");
        Files.writeString(main, """
                #include "sample.h"
                typedef unsigned long SAMPLE_COUNT;
                VOID Drain(VOID)
                {
                    PSAMPLE_QUEUE (queue);
                    SAMPLE_COUNT (count);
                    Unknown (value);
                }
                """);
        SourceFile file = ((SourceReader.Loaded) SourceReader.read(main)).file();
        var unit = new FrontEnd(ZwLintConfig.defaults()).parse(file);
        assertEquals(List.of(), Parsing.errors(unit));
        assertEquals(2, Parsing.all(unit, DeclarationStatement.class).size());
        assertEquals(1, Parsing.all(unit, ExpressionStatement.class).size());
    }

    @Test
    void aFunctionWhoseOnlyParameterPointsToATypedefIsNamedByItsOwnName() {
        // NTSTATUS Submit(CHUNK *chunk) is not a type Submit before a nested declarator (CHUNK *chunk)
        var unit = Parsing.clean("""
                typedef struct _CHUNK { ULONG Bytes; } CHUNK;
                NTSTATUS Submit(CHUNK *chunk) { return chunk->Bytes; }
                static void Reset(ULONG *count) { *count = 0; }
                typedef VOID (NTAPI *PRESET)(ULONG *count);
                """);
        assertEquals(List.of("Submit", "Reset"), Parsing.all(unit, org.zwlint.core.ast.FunctionDefinition.class)
                .stream().map(org.zwlint.core.ast.FunctionDefinition::name).toList());
    }
}
