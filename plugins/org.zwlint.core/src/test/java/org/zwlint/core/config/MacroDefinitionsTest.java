package org.zwlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MacroDefinitionsTest {
    @Test
    void bareNamesAreOneAndValuesAreKeptVerbatim() {
        assertEquals(Map.of("DBG", "1", "NTDDI_VERSION", "0x0A000000", "EMPTY", "", "EXPR", "(1 + 2)"),
                MacroDefinitions.parse(List.of("DBG", " NTDDI_VERSION=0x0A000000 ", "EMPTY=", "EXPR=(1 + 2)")));
    }

    @Test
    void aDefinitionWithoutAMacroNameIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MacroDefinitions.parse(List.of("=1")));
        assertEquals("define '=1': '' is not a macro name", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MacroDefinitions.parse(List.of("2FAST")));
    }
}
