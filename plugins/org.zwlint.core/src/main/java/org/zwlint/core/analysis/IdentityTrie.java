package org.zwlint.core.analysis;

import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An immutable map whose keys compare by identity, stored as a hash trie (32 slots a level) so a
 * change copies one path of small nodes and shares the rest. The solver keeps a map in every CFG
 * node's state, and states mostly differ from their neighbours in a few keys: sharing makes a change
 * cost the depth of the trie, and a join or comparison of two states skip what they share.
 */
final class IdentityTrie<K extends @NonNull Object, V extends @NonNull Object> {
    private static final int BITS = 5;
    private static final int MASK = (1 << BITS) - 1;
    private static final int HASH_BITS = 32;

    /** One key and its value. */
    private record Leaf(Object key, int hash, Object value) {
    }

    /** Keys whose whole hash is the same; only past the last level. */
    private record Collision(int hash, Leaf[] leaves) {
    }

    /** An inner node: {@code bitmap} says which of the 32 slots are used; each holds a Leaf, a Node or a Collision. */
    private record Node(int bitmap, Object[] slots, int size) {
    }

    private static final Node EMPTY_NODE = new Node(0, new Object[0], 0);
    private static final IdentityTrie<?, ?> EMPTY = new IdentityTrie<>(EMPTY_NODE, System::identityHashCode);

    private final Node root;
    private final ToIntFunction<Object> hasher;

    private IdentityTrie(Node root, ToIntFunction<Object> hasher) {
        this.root = root;
        this.hasher = hasher;
    }

    @SuppressWarnings("unchecked")
    static <K extends @NonNull Object, V extends @NonNull Object> IdentityTrie<K, V> empty() {
        return (IdentityTrie<K, V>) EMPTY;
    }

    /** An empty trie hashing keys with {@code hasher}; tests use it to force hash collisions. */
    static <K extends @NonNull Object, V extends @NonNull Object> IdentityTrie<K, V> emptyHashingWith(ToIntFunction<Object> hasher) {
        return new IdentityTrie<>(EMPTY_NODE, hasher);
    }

    int size() {
        return root.size();
    }

    @SuppressWarnings("unchecked")
    @Nullable V get(K key) {
        @Nullable Leaf leaf = find(root, key, hasher.applyAsInt(key), 0);
        return leaf == null ? null : (V) leaf.value();
    }

    IdentityTrie<K, V> put(K key, V value) {
        Node next = put(root, new Leaf(key, hasher.applyAsInt(key), value), 0);
        return next == root ? this : new IdentityTrie<>(next, hasher);
    }

    IdentityTrie<K, V> remove(K key) {
        Node next = remove(root, key, hasher.applyAsInt(key), 0);
        return next == root ? this : new IdentityTrie<>(next, hasher);
    }

    @SuppressWarnings("unchecked")
    void forEach(BiConsumer<K, V> action) {
        forEachLeaf(root, leaf -> action.accept((K) leaf.key(), (V) leaf.value()));
    }

    /** Each value replaced by {@code change}'s; what it leaves the same (the same object) stays shared. */
    @SuppressWarnings("unchecked")
    IdentityTrie<K, V> mapValues(UnaryOperator<V> change) {
        Node next = (Node) mapSlot(root, value -> change.apply((V) value));
        return next == root ? this : new IdentityTrie<>(next, hasher);
    }

    /**
     * The union of both: a key only one side has keeps its value, a key both have gets
     * {@code both.apply(mine, theirs)} unless the two values are the same object. Whatever the two
     * tries share is kept without being visited, and a union equal to this trie is this trie.
     */
    @SuppressWarnings("unchecked")
    IdentityTrie<K, V> merge(IdentityTrie<K, V> other, BinaryOperator<V> both) {
        Node next = (Node) mergeSlot(root, other.root, 0, (a, b) -> both.apply((V) a, (V) b));
        return next == root ? this : next == other.root ? other : new IdentityTrie<>(next, hasher);
    }

