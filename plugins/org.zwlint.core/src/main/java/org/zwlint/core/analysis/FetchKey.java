package org.zwlint.core.analysis;

/** One location of user-writable memory: a pointer's origin and the member read through it ("Size", "*", "[]"). */
public record FetchKey(Origin base, String member) {
    /** What a copy routine reads: every location of the buffer at once. */
    public static final String WHOLE_BUFFER = "(whole buffer)";
}
