package org.zwlint.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.semantics.Symbol;

/**
 * What each access path holds, immutable. Paths are grouped by their variable, because an
 * assignment to {@code in} forgets {@code in->Target} too; the groups sit in an
 * {@link IdentityTrie}, so a state one assignment away from another shares all other variables'
 * groups with it, and a join or comparison of the two visits only what differs.
 */
final class PathStore {
    static final PathStore EMPTY = new PathStore(IdentityTrie.empty());

    private final IdentityTrie<Symbol, Group> groups;

    private PathStore(IdentityTrie<Symbol, Group> groups) {
        this.groups = groups;
    }

    /** A store holding each of the paths with its value. */
    static PathStore of(Map<AccessPath, Value> values) {
        return EMPTY.assignAll(values);
    }

    /**
     * Each path assigned its value, shorter paths first, so {@code name} assigned with
     * {@code name->Buffer} does not forget it, whatever order the map has.
     */
    PathStore assignAll(Map<AccessPath, Value> values) {
        List<Map.Entry<AccessPath, Value>> entries = new ArrayList<>(values.entrySet());
        entries.sort(Comparator.comparingInt(entry -> entry.getKey().selectors().size()));
        PathStore store = this;
        for (Map.Entry<AccessPath, Value> entry : entries) {
            store = store.assign(entry.getKey(), entry.getValue());
        }
        return store;
    }

    @Nullable Value get(AccessPath path) {
        @Nullable Group group = groups.get(path.root());
        return group == null ? null : group.get(path);
    }

    /** The path now holds the value; what was known of memory reached through it is forgotten. */
    PathStore assign(AccessPath path, Value value) {
        @Nullable Group group = groups.get(path.root());
        Group next = group == null ? Group.of(path, value) : group.assign(path, value);
        return next == group ? this : new PathStore(groups.put(path.root(), next));
    }

    /** Forgets what the path and everything reached through it hold. */
    PathStore forget(AccessPath path) {
        @Nullable Group group = groups.get(path.root());
        if (group == null) {
            return this;
        }
        @Nullable Group left = group.without(path);
        return left == group ? this
                : new PathStore(left == null ? groups.remove(path.root()) : groups.put(path.root(), left));
    }

    void forEach(BiConsumer<AccessPath, Value> action) {
        groups.forEach((root, group) -> group.forEach(action));
    }

    /** Each path that is {@code prefix} or reaches memory through it, with its value. */
    void forEachUnder(AccessPath prefix, BiConsumer<AccessPath, Value> action) {
        @Nullable Group group = groups.get(prefix.root());
        if (group != null) {
            group.forEach((path, value) -> {
                if (path.startsWith(prefix)) {
                    action.accept(path, value);
                }
            });
        }
    }

    /** Each value replaced by {@code change}'s; values it returns unchanged stay shared. */
    PathStore mapValues(UnaryOperator<Value> change) {
        IdentityTrie<Symbol, Group> next = groups.mapValues(group -> group.mapValues(change));
        return next == groups ? this : new PathStore(next);
    }

    /**
     * Paths meet: a path both sides hold gets {@code mine.join(theirs)}; a path one side never
     * touched keeps the other side's value (see {@link State#join}).
     */
    PathStore join(PathStore other) {
        IdentityTrie<Symbol, Group> next = groups.merge(other.groups, Group::join);
        return next == groups ? this : next == other.groups ? other : new PathStore(next);
    }

    boolean sameAs(PathStore other) {
        return groups.sameAs(other.groups, Group::sameAs);
    }

    /** The paths of one variable and their values, in the order they were first assigned. */
    private static final class Group {
        private final AccessPath[] paths;
        private final Value[] values;

        private Group(AccessPath[] paths, Value[] values) {
            this.paths = paths;
            this.values = values;
        }

        static Group of(AccessPath path, Value value) {
            return new Group(new AccessPath[] { path }, new Value[] { value });
        }

        private int indexOf(AccessPath path) {
            return indexOf(path, 0);
        }

        /** Where the path is, looked for at {@code hint} first: groups that share an ancestor keep its order. */
        private int indexOf(AccessPath path, int hint) {
            if (hint < paths.length && paths[hint].equals(path)) {
                return hint;
            }
            for (int i = 0; i < paths.length; i++) {
                if (paths[i].equals(path)) {
                    return i;
                }
            }
            return -1;
        }

