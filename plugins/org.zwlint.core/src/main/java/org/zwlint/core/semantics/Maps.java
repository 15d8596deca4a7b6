package org.zwlint.core.semantics;

import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

/** Map lookups that may miss: JDT's null analysis takes Map.get's value type as never null. */
final class Maps {
    private Maps() {
    }

    static <K, V> @Nullable V find(Map<K, V> map, K key) {
        return map.get(key);
    }
}
