package org.zwlint.core.analysis;

/** One location of user-writable memory: a pointer's origin and the member read through it ("Size", "*", "[]"). */
public record FetchKey(Origin base, String member) {
    /** What a copy routine reads: every location of the buffer at once. */
    public static final String WHOLE_BUFFER = "(whole buffer)";

    /** As a record's equals, written out: fetch keys are hashed at every read (see {@link Value#equals}). */
    @Override
    public boolean equals(@org.eclipse.jdt.annotation.Nullable Object other) {
        return this == other || other instanceof FetchKey k && base == k.base && member.equals(k.member);
    }

    /** The record's own hash (hash maps keep their order). */
    @Override
    public int hashCode() {
        return 31 * base.hashCode() + member.hashCode();
    }
}
