package org.zwlint.core.semantics;

/**
 * An integer constant with its C type reduced to what arithmetic needs: width and signedness.
 * The value is kept normalized (sign- or zero-extended from its width), so a 32-bit unsigned
 * ~0U is 4294967295 and a 64-bit unsigned one keeps its bits in the long.
 */
record IntegerConstant(long value, int bits, boolean unsigned) {
    static final IntegerConstant INT_ZERO = new IntegerConstant(0, 32, false);
    static final IntegerConstant INT_ONE = new IntegerConstant(1, 32, false);

    static IntegerConstant of(long value, int bits, boolean unsigned) {
        return new IntegerConstant(normalize(value, bits, unsigned), bits, unsigned);
    }

    static IntegerConstant ofInt(boolean truth) {
        return truth ? INT_ONE : INT_ZERO;
    }

    static long normalize(long value, int bits, boolean unsigned) {
        return switch (bits) {
            case 8 -> unsigned ? value & 0xFFL : (byte) value;
            case 16 -> unsigned ? value & 0xFFFFL : (short) value;
            case 32 -> unsigned ? value & 0xFFFF_FFFFL : (int) value;
            default -> value;
        };
    }

    /** Integer promotion: anything narrower than int becomes int. */
    IntegerConstant promote() {
        return bits < 32 ? new IntegerConstant(value, 32, false) : this;
    }

    IntegerConstant convert(int toBits, boolean toUnsigned) {
        return of(value, toBits, toUnsigned);
    }

    boolean isTrue() {
        return value != 0;
    }

    /** The usual arithmetic conversions of two integer operands: the wider type, unsigned on a tie. */
    static IntegerConstant[] usual(IntegerConstant left, IntegerConstant right) {
        IntegerConstant a = left.promote();
        IntegerConstant b = right.promote();
        int bits = Math.max(a.bits, b.bits);
        boolean unsigned;
        if (a.bits == b.bits) {
            unsigned = a.unsigned || b.unsigned;
        } else {
            unsigned = a.bits > b.bits ? a.unsigned : b.unsigned;
        }
        return new IntegerConstant[] { a.convert(bits, unsigned), b.convert(bits, unsigned) };
    }
}
