package org.zwlint.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.zwlint.core.WitnessStep;
import org.zwlint.core.source.TextRange;

/**
 * The abstract value of an expression: what kind of thing it is, where it points, whether the
 * user controls the memory it points to or the number it is, its origins (which probes and
 * fetches are keyed on), the witness trail that led here (source first), and the probes it
 * carries: when paths meet, an origin probed on the only path that brought it into this value
 * stays probed here, even where the state, which speaks of every path, cannot say so.
 */
public record Value(ValueKind kind, Region region, boolean userContents, boolean userScalar, RequestMode requestMode,
        List<Origin> origins, List<WitnessStep> trail, OptionalLong constant, Map<Origin, Probe> carried,
        OptionalLong floor, OptionalLong ceiling) {

    private static final int MAX_ORIGINS = 4;
    private static final int MAX_TRAIL = 12;

    public static final Value UNKNOWN = new Value(ValueKind.DATA, Region.UNKNOWN, false, false, RequestMode.UNKNOWN,
            List.of(), List.of(), OptionalLong.empty());

    public Value {
        origins = List.copyOf(origins);
        trail = List.copyOf(trail);
        carried = Map.copyOf(carried);
    }

    /** A value that carries no probe of its own (see {@link #carried()}) and no known least value. */
    public Value(ValueKind kind, Region region, boolean userContents, boolean userScalar, RequestMode requestMode,
            List<Origin> origins, List<WitnessStep> trail, OptionalLong constant) {
        this(kind, region, userContents, userScalar, requestMode, origins, trail, constant, Map.of());
    }

    /** A value with no known greatest value (see {@link #ceiling()}). */
    public Value(ValueKind kind, Region region, boolean userContents, boolean userScalar, RequestMode requestMode,
            List<Origin> origins, List<WitnessStep> trail, OptionalLong constant, Map<Origin, Probe> carried,
            OptionalLong floor) {
        this(kind, region, userContents, userScalar, requestMode, origins, trail, constant, carried, floor,
                OptionalLong.empty());
    }

    /** A value with no known least value (see {@link #floor()}). */
    public Value(ValueKind kind, Region region, boolean userContents, boolean userScalar, RequestMode requestMode,
            List<Origin> origins, List<WitnessStep> trail, OptionalLong constant, Map<Origin, Probe> carried) {
        this(kind, region, userContents, userScalar, requestMode, origins, trail, constant, carried,
                OptionalLong.empty());
    }

    public static Value constant(long value) {
        return new Value(ValueKind.DATA, Region.UNKNOWN, false, false, RequestMode.UNKNOWN, List.of(), List.of(),
                OptionalLong.of(value));
    }

    public static Value kernelPointer() {
        return UNKNOWN.withRegion(Region.KERNEL);
    }

    /** A new pointer born at a source, e.g. a read of Type3InputBuffer. */
    public static Value pointer(Region region, boolean userContents, Origin origin) {
        return new Value(ValueKind.DATA, region, userContents, false, RequestMode.UNKNOWN, List.of(origin),
                List.of(new WitnessStep(origin.range(), origin.description())), OptionalLong.empty());
    }

    /** A number the user controls, e.g. InputBufferLength or a size read from the input. */
    public static Value userNumber(Origin origin) {
        return new Value(ValueKind.DATA, Region.UNKNOWN, false, true, RequestMode.UNKNOWN, List.of(origin),
                List.of(new WitnessStep(origin.range(), origin.description())), OptionalLong.empty());
    }

    public static Value request(RequestMode mode) {
        return new Value(ValueKind.REQUEST, Region.KERNEL, false, false, mode, List.of(), List.of(),
                OptionalLong.empty());
    }

    /**
     * A request object known by {@code identity}: the origins of the callback data it is, or was reached from
     * (Data->Iopb, &Data->Iopb->Parameters), so that FltLockUserBuffer(Data) locks that request's buffer alone.
     */
    public static Value request(RequestMode mode, List<Origin> identity) {
        return new Value(ValueKind.REQUEST, Region.KERNEL, false, false, mode, identity, List.of(),
                OptionalLong.empty());
    }

    public static Value mode(RequestMode mode) {
        return new Value(ValueKind.MODE, Region.UNKNOWN, false, false, mode, List.of(), List.of(), OptionalLong.empty());
    }

    public Value withKind(ValueKind newKind) {
        return new Value(newKind, region, userContents, userScalar, requestMode, origins, trail, constant, carried,
                floor, ceiling);
    }

    public Value withRegion(Region newRegion) {
        return new Value(kind, newRegion, userContents, userScalar, requestMode, origins, trail, constant, carried,
                floor, ceiling);
    }

    public Value withUserContents(boolean contents) {
        return new Value(kind, region, contents, userScalar, requestMode, origins, trail, constant, carried,
                floor, ceiling);
    }

    public Value withRequestMode(RequestMode mode) {
        return new Value(kind, region, userContents, userScalar, mode, origins, trail, constant, carried,
                floor, ceiling);
    }

    public Value withConstant(OptionalLong value) {
        return new Value(kind, region, userContents, userScalar, requestMode, origins, trail, value, carried,
                floor, ceiling);
    }

    /**
     * The same number, known to be at least {@code least} on this path (a branch of a comparison
     * with a constant: past {@code if (length < sizeof(X)) return}, length is at least sizeof(X)).
     */
    public Value withFloor(long least) {
        long raised = floor.isPresent() ? Math.max(floor.getAsLong(), least) : least;
        return new Value(kind, region, userContents, userScalar, requestMode, origins, trail, constant, carried,
                OptionalLong.of(raised), ceiling);
    }

    /**
     * The same number, known to be at most {@code most} on this path (past {@code if (length > MAX) return},
     * or out of {@code min(length, MAX)}).
     */
    public Value withCeiling(long most) {
        long lowered = ceiling.isPresent() ? Math.min(ceiling.getAsLong(), most) : most;
        return new Value(kind, region, userContents, userScalar, requestMode, origins, trail, constant, carried, floor,
                OptionalLong.of(lowered));
    }

    /** The greatest the number can be: its ceiling, or its constant; empty when nothing bounds it. */
    public OptionalLong atMost() {
        return ceiling.isPresent() ? ceiling : constant;
    }

    /** The same value, one flow step further (an assignment, a call), for the witness. */
    public Value step(TextRange range, String message) {
        if (trail.isEmpty() || trail.size() >= MAX_TRAIL) {
            return this;
        }
        WitnessStep last = trail.get(trail.size() - 1);
        if (last.range().equals(range)) {
            return this;
        }
        List<WitnessStep> longer = new ArrayList<>(trail);
        longer.add(new WitnessStep(range, message));
        return new Value(kind, region, userContents, userScalar, requestMode, origins, longer, constant, carried, floor,
                ceiling);
    }

    /**
     * The origin that makes this value a kernel address a user-mode reader must never see (a pool, stack or global
     * address, an object pointer, a kernel handle), if it holds one. A user or shared pointer, a handle in the
     * caller's own table and the request objects are not.
     */
    public java.util.Optional<Origin> kernelAddress() {
        if (region.userWritable() || kind == ValueKind.REQUEST || kind == ValueKind.MODE || kind == ValueKind.KERNEL_TEST
                || kind == ValueKind.IOCTL_CODE
                || kind == ValueKind.MDL) {
            return java.util.Optional.empty();
        }
        if (kind == ValueKind.HANDLE) {
            return region == Region.KERNEL ? origins.stream().filter(o -> o.address() == KernelAddress.KERNEL_HANDLE)
                    .findFirst() : java.util.Optional.empty();
        }
        return origins.stream().filter(o -> o.address() != KernelAddress.NONE
                && o.address() != KernelAddress.KERNEL_HANDLE).findFirst();
    }

    /** The same value without the kernel addresses among its origins: a number computed from an address is not one. */
    public Value withoutKernelAddresses() {
        if (origins.stream().allMatch(o -> o.address() == KernelAddress.NONE)) {
            return this;
        }
        return new Value(kind, region, userContents, userScalar, requestMode,
                origins.stream().filter(o -> o.address() == KernelAddress.NONE).toList(), trail, constant, carried);
    }

    public boolean isUserPointer() {
        return region == Region.USER;
    }

    /** Whatever the user controls: a user or shared pointer, user data, a user number. */
    public boolean userInfluenced() {
        return region.userWritable() || userContents || userScalar;
    }

    public Value join(Value other) {
        if (this.equals(other)) {
            return this;
        }
        List<Origin> joinedOrigins = new ArrayList<>(origins);
        for (Origin origin : other.origins) {
            if (joinedOrigins.size() < MAX_ORIGINS && joinedOrigins.stream().noneMatch(o -> o == origin)) {
                joinedOrigins.add(origin);
            }
        }
        // Keep the trail of the side that makes the value dangerous: a witness shows that path.
        List<WitnessStep> joinedTrail = other.dangerRank() > dangerRank() ? other.trail : trail;
        // A handle variable that starts out NULL is still that handle where the paths meet: NULL is "none yet".
        boolean nullAndHandle = nullConstant() && other.handle() || other.nullConstant() && handle();
        Value handleSide = handle() ? this : other;
        return new Value(kind == other.kind ? kind : nullAndHandle ? handleSide.kind : ValueKind.DATA,
                nullAndHandle ? handleSide.region : region.join(other.region),
                userContents || other.userContents, userScalar || other.userScalar, requestMode.join(other.requestMode),
                joinedOrigins, joinedTrail, constant.equals(other.constant) ? constant : OptionalLong.empty(),
                joinedCarried(other), floor.isPresent() && other.floor.isPresent()
                        ? OptionalLong.of(Math.min(floor.getAsLong(), other.floor.getAsLong())) : OptionalLong.empty(),
                atMost().isPresent() && other.atMost().isPresent() && (userScalar || other.userScalar)
                        ? OptionalLong.of(Math.max(atMost().getAsLong(), other.atMost().getAsLong()))
                        : OptionalLong.empty());
    }

    private boolean nullConstant() {
        return kind == ValueKind.DATA && origins.isEmpty() && constant.equals(OptionalLong.of(0));
    }

    private boolean handle() {
        return kind == ValueKind.HANDLE || kind == ValueKind.PROCESS_HANDLE;
    }

    /** Whether one of this value's origins was born at {@code site}: a handle or an object a call there produced. */
    public boolean bornAt(TextRange site) {
        return origins.stream().anyMatch(origin -> origin.range().equals(site));
    }

    /** With the probes a state holds for this value's origins pushed into it (before paths meet). */
    public Value carrying(Map<Origin, Probe> probes) {
        if (probes.isEmpty() || origins.isEmpty()) {
            return this; // nothing to push: the common case, at every join of every value
        }
        Map<Origin, Probe> more = new java.util.HashMap<>(carried);
        for (Origin origin : origins) {
            Probe probe = probes.get(origin);
            if (probe != null) {
                more.putIfAbsent(origin, probe);
            }
        }
        return more.size() == carried.size() ? this
                : new Value(kind, region, userContents, userScalar, requestMode, origins, trail, constant, more, floor,
                        ceiling);
    }

    /** An origin only one side brought keeps that side's probe; one both brought needs it from both. */
    private Map<Origin, Probe> joinedCarried(Value other) {
        Map<Origin, Probe> joined = new java.util.HashMap<>();
        carried.forEach((origin, probe) -> {
            if (!other.origins.contains(origin) || other.carried.containsKey(origin)) {
                joined.put(origin, probe);
            }
        });
        other.carried.forEach((origin, probe) -> {
            if (!origins.contains(origin)) {
                joined.put(origin, probe);
            }
        });
        return joined;
    }

    /**
     * As a record's equals, component by component, written out: the engine compares values at every
     * join, and the generated one goes through method handles the client compiler does not inline.
     * The cheap components first; the same value (the common case at a join) at once.
     */
    @Override
    public boolean equals(@org.eclipse.jdt.annotation.Nullable Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Value v && kind == v.kind && region == v.region && userContents == v.userContents
                && userScalar == v.userScalar && requestMode == v.requestMode && constant.equals(v.constant)
                && floor.equals(v.floor) && ceiling.equals(v.ceiling) && origins.equals(v.origins)
                && trail.equals(v.trail) && carried.equals(v.carried);
    }

    /** The record's own hash, component by component in declaration order (hash maps keep their order). */
    @Override
    public int hashCode() {
        int h = kind.hashCode();
        h = 31 * h + region.hashCode();
        h = 31 * h + Boolean.hashCode(userContents);
        h = 31 * h + Boolean.hashCode(userScalar);
        h = 31 * h + requestMode.hashCode();
        h = 31 * h + origins.hashCode();
        h = 31 * h + trail.hashCode();
        h = 31 * h + constant.hashCode();
        h = 31 * h + carried.hashCode();
        h = 31 * h + floor.hashCode();
        return 31 * h + ceiling.hashCode();
    }

    private int dangerRank() {
        return (region == Region.USER ? 4 : 0) + (userContents ? 2 : 0) + (userScalar ? 1 : 0);
    }
}
