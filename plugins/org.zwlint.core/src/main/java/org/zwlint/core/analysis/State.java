package org.zwlint.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;

import org.zwlint.core.ast.Node;

/**
 * The facts that hold before one CFG node: what each access path holds, which value origins are
 * probed (on every path), which user locations were already read (on some path), whether the
 * requestor's mode is known to be KernelMode here, and which IOCTL code this path handles.
 * Immutable; each change returns a new state.
 */
public final class State {
    /** How many reads of one location a state keeps: the first and the latest others. */
    private static final int READS_KEPT = 6;

    private final PathStore store;
    private final Map<Origin, Probe> probes;
    private final Map<FetchKey, List<Node>> fetches;
    private final boolean trusted;
    private final boolean failed;
    private final OptionalLong ioctl;

    /**
     * Takes ownership of the maps: every caller passes maps it built for this state alone, or
     * another state's, and never changes them afterwards, so the hot path copies nothing twice.
     */
    private State(PathStore store, Map<Origin, Probe> probes, Map<FetchKey, List<Node>> fetches,
            boolean trusted, boolean failed, OptionalLong ioctl) {
        this.store = store;
        this.probes = probes;
        this.fetches = fetches;
        this.trusted = trusted;
        this.failed = failed;
        this.ioctl = ioctl;
    }

    public static State initial(Map<AccessPath, Value> parameters, Map<Origin, Probe> probes, boolean trusted,
            OptionalLong ioctl) {
        return new State(PathStore.of(parameters), Map.copyOf(probes), Map.of(), trusted, false, ioctl);
    }

    public Optional<Value> get(AccessPath path) {
        @org.eclipse.jdt.annotation.Nullable Value value = store.get(path);
        return value == null ? Optional.empty() : Optional.of(value);
    }

    /** Each access path the state knows, with what it holds. */
    public void forEachPath(BiConsumer<AccessPath, Value> action) {
        store.forEach(action);
    }

    /** Each path that is {@code prefix} or reaches memory through it, with what it holds. */
    public void forEachPathUnder(AccessPath prefix, BiConsumer<AccessPath, Value> action) {
        store.forEachUnder(prefix, action);
    }

    /** The path now holds the value; what was known of memory reached through it is forgotten. */
    public State assign(AccessPath path, Value value) {
        PathStore next = store.assign(path, value);
        return next == store ? this : new State(next, probes, fetches, trusted, failed, ioctl);
    }

    /** Each path now holds its value, shorter paths assigned first so none forgets another of them. */
    public State assignAll(Map<AccessPath, Value> values) {
        PathStore next = store.assignAll(values);
        return next == store ? this : new State(next, probes, fetches, trusted, failed, ioctl);
    }

