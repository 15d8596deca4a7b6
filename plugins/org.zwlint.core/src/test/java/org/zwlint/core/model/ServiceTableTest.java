package org.zwlint.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Point 2: how the dispatcher knows how many argument bytes to copy. */
class ServiceTableTest {
    private final ServiceModel model = ServiceModel.bundled();
    private final ServiceTable x86 = ServiceTable.build(model, Arch.X86);
    private final ServiceTable x64 = ServiceTable.build(model, Arch.X64);

    private int index(String name) {
        return x86.indexOf(name).orElseThrow();
    }

    @Test
    void x86ArgumentTableHoldsFourBytesPerParameter() {
        assertEquals(44, x86.argumentTableByte(index("NtCreateFile")));   // 11 parameters
        assertEquals(4, x86.argumentTableByte(index("NtClose")));
        assertEquals(36, x86.argumentTableByte(index("NtReadFile")));     // 9 parameters
        for (int i = 0; i < x86.size(); i++) {
            assertEquals(4 * model.services().get(i).parameterCount(), x86.argumentBytes(i));
        }
    }

    @Test
    void x64EntriesCountOnlyTheArgumentsBeyondTheFourRegisters() {
        assertEquals(7, x64.compactedEntry(index("NtCreateFile")).stackArguments());
        assertEquals(56, x64.argumentBytes(index("NtCreateFile")));
        assertEquals(0, x64.compactedEntry(index("NtClose")).stackArguments());
        assertEquals(0, x64.compactedEntry(index("NtOpenKey")).stackArguments());      // 3 parameters
        assertEquals(1, x64.compactedEntry(index("NtQueryKey")).stackArguments());     // 5 parameters
    }

    @Test
    void compactedTableRoundTripsToTheRoutines() {
        for (int i = 0; i < x64.size(); i++) {
            CompactedEntry entry = x64.compactedEntry(i);
            assertEquals(entry.raw(), CompactedEntry.encode(entry.offset(), entry.stackArguments()).raw());
            assertEquals(ServiceTable.stackArguments(model.services().get(i)), entry.stackArguments());
            long routine = x64.routineAddress(i);
            assertEquals(x64.base() + entry.offset(), routine);
            assertTrue(Long.compareUnsigned(routine, x64.base()) < 0, "routines lie below the table");
            if (i > 0) {
                assertTrue(Long.compareUnsigned(routine, x64.routineAddress(i - 1)) > 0);
            }
        }
    }

    @Test
    void decodingUsesAnArithmeticShift() {
        CompactedEntry below = CompactedEntry.encode(-0x1230, 3);
        assertEquals(0xFFFEDD03, below.raw());
        assertEquals(-0x1230, below.offset());
        assertEquals(3, below.stackArguments());
        assertNotEquals(below.raw() >>> 4, below.offset());
        CompactedEntry above = CompactedEntry.encode(0x51A0, 7);
        assertEquals(0x00051A07, above.raw());
        assertEquals(0x51A0, above.offset());
    }

    @Test
    void encodingRejectsWhatFourAndTwentyEightBitsCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> CompactedEntry.encode(0, 16));
        assertThrows(IllegalArgumentException.class, () -> CompactedEntry.encode(1L << 27, 0));
        assertThrows(IllegalStateException.class, () -> x86.compactedEntry(0));
        assertThrows(IllegalStateException.class, () -> x64.argumentTableByte(0));
    }
}
