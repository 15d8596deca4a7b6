package org.zwlint.ui.internal;

import java.util.List;

/**
 * A quick fix as stored on a marker. Each edit remembers the text it replaces, so a fix
 * applied after the file changed is refused instead of corrupting the file.
 */
record FixRecord(String label, List<EditRecord> edits) {
    record EditRecord(int start, int end, String original, String replacement) {
    }
}
