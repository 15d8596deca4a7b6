package org.zwlint.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToIntFunction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The trie against a plain identity map, over random puts, removes, merges and comparisons. The
 * hashers make keys collide on purpose: few distinct hashes force deep subtrees, equal hashes
 * collision nodes, and removals lift them to shallower levels.
 */
class IdentityTrieTest {
    /** A key with a chosen hash; compared by identity like the engine's symbols. */
    private record Key(int id, int hash) {
    }

    private static final Map<String, ToIntFunction<Object>> HASHERS = Map.of(
            "identity", System::identityHashCode,
            "three", key -> ((Key) key).hash() % 3,
            "same", key -> 7,
            "high", key -> ((Key) key).hash() << 27);

    @ParameterizedTest
    @ValueSource(strings = { "identity", "three", "same", "high" })
    void behavesAsAnIdentityMap(String hasherName) {
        ToIntFunction<Object> hasher = HASHERS.get(hasherName);
        Random random = new Random(20261201L);
        List<Key> keys = new java.util.ArrayList<>();
        for (int i = 0; i < 80; i++) {
            keys.add(new Key(i, random.nextInt()));
        }
        for (int round = 0; round < 300; round++) {
            IdentityTrie<Key, Integer> mine = IdentityTrie.emptyHashingWith(hasher);
            IdentityTrie<Key, Integer> theirs = mine;
            Map<Key, Integer> mineModel = new IdentityHashMap<>();
            Map<Key, Integer> theirsModel = new IdentityHashMap<>();
            int operations = random.nextInt(120);
            for (int op = 0; op < operations; op++) {
                Key key = keys.get(random.nextInt(keys.size()));
                int value = random.nextInt(5);
                boolean toTheirs = random.nextInt(4) == 0;
                if (random.nextInt(3) == 0) {
                    if (toTheirs) {
                        theirs = theirs.remove(key);
                        theirsModel.remove(key);
                    } else {
                        mine = mine.remove(key);
                        mineModel.remove(key);
                    }
                } else if (toTheirs) {
                    theirs = theirs.put(key, value);
                    theirsModel.put(key, value);
                } else {
                    mine = mine.put(key, value);
                    mineModel.put(key, value);
                }
                if (op == operations / 2) {
                    theirs = mine; // from here on they share what neither changes
                    theirsModel = new IdentityHashMap<>(mineModel);
                }
            }
            assertHolds(mineModel, mine);
            assertHolds(theirsModel, theirs);

            IdentityTrie<Key, Integer> merged = mine.merge(theirs, Integer::sum);
            Map<Key, Integer> mergedModel = new IdentityHashMap<>(mineModel);
            theirsModel.forEach((key, value) -> mergedModel.merge(key, value,
                    (a, b) -> a.equals(b) ? a : a + b));
            assertHolds(mergedModel, merged);

            boolean equal = mineModel.equals(theirsModel);
            assertEquals(equal, mine.sameAs(theirs, Integer::equals), "sameAs in round " + round);
            assertTrue(merged.sameAs(mine.merge(theirs, Integer::sum), Integer::equals));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "identity", "three", "same" })
    void changesThatChangeNothingKeepTheTrie(String hasherName) {
        IdentityTrie<Key, Integer> trie = IdentityTrie.emptyHashingWith(HASHERS.get(hasherName));
        List<Key> keys = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            keys.add(new Key(i, i * 7919));
            trie = trie.put(keys.get(i), i);
        }
        assertSame(trie, trie.put(keys.get(3), Integer.valueOf(3)), "the same value object again");
        assertSame(trie, trie.remove(new Key(3, 3 * 7919))); // equal but not the same key
        assertSame(trie, trie.merge(trie, Integer::sum));
        assertSame(trie, trie.mapValues(value -> value));
        IdentityTrie<Key, Integer> smaller = trie.remove(keys.get(5));
        assertSame(trie, trie.merge(smaller, (a, b) -> a), "a merge that adds nothing is the trie itself");
        assertEquals(40, trie.size());
        assertEquals(39, smaller.size());
    }

    private static void assertHolds(Map<Key, Integer> model, IdentityTrie<Key, Integer> trie) {
        assertEquals(model.size(), trie.size());
        model.forEach((key, value) -> assertEquals(value, trie.get(key), () -> "value of " + key));
        Map<Key, Integer> seen = new HashMap<>();
        trie.forEach(seen::put);
        assertEquals(model.size(), seen.size());
        seen.forEach((key, value) -> assertEquals(model.get(key), value));
    }
}