    /** Whether both hold the same keys with values {@code equal} says are the same; shared parts are not visited. */
    @SuppressWarnings("unchecked")
    boolean sameAs(IdentityTrie<K, V> other, BiPredicate<V, V> equal) {
        return root == other.root
                || root.size() == other.root.size() && sameSlot(root, other.root, 0, (a, b) -> equal.test((V) a, (V) b));
    }

    private static int index(int hash, int shift) {
        return (hash >>> shift) & MASK;
    }

    private static int position(int bitmap, int bit) {
        return Integer.bitCount(bitmap & (bit - 1));
    }

    private static int sizeOf(Object slot) {
        return slot instanceof Node node ? node.size() : slot instanceof Collision c ? c.leaves().length : 1;
    }

    private static Node node(int bitmap, Object[] slots) {
        int size = 0;
        for (Object slot : slots) {
            size += sizeOf(slot);
        }
        return new Node(bitmap, slots, size);
    }

    private static @Nullable Leaf find(Object slot, Object key, int hash, int shift) {
        Object at = slot;
        int level = shift;
        while (true) {
            if (at instanceof Leaf leaf) {
                return leaf.key() == key ? leaf : null;
            }
            if (at instanceof Collision collision) {
                for (Leaf leaf : collision.leaves()) {
                    if (leaf.key() == key) {
                        return leaf;
                    }
                }
                return null;
            }
            Node node = (Node) at;
            int bit = 1 << index(hash, level);
            if ((node.bitmap() & bit) == 0) {
                return null;
            }
            at = node.slots()[position(node.bitmap(), bit)];
            level += BITS;
        }
    }

    private static Node put(Node node, Leaf leaf, int shift) {
        int bit = 1 << index(leaf.hash(), shift);
        int position = position(node.bitmap(), bit);
        if ((node.bitmap() & bit) == 0) {
            Object[] slots = new Object[node.slots().length + 1];
            System.arraycopy(node.slots(), 0, slots, 0, position);
            slots[position] = leaf;
            System.arraycopy(node.slots(), position, slots, position + 1, node.slots().length - position);
            return new Node(node.bitmap() | bit, slots, node.size() + 1);
        }
        Object old = node.slots()[position];
        Object replaced = insert(old, leaf, shift + BITS);
        return replaced == old ? node : withSlot(node, position, replaced);
    }

    /** {@code slot} (a subtree at level {@code shift}) with the leaf put in it. */
    private static Object insert(Object slot, Leaf leaf, int shift) {
        if (slot instanceof Node node) {
            return put(node, leaf, shift);
        }
        if (slot instanceof Leaf old) {
            if (old.key() == leaf.key()) {
                return old.value() == leaf.value() ? old : leaf;
            }
            return pair(old, leaf, shift);
        }
        Collision collision = (Collision) slot;
        if (collision.hash() != leaf.hash()) {
            return pair(collision, leaf, shift); // a collision lifted to a shallower level by a removal
        }
        Leaf[] leaves = collision.leaves();
        for (int i = 0; i < leaves.length; i++) {
            if (leaves[i].key() == leaf.key()) {
                if (leaves[i].value() == leaf.value()) {
                    return collision;
                }
                Leaf[] copy = leaves.clone();
                copy[i] = leaf;
                return new Collision(collision.hash(), copy);
            }
        }
        return new Collision(collision.hash(), appended(leaves, leaf));
    }

    /** A subtree at level {@code shift} holding {@code first} (a Leaf or a Collision) and {@code leaf}. */
    private static Object pair(Object first, Leaf leaf, int shift) {
        int firstHash = first instanceof Leaf l ? l.hash() : ((Collision) first).hash();
        if (shift >= HASH_BITS) {
            Leaf[] leaves = first instanceof Leaf l ? new Leaf[] { l, leaf }
                    : appended(((Collision) first).leaves(), leaf);
            return new Collision(firstHash, leaves);
        }
        int a = index(firstHash, shift);
        int b = index(leaf.hash(), shift);
        if (a == b) {
            Object child = pair(first, leaf, shift + BITS);
            return new Node(1 << a, new Object[] { child }, sizeOf(child));
        }
        Object[] slots = a < b ? new Object[] { first, leaf } : new Object[] { leaf, first };
        return new Node((1 << a) | (1 << b), slots, sizeOf(first) + 1);
    }