    /** Forgets what the path and everything reached through it hold (an unknown callee wrote it). */
    public State forget(AccessPath path) {
        PathStore next = store.forget(path);
        return next == store ? this : new State(next, probes, fetches, trusted, failed, ioctl);
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
            next.put(origin, old != null && (old.forWrite() && !probe.forWrite() || probe.vacuous()) ? old : probe);
        }
        return new State(store, java.util.Collections.unmodifiableMap(next), fetches, trusted, failed, ioctl);
    }

    /** The user locations read on some path here, each with its reads (the first first). */
    public Map<FetchKey, List<Node>> fetches() {
        return fetches;
    }

    /** The first read of {@code key} on some path here. */
    public Optional<Node> fetched(FetchKey key) {
        List<Node> reads = fetches.get(key);
        return reads == null ? Optional.empty() : Optional.of(reads.get(0));
    }

    /**
     * The reads of {@code key} on some path here, the first first: a print of a length before its check
     * is a read too, and the check's read is the one whose value a later read no longer matches.
     */
    public List<Node> reads(FetchKey key) {
        return fetches.getOrDefault(key, List.of());
    }

    public State fetch(FetchKey key, Node at) {
        List<Node> reads = fetches.getOrDefault(key, List.of());
        if (reads.contains(at)) {
            return this; // the same read again (a loop): nothing new
        }
        Map<FetchKey, List<Node>> next = new HashMap<>(fetches);
        next.put(key, withRead(reads, at));
        return new State(store, probes, java.util.Collections.unmodifiableMap(next), trusted, failed, ioctl);
    }

    private static List<Node> withRead(List<Node> reads, Node at) {
        List<Node> next = new ArrayList<>(reads.size() + 1);
        next.addAll(reads);
        next.add(at);
        if (next.size() > READS_KEPT) {
            next.remove(1); // the first read stays: it names where the value came from first
        }
        return List.copyOf(next);
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
        PathStore joinedStore;
        if (probes.equals(other.probes)) {
            // Nothing to carry: a probe both sides hold still holds after the join, and values keep
            // their origins, so what the two stores share needs no visit.
            joinedStore = store.join(other.store);
        } else {
            // A probe one side lacks is lost here; each value takes along the probes of its side.
            joinedStore = store.mapValues(value -> value.carrying(probes))
                    .join(other.store.mapValues(value -> value.carrying(other.probes)));
        }
        Map<Origin, Probe> joinedProbes;
        boolean exempt = trusted || failed;
        boolean otherExempt = other.trusted || other.failed;
        if (exempt && !otherExempt) {
            joinedProbes = other.probes;
        } else if (otherExempt && !exempt || probes.equals(other.probes)) {
            joinedProbes = probes;
        } else {
            Map<Origin, Probe> common = new HashMap<>();
            for (Map.Entry<Origin, Probe> entry : probes.entrySet()) {
                Probe theirs = other.probes.get(entry.getKey());
                if (theirs != null) {
                    Probe mine = entry.getValue();
                    common.put(entry.getKey(), mine.vacuous() ? theirs
                            : theirs.vacuous() ? mine : mine.forWrite() ? theirs : mine);
                }
            }
            joinedProbes = java.util.Collections.unmodifiableMap(common);
        }
        OptionalLong joinedIoctl = ioctl.equals(other.ioctl) ? ioctl : OptionalLong.empty();
        boolean joinedTrusted = trusted && other.trusted;
        boolean joinedFailed = failed && other.failed;
        Map<FetchKey, List<Node>> joinedFetches = joinFetches(other);
        if (joinedStore == store && joinedProbes == probes && joinedFetches == fetches && joinedTrusted == trusted
                && joinedFailed == failed && joinedIoctl.equals(ioctl)) {
            return this; // nothing new came from the other side: the solver sees a fixpoint at once
        }
        return new State(joinedStore, joinedProbes, joinedFetches, joinedTrusted, joinedFailed, joinedIoctl);
    }

    /** The reads of both sides: for a location both read, this side's reads, then the other's not among them. */
    private Map<FetchKey, List<Node>> joinFetches(State other) {
        if (other.fetches == fetches || other.fetches.isEmpty()) {
            return fetches;
        }
        if (fetches.isEmpty()) {
            return other.fetches;
        }
        Map<FetchKey, List<Node>> joined = null;
        for (Map.Entry<FetchKey, List<Node>> entry : other.fetches.entrySet()) {
            List<Node> mine = fetches.get(entry.getKey());
            List<Node> merged = mine == null ? entry.getValue() : mine == entry.getValue() ? mine
                    : merged(mine, entry.getValue()); // the same list: both sides came from one read (most joins)
            if (merged != mine) {
                if (joined == null) {
                    joined = new HashMap<>(fetches);
                }
                joined.put(entry.getKey(), merged);
            }
        }
        return joined == null ? fetches : java.util.Collections.unmodifiableMap(joined);
    }

    private static List<Node> merged(List<Node> mine, List<Node> theirs) {
        List<Node> merged = mine;
        for (Node read : theirs) {
            if (!merged.contains(read)) {
                merged = withRead(merged, read);
            }
        }
        return merged;
    }

    public boolean sameAs(State other) {
        return this == other || trusted == other.trusted && failed == other.failed && ioctl.equals(other.ioctl)
                && store.sameAs(other.store) && probes.equals(other.probes)
                && fetches.keySet().equals(other.fetches.keySet());
    }
}
