package org.zwlint.core.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.zwlint.core.ast.Node;

/**
 * The facts that hold before one CFG node: what each access path holds, which value origins are
 * probed (on every path), which user locations were already read (on some path), whether the
 * requestor's mode is known to be KernelMode here, and which IOCTL code this path handles.
 * Immutable; each change returns a new state.
 */
public final class State {
    private final Map<AccessPath, Value> store;
    private final Map<Origin, Probe> probes;
    private final Map<FetchKey, Node> fetches;
    private final boolean trusted;
    private final boolean failed;
    private final OptionalLong ioctl;

    /**
     * Takes ownership of the maps: every caller passes maps it built for this state alone and
     * never changes afterwards, so the hot path copies nothing twice.
     */
    private State(Map<AccessPath, Value> store, Map<Origin, Probe> probes, Map<FetchKey, Node> fetches,
            boolean trusted, boolean failed, OptionalLong ioctl) {
        this.store = java.util.Collections.unmodifiableMap(store);
        this.probes = java.util.Collections.unmodifiableMap(probes);
        this.fetches = java.util.Collections.unmodifiableMap(fetches);
        this.trusted = trusted;
        this.failed = failed;
        this.ioctl = ioctl;
    }

    public static State initial(Map<AccessPath, Value> parameters, Map<Origin, Probe> probes, boolean trusted,
            OptionalLong ioctl) {
        return new State(new HashMap<>(parameters), new HashMap<>(probes), Map.of(), trusted, false, ioctl);
    }

    public Optional<Value> get(AccessPath path) {
        return Optional.ofNullable(store.get(path));
    }

    public Map<AccessPath, Value> store() {
        return store;
    }

    /** The path now holds the value; what was known of memory reached through it is forgotten. */
    public State assign(AccessPath path, Value value) {
        Map<AccessPath, Value> next = new HashMap<>();
        for (Map.Entry<AccessPath, Value> entry : store.entrySet()) {
            if (!entry.getKey().startsWith(path)) {
                next.put(entry.getKey(), entry.getValue());
            }
        }
        next.put(path, value);
        return new State(next, probes, fetches, trusted, failed, ioctl);
    }

    /** Forgets what the path and everything reached through it hold (an unknown callee wrote it). */
    public State forget(AccessPath path) {
        Map<AccessPath, Value> next = new HashMap<>(store);
        next.keySet().removeIf(p -> p.startsWith(path));
        return next.size() == store.size() ? this : new State(next, probes, fetches, trusted, failed, ioctl);
    }

    public Optional<Probe> probe(Origin origin) {
        return Optional.ofNullable(probes.get(origin));
    }

    public Map<Origin, Probe> probes() {
        return probes;
    }

    public State probed(Iterable<Origin> origins, Probe probe) {
        Map<Origin, Probe> next = new HashMap<>(probes);
        for (Origin origin : origins) {
            Probe old = next.get(origin);
            // ProbeForWrite also checks readability; a later ProbeForRead does not undo that.
            next.put(origin, old != null && old.forWrite() && !probe.forWrite() ? old : probe);
        }
        return new State(store, next, fetches, trusted, failed, ioctl);
    }

    /** The user locations read on some path here, each with its first read. */
    public Map<FetchKey, Node> fetches() {
        return java.util.Collections.unmodifiableMap(fetches);
    }

    public Optional<Node> fetched(FetchKey key) {
        return Optional.ofNullable(fetches.get(key));
    }

    public State fetch(FetchKey key, Node at) {
        if (fetches.containsKey(key)) {
            return this;
        }
        Map<FetchKey, Node> next = new HashMap<>(fetches);
        next.put(key, at);
        return new State(store, probes, next, trusted, failed, ioctl);
    }

    public boolean trusted() {
        return trusted;
    }

    public State trusting() {
        return trusted ? this : new State(store, probes, fetches, true, failed, ioctl);
    }

    /** Whether this path went through an __except handler: the operation failed, and correct code bails out. */
    public boolean failed() {
        return failed;
    }

    public State failing() {
        return failed ? this : new State(store, probes, fetches, trusted, true, ioctl);
    }

    public OptionalLong ioctl() {
        return ioctl;
    }

    public State handlingIoctl(long code) {
        return new State(store, probes, fetches, trusted, failed, OptionalLong.of(code));
    }

    /**
     * Paths meet: a path value is the join of both; a probe holds only if it holds on both paths,
     * except that a path where the requestor is known to be KernelMode needs no probe at all, and
     * neither does a path that went through an __except handler (it failed: correct code returns
     * the error before it touches the buffer again).
     */
    public State join(State other) {
        if (this == other) {
            return this;
        }
        Map<AccessPath, Value> joinedStore = new HashMap<>();
        for (Map.Entry<AccessPath, Value> entry : store.entrySet()) {
            Value mine = entry.getValue().carrying(probes);
            Value theirs = other.store.get(entry.getKey());
            // A path one side never touched still holds its initial value there, which the
            // evaluator derives again on demand: keep only what both sides agree on or know.
            joinedStore.put(entry.getKey(), theirs == null ? mine : mine.join(theirs.carrying(other.probes)));
        }
        for (Map.Entry<AccessPath, Value> entry : other.store.entrySet()) {
            joinedStore.putIfAbsent(entry.getKey(), entry.getValue().carrying(other.probes));
        }
        Map<Origin, Probe> joinedProbes;
        boolean exempt = trusted || failed;
        boolean otherExempt = other.trusted || other.failed;
        if (exempt && !otherExempt) {
            joinedProbes = other.probes;
        } else if (otherExempt && !exempt) {
            joinedProbes = probes;
        } else {
            joinedProbes = new HashMap<>();
            for (Map.Entry<Origin, Probe> entry : probes.entrySet()) {
                Probe theirs = other.probes.get(entry.getKey());
                if (theirs != null) {
                    joinedProbes.put(entry.getKey(), entry.getValue().forWrite() ? theirs : entry.getValue());
                }
            }
        }
        Map<FetchKey, Node> joinedFetches = new HashMap<>(fetches);
        other.fetches.forEach(joinedFetches::putIfAbsent);
        OptionalLong joinedIoctl = ioctl.equals(other.ioctl) ? ioctl : OptionalLong.empty();
        return new State(joinedStore, joinedProbes, joinedFetches, trusted && other.trusted, failed && other.failed,
                joinedIoctl);
    }

    public boolean sameAs(State other) {
        return trusted == other.trusted && failed == other.failed && ioctl.equals(other.ioctl) && store.equals(other.store)
                && probes.equals(other.probes) && fetches.keySet().equals(other.fetches.keySet());
    }
}