    private static Leaf[] appended(Leaf[] leaves, Leaf leaf) {
        Leaf[] more = java.util.Arrays.copyOf(leaves, leaves.length + 1);
        more[leaves.length] = leaf;
        return more;
    }

    private static Node withSlot(Node node, int position, Object slot) {
        Object[] slots = node.slots().clone();
        slots[position] = slot;
        return new Node(node.bitmap(), slots, node.size() - sizeOf(node.slots()[position]) + sizeOf(slot));
    }

    private static Node remove(Node node, Object key, int hash, int shift) {
        int bit = 1 << index(hash, shift);
        if ((node.bitmap() & bit) == 0) {
            return node;
        }
        int position = position(node.bitmap(), bit);
        Object old = node.slots()[position];
        @Nullable Object left = removeFrom(old, key, hash, shift + BITS);
        if (left == old) {
            return node;
        }
        if (left != null) {
            return withSlot(node, position, left);
        }
        Object[] slots = new Object[node.slots().length - 1];
        System.arraycopy(node.slots(), 0, slots, 0, position);
        System.arraycopy(node.slots(), position + 1, slots, position, slots.length - position);
        return new Node(node.bitmap() & ~bit, slots, node.size() - 1);
    }

    /** {@code slot} without the key: the same object if it was not there, null if nothing is left. */
    private static @Nullable Object removeFrom(Object slot, Object key, int hash, int shift) {
        if (slot instanceof Leaf leaf) {
            return leaf.key() == key ? null : leaf;
        }
        if (slot instanceof Collision collision) {
            Leaf[] leaves = collision.leaves();
            for (int i = 0; i < leaves.length; i++) {
                if (leaves[i].key() == key) {
                    if (leaves.length == 2) {
                        return leaves[1 - i];
                    }
                    Leaf[] fewer = new Leaf[leaves.length - 1];
                    System.arraycopy(leaves, 0, fewer, 0, i);
                    System.arraycopy(leaves, i + 1, fewer, i, fewer.length - i);
                    return new Collision(collision.hash(), fewer);
                }
            }
            return collision;
        }
        Node node = remove((Node) slot, key, hash, shift);
        if (node == slot) {
            return slot;
        }
        if (node.size() == 0) {
            return null;
        }
        // A node left with one leaf becomes that leaf, so equal maps tend to the same shape.
        return node.slots().length == 1 && !(node.slots()[0] instanceof Node) ? node.slots()[0] : node;
    }

    private static void forEachLeaf(Object slot, java.util.function.Consumer<Leaf> action) {
        if (slot instanceof Leaf leaf) {
            action.accept(leaf);
        } else if (slot instanceof Collision collision) {
            for (Leaf leaf : collision.leaves()) {
                action.accept(leaf);
            }
        } else {
            for (Object child : ((Node) slot).slots()) {
                forEachLeaf(child, action);
            }
        }
    }

    private static Object mapSlot(Object slot, UnaryOperator<Object> change) {
        if (slot instanceof Leaf leaf) {
            Object value = change.apply(leaf.value());
            return value == leaf.value() ? leaf : new Leaf(leaf.key(), leaf.hash(), value);
        }
        if (slot instanceof Collision collision) {
            Leaf[] leaves = collision.leaves();
            Leaf[] changed = null;
            for (int i = 0; i < leaves.length; i++) {
                Object mapped = mapSlot(leaves[i], change);
                if (mapped != leaves[i]) {
                    changed = changed == null ? leaves.clone() : changed;
                    changed[i] = (Leaf) mapped;
                }
            }
            return changed == null ? collision : new Collision(collision.hash(), changed);
        }
        Node node = (Node) slot;
        Object[] slots = null;
        for (int i = 0; i < node.slots().length; i++) {
            Object mapped = mapSlot(node.slots()[i], change);
            if (mapped != node.slots()[i]) {
                slots = slots == null ? node.slots().clone() : slots;
                slots[i] = mapped;
            }
        }
        return slots == null ? node : new Node(node.bitmap(), slots, node.size());
    }

