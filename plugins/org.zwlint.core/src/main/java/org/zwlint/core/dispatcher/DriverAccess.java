package org.zwlint.core.dispatcher;

/**
 * What a driver does with a pointer of its request, as an analysis found it: the pointer as written, the request
 * buffer it is ({@code embedded} false) or was read out of ({@code embedded} true: the requestor chose its value),
 * whether it writes, how many bytes from which offset ({@link #CHOSEN_BY_REQUESTOR} for a size the requestor
 * chose), and whether an __except guards the access. For an embedded pointer, {@code storedAt} is the offset in
 * its buffer where the driver reads it (in the target's layout), when the types say; {@code lock} is the routine
 * that probed and locked the buffer before the access, if one did.
 */
public record DriverAccess(String pointer, RequestBuffer buffer, boolean embedded, boolean write, long offset,
        long size, boolean guarded, java.util.OptionalLong storedAt, java.util.Optional<UserBufferLock> lock) {

    public DriverAccess(String pointer, RequestBuffer buffer, boolean embedded, boolean write, long offset, long size,
            boolean guarded) {
        this(pointer, buffer, embedded, write, offset, size, guarded, java.util.OptionalLong.empty(),
                java.util.Optional.empty());
    }

    /** The same access, after the driver probed and locked its buffer with {@code by}. */
    public DriverAccess lockedBy(UserBufferLock by) {
        return new DriverAccess(pointer, buffer, embedded, write, offset, size, guarded, storedAt,
                java.util.Optional.of(by));
    }

    /** The size of a copy whose length the requestor chose: the replay picks the hostile value. */
    public static final long CHOSEN_BY_REQUESTOR = -1;

    /** The size the hostile requestor asks for where it chooses it: a page. */
    static final long HOSTILE_SIZE = 0x1000;

    public boolean sizeChosen() {
        return size < 0;
    }

    /** The bytes the access moves, with a chosen size replaced by the hostile one. */
    long bytes() {
        return sizeChosen() ? HOSTILE_SIZE : size;
    }
}
