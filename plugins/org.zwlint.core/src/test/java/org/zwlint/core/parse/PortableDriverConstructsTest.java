package org.zwlint.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zwlint.core.parse.Parsing.all;
import static org.zwlint.core.parse.Parsing.clean;
import static org.zwlint.core.parse.Parsing.function;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zwlint.core.ast.CompoundLiteral;
import org.zwlint.core.ast.SizeofType;

/**
 * Constructs that open-source drivers outside the WDK samples use and the front end once missed:
 * the pointer-size modifiers written through POINTER_32/POINTER_64, declspecs and alignment
 * decorations at the start of a type name in an expression, and the registry value types a
 * header's endianness check compares.
 */
class PortableDriverConstructsTest {

    @Test
    void pointerSizeModifiersThroughTheirMacros() {
        var unit = clean("""
                typedef struct _THUNK32 { ULONG Length; VOID * POINTER_32 Buffer; } THUNK32;
                typedef struct _THUNK64 { ULONG Length; VOID * POINTER_64 Buffer; PCHAR POINTER_UNSIGNED Name; } THUNK64;
                typedef UCHAR * POINTER_SIGNED FIRMWARE_PTR PBYTE_SIGNED;
                ULONG ThunkSize(THUNK32 *t, VOID * POINTER_64 * slots) { return t->Length + (slots != NULL); }
                """);
        function(unit, "ThunkSize");
    }

    @Test
    void declspecAlignInTheTypeNameOfACompoundLiteral() {
        String code = """
                typedef struct _RING { ULONG Head; ULONG Tail; } RING;
                ULONG RingReset(void)
                {
                    RING r = (__declspec(align(16)) RING){ 0 };
                    struct __declspec(align(8)) MARK { int a; } *m = &(struct __declspec(align(8)) MARK){ 1 };
                    return r.Head + m->a + (ULONG)sizeof(__declspec(align(32)) RING)
                        + (ULONG)sizeof(_Alignas(8) int);
                }
                """;
        var unit = clean(code);
        assertEquals(2, all(unit, CompoundLiteral.class).size());
        assertEquals(2, all(unit, SizeofType.class).size());
    }

    @Test
    void compoundLiteralsOfArrayType() {
        var unit = clean("""
                ULONG_PTR Sum(ULONG_PTR *v, ULONG n) { ULONG_PTR s = 0; while (n--) { s += v[n]; } return s; }
                ULONG_PTR Args(ULONG_PTR a, ULONG_PTR b)
                {
                    PVOID packed = (PVOID)(ULONG_PTR[]){ a, b, a + b };
                    UCHAR *pad = (UCHAR[16]){ 0 };
                    UCHAR *aligned = (UCHAR *)(DECLSPEC_ALIGN(8) UCHAR[]){ 0x01, 0x00, 0x14, 0x90 };
                    return Sum((ULONG_PTR[2]){ a, b }, 2) + (packed != NULL) + pad[0] + aligned[0] + (a[&b - &b]);
                }
                """);
        assertEquals(4, all(unit, CompoundLiteral.class).size());
    }

    @Test
    void analysisHintsStandAsStatementsWithoutASemicolon() {
        var unit = clean("""
                typedef struct _BINDING { KSPIN_LOCK Lock; ULONG Users; } BINDING;
                BOOLEAN StartUsing(BINDING *binding)
                {
                    _Analysis_suppress_lock_checking_(binding->Lock)
                    _Analysis_assume_(binding != NULL)
                    if (!binding) {
                        return FALSE;
                    }
                    _Benign_race_begin_
                    binding->Users++;
                    _Benign_race_end_
                    return TRUE;
                }
                """);
        assertEquals(1, all(unit, org.zwlint.core.ast.FunctionDefinition.class).size());
    }

    @Test
    void ndisSixVersionsAreSupportedWhenTheProjectNamesNone() {
        clean("""
                #if !NDIS_SUPPORT_NDIS6 || !NDIS_SUPPORT_NDIS620 || !NDIS_SUPPORT_NDIS680
                #error the model's NDIS version ladder is missing
                #endif
                ULONG Version(void) { return 0x00060014; }
                """);
    }

    @Test
    void endiannessCheckOfAHeaderPassesAgainstTheModel() {
        var unit = clean("""
                #if REG_DWORD != REG_DWORD_LITTLE_ENDIAN || REG_DWORD_BIG_ENDIAN != 5
                #error the model's registry value types disagree with an x64 build
                #endif
                #if REG_QWORD != REG_QWORD_LITTLE_ENDIAN
                #error no
                #endif
                ULONG ValueTypes[] = { REG_LINK, REG_RESOURCE_LIST, REG_FULL_RESOURCE_DESCRIPTOR,
                    REG_RESOURCE_REQUIREMENTS_LIST };
                """);
        assertEquals(List.of(), unit.diagnostics().stream().filter(d -> d.message().contains("#error")).toList());
    }
}