    /** The union of two subtrees at level {@code shift}; {@code mine} if that is what it comes to. */
    private static Object mergeSlot(Object mine, Object theirs, int shift, BinaryOperator<Object> both) {
        if (mine == theirs) {
            return mine;
        }
        if (mine instanceof Node a && theirs instanceof Node b) {
            return mergeNodes(a, b, shift, both);
        }
        if (mine instanceof Leaf a && theirs instanceof Leaf b && a.key() == b.key()) {
            if (a.value() == b.value()) {
                return a;
            }
            Object value = both.apply(a.value(), b.value());
            return value == a.value() ? a : value == b.value() ? b : new Leaf(a.key(), a.hash(), value);
        }
        // Shapes differ (a leaf against a subtree): put their leaves into mine one by one.
        Object[] result = { mine };
        forEachLeaf(theirs, leaf -> {
            @Nullable Leaf held = find(result[0], leaf.key(), leaf.hash(), shift);
            Leaf merged = held == null ? leaf
                    : held.value() == leaf.value() ? held
                    : new Leaf(leaf.key(), leaf.hash(), both.apply(held.value(), leaf.value()));
            result[0] = insert(result[0], merged, shift);
        });
        return result[0];
    }

    private static Node mergeNodes(Node mine, Node theirs, int shift, BinaryOperator<Object> both) {
        int bitmap = mine.bitmap() | theirs.bitmap();
        Object[] slots = new Object[Integer.bitCount(bitmap)];
        boolean asMine = bitmap == mine.bitmap();
        boolean asTheirs = bitmap == theirs.bitmap();
        int at = 0;
        for (int rest = bitmap; rest != 0; rest &= rest - 1) {
            int bit = rest & -rest;
            boolean inMine = (mine.bitmap() & bit) != 0;
            boolean inTheirs = (theirs.bitmap() & bit) != 0;
            Object a = inMine ? mine.slots()[position(mine.bitmap(), bit)] : null;
            Object b = inTheirs ? theirs.slots()[position(theirs.bitmap(), bit)] : null;
            Object merged = a == null ? b : b == null ? a : mergeSlot(a, b, shift + BITS, both);
            slots[at++] = merged;
            asMine &= merged == a;
            asTheirs &= merged == b;
        }
        return asMine ? mine : asTheirs ? theirs : node(bitmap, slots);
    }

    private static boolean sameSlot(Object mine, Object theirs, int shift, BiPredicate<Object, Object> equal) {
        if (mine == theirs) {
            return true;
        }
        if (mine instanceof Node a && theirs instanceof Node b && a.bitmap() == b.bitmap()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.slots().length; i++) {
                if (!sameSlot(a.slots()[i], b.slots()[i], shift + BITS, equal)) {
                    return false;
                }
            }
            return true;
        }
        if (mine instanceof Leaf a && theirs instanceof Leaf b) {
            return a.key() == b.key() && (a.value() == b.value() || equal.test(a.value(), b.value()));
        }
        // Shapes differ: compare the contents.
        if (sizeOf(mine) != sizeOf(theirs)) {
            return false;
        }
        boolean[] same = { true };
        forEachLeaf(mine, leaf -> {
            if (same[0]) {
                @Nullable Leaf other = find(theirs, leaf.key(), leaf.hash(), shift);
                same[0] = other != null && (other.value() == leaf.value() || equal.test(leaf.value(), other.value()));
            }
        });
        return same[0];
    }
}
