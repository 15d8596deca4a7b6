package org.zwlint.core.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Integer constant expressions, as the preprocessor leaves them (macros expanded). */
class ConstantValueTest {
    private static OptionalLong value(String expression) {
        SemanticModel model = Semantics.bind("""
                #define IOCTL_SHELF_PUT CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_NEITHER, FILE_ANY_ACCESS)
                enum { SHELF_SLOTS = 8, SHELF_LAST = SHELF_SLOTS - 1 };
                typedef struct _SHELF_SLOT { UCHAR Tag; ULONGLONG Value; } SHELF_SLOT;
                SHELF_SLOT g_Slots[SHELF_SLOTS];
                unsigned long long probe = %s;
                """.formatted(expression));
        return model.constantValue(Semantics.initializer(model, "probe"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
            "IOCTL_SHELF_PUT => 2236419",
            "CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_READ_DATA | FILE_WRITE_DATA) => 2285572",
            "(((0x22) << 16) | ((0) << 14) | ((0x800) << 2) | (3)) => 0x222003",
            "IOCTL_SHELF_PUT & 3 => 3",
            "0x10 => 16",
            "010 => 8",
            "10u => 10",
            "0xFFFFFFFFUL => 4294967295",
            "~0U => 4294967295",
            "~0 => -1",
            "-1 + 0u => 4294967295",
            "1i64 << 40 => 1099511627776",
            "0x8000000000000000ui64 >> 63 => 1",
            "(UCHAR)0x1FF => 255",
            "(CHAR)0xFF => -1",
            "(USHORT)-1 => 65535",
            "SHELF_LAST => 7",
            "sizeof(SHELF_SLOT) => 16",
            "sizeof(g_Slots) => 128",
            "sizeof g_Slots[0].Tag => 1",
            "sizeof(PVOID) => 8",
            "sizeof(LARGE_INTEGER) => 8",
            "sizeof(UNICODE_STRING) => 16",
            "FIELD_OFFSET(SHELF_SLOT, Value) => 8",
            "FIELD_OFFSET(UNICODE_STRING, Buffer) + 2 => 10",
            "(ULONG_PTR)&((SHELF_SLOT *)0)->Tag => 0",
            "(ULONG_PTR)&(((OBJECT_ATTRIBUTES *)0)->ObjectName) => 16",
            "7 / 2 => 3",
            "-7 % 3 => -1",
            "3 > 2 ? 10 : 20 => 10",
            "1 && 0 => 0",
            "0 || 5 => 1",
            "!0 => 1",
            "'A' => 65",
            "'\\n' => 10",
            "2 == 2 => 1",
            "-1 < 0u => 0",
            "STATUS_ACCESS_DENIED => -1073741790",
            "IRP_MJ_MAXIMUM_FUNCTION + 1 => 28",
    })
    void folds(String expression, String expected) {
        long value = expected.startsWith("0x") ? Long.parseLong(expected.substring(2), 16) : Long.parseLong(expected);
        assertEquals(OptionalLong.of(value), value(expression), expression);
    }

    @ParameterizedTest
    @ValueSource(strings = { "1 / 0", "g_Slots[0].Tag", "(ULONG_PTR)&g_Slots", "1.5", "1 << 40",
            "(ULONG_PTR)&g_Slots[1].Value", "(ULONG_PTR)&((SHELF_SLOT *)g_Slots)->Value" })
    void notConstant(String expression) {
        assertEquals(OptionalLong.empty(), value(expression), expression);
    }
}