        @Nullable Value get(AccessPath path) {
            int at = indexOf(path);
            return at < 0 ? null : values[at];
        }

        Group assign(AccessPath path, Value value) {
            int at = indexOf(path);
            if (at >= 0 && values[at] == value && !reachesBeyond(path)) {
                return this;
            }
            int kept = 0;
            AccessPath[] keptPaths = new AccessPath[paths.length + 1];
            Value[] keptValues = new Value[paths.length + 1];
            for (int i = 0; i < paths.length; i++) {
                if (i == at) {
                    keptPaths[kept] = path; // the path keeps its place
                    keptValues[kept++] = value;
                } else if (!paths[i].startsWith(path)) {
                    keptPaths[kept] = paths[i];
                    keptValues[kept++] = values[i];
                }
            }
            if (at < 0) {
                keptPaths[kept] = path;
                keptValues[kept++] = value;
            }
            return new Group(java.util.Arrays.copyOf(keptPaths, kept), java.util.Arrays.copyOf(keptValues, kept));
        }

        /** Whether some path other than {@code path} itself reaches memory through it. */
        private boolean reachesBeyond(AccessPath path) {
            for (AccessPath held : paths) {
                if (held.startsWith(path) && !held.equals(path)) {
                    return true;
                }
            }
            return false;
        }

        /** Without the path and what is reached through it: this group if nothing goes, null if nothing is left. */
        @Nullable Group without(AccessPath path) {
            int kept = 0;
            for (AccessPath held : paths) {
                if (!held.startsWith(path)) {
                    kept++;
                }
            }
            if (kept == paths.length) {
                return this;
            }
            if (kept == 0) {
                return null;
            }
            AccessPath[] keptPaths = new AccessPath[kept];
            Value[] keptValues = new Value[kept];
            int at = 0;
            for (int i = 0; i < paths.length; i++) {
                if (!paths[i].startsWith(path)) {
                    keptPaths[at] = paths[i];
                    keptValues[at++] = values[i];
                }
            }
            return new Group(keptPaths, keptValues);
        }

        void forEach(BiConsumer<AccessPath, Value> action) {
            for (int i = 0; i < paths.length; i++) {
                action.accept(paths[i], values[i]);
            }
        }

        Group mapValues(UnaryOperator<Value> change) {
            Value[] changed = null;
            for (int i = 0; i < values.length; i++) {
                Value value = change.apply(values[i]);
                if (value != values[i]) {
                    changed = changed == null ? values.clone() : changed;
                    changed[i] = value;
                }
            }
            return changed == null ? this : new Group(paths, changed);
        }

        static Group join(Group mine, Group theirs) {
            Value[] joined = null;
            for (int i = 0; i < mine.paths.length; i++) {
                int at = theirs.indexOf(mine.paths[i], i);
                Value value = at < 0 ? mine.values[i] : mine.values[i].join(theirs.values[at]);
                if (value != mine.values[i]) {
                    joined = joined == null ? mine.values.clone() : joined;
                    joined[i] = value;
                }
            }
            int extra = 0;
            for (int i = 0; i < theirs.paths.length; i++) {
                if (mine.indexOf(theirs.paths[i], i) < 0) {
                    extra++;
                }
            }
            if (extra == 0) {
                return joined == null ? mine : new Group(mine.paths, joined);
            }
            AccessPath[] paths = java.util.Arrays.copyOf(mine.paths, mine.paths.length + extra);
            Value[] values = java.util.Arrays.copyOf(joined == null ? mine.values : joined, paths.length);
            int at = mine.paths.length;
            for (int i = 0; i < theirs.paths.length; i++) {
                if (mine.indexOf(theirs.paths[i], i) < 0) {
                    paths[at] = theirs.paths[i];
                    values[at++] = theirs.values[i];
                }
            }
            return new Group(paths, values);
        }

        /** The same paths with equal values, in any order. */
        static boolean sameAs(Group mine, Group theirs) {
            if (mine.paths.length != theirs.paths.length) {
                return false;
            }
            for (int i = 0; i < mine.paths.length; i++) {
                int at = theirs.indexOf(mine.paths[i], i);
                if (at < 0 || !(theirs.values[at] == mine.values[i] || theirs.values[at].equals(mine.values[i]))) {
                    return false;
                }
            }
            return true;
        }
    }
}
