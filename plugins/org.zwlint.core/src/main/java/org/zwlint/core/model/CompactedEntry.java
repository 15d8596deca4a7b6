package org.zwlint.core.model;

/**
 * One 32-bit entry of the x64 service table: the routine's offset from the table base, shifted left by four, OR the
 * number of arguments the dispatcher copies from the user stack. The offset is signed (routines may lie below the
 * table), so decoding uses an arithmetic shift.
 */
public record CompactedEntry(int raw) {
    /** Four bits hold the stack-argument count. */
    public static final int MAX_STACK_ARGUMENTS = 0xF;
    /** 28 signed bits hold the offset. */
    public static final long MAX_OFFSET = (1L << 27) - 1;
    public static final long MIN_OFFSET = -(1L << 27);

    public static CompactedEntry encode(long offset, int stackArguments) {
        if (offset < MIN_OFFSET || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset out of the 28-bit range: " + offset);
        }
        if (stackArguments < 0 || stackArguments > MAX_STACK_ARGUMENTS) {
            throw new IllegalArgumentException("stack argument count out of range: " + stackArguments);
        }
        return new CompactedEntry((int) (offset << 4) | stackArguments);
    }

    public long offset() {
        return raw >> 4;
    }

    public int stackArguments() {
        return raw & MAX_STACK_ARGUMENTS;
    }

    public String hex() {
        return String.format("0x%08X", raw);
    }
}
