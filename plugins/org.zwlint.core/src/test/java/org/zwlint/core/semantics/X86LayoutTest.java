package org.zwlint.core.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zwlint.core.ast.TranslationUnit;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.parse.CParserDriver;
import org.zwlint.core.parse.FrontEnd;
import org.zwlint.core.parse.TypeNames;
import org.zwlint.core.preprocess.Preprocessor;
import org.zwlint.core.source.SourceFile;

/**
 * Layouts on a 32-bit target: the model parsed as an x86 build (_X86_, no _WIN64) and laid out with 4-byte
 * pointers, for the driver's structures and the model's, beside the x64 layouts the engine keeps using.
 */
class X86LayoutTest {
    private static final ZwLintConfig X86 = new ZwLintConfig(Map.of("_X86_", "1"), List.of("_WIN64"), List.of(),
            java.util.Optional.empty(), Set.of());
    private static final Preprocessor PREPROCESSOR = new Preprocessor(X86);
    private static final TranslationUnit MODEL_AST = new CParserDriver(new TypeNames(Set.of()),
            FrontEnd.DEFAULT_BUDGET.toNanos()).parse(PREPROCESSOR.modelUnit()).ast();
    private static final WdkDeclarations MODEL = WdkDeclarations.of(MODEL_AST);

    private static SemanticModel bind(String code) {
        FrontEnd frontEnd = new FrontEnd(PREPROCESSOR, FrontEnd.DEFAULT_BUDGET);
        return SemanticModel.build(frontEnd.parse(SourceFile.of(Semantics.SNIPPET, code)).ast(), MODEL);
    }

    @Test
    void aDriversStructureMovesItsFieldsAfterAPointer() {
        SemanticModel model = bind("""
                typedef struct _COPY_REQUEST {
                    ULONG Flags;
                    PVOID Source;
                    ULONG_PTR Cookie;
                    SIZE_T Length;
                    UNICODE_STRING Name;
                } COPY_REQUEST;
                """);
        TypeSystem types = model.types();
        CType request = types.typedef("COPY_REQUEST").orElseThrow();
        int x86 = TypeSystem.NARROW_POINTER;
        assertEquals(OptionalLong.of(4), types.field(request, "Source", x86).orElseThrow().offset());
        assertEquals(OptionalLong.of(8), types.field(request, "Cookie", x86).orElseThrow().offset());
        assertEquals(OptionalLong.of(12), types.field(request, "Length", x86).orElseThrow().offset());
        assertEquals(OptionalLong.of(16), types.field(request, "Name", x86).orElseThrow().offset());
        assertEquals(OptionalLong.of(24), types.sizeOf(request, x86));
        // the engine's own layout stays x64 (pointers 8), with the x86 typedefs of the model
        assertEquals(OptionalLong.of(8), types.field(request, "Source").orElseThrow().offset());
        assertEquals(OptionalLong.of(40), types.sizeOf(request));
    }

    @Test
    void theModelsRecordsHaveTheirX86Sizes() {
        TypeSystem types = bind("int unused;").types();
        int x86 = TypeSystem.NARROW_POINTER;
        assertEquals(OptionalLong.of(8), types.sizeOf(types.typedef("UNICODE_STRING").orElseThrow(), x86));
        assertEquals(OptionalLong.of(4), types.field(types.typedef("UNICODE_STRING").orElseThrow(), "Buffer", x86)
                .orElseThrow().offset());
        assertEquals(OptionalLong.of(8), types.sizeOf(types.typedef("IO_STATUS_BLOCK").orElseThrow(), x86));
        assertEquals(OptionalLong.of(24), types.sizeOf(types.typedef("OBJECT_ATTRIBUTES").orElseThrow(), x86));
    }
}
