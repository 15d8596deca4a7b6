package org.zwlint.core.analysis;

import java.util.Locale;
import java.util.Optional;

/** A device I/O control code decoded as CTL_CODE(DeviceType, Function, Method, Access) builds it. */
public record IoctlCode(long value, Optional<String> name) {

    public int deviceType() {
        return (int) ((value >>> 16) & 0xFFFF);
    }

    public int access() {
        return (int) ((value >>> 14) & 3);
    }

    public int function() {
        return (int) ((value >>> 2) & 0xFFF);
    }

    public int method() {
        return (int) (value & 3);
    }

    public String methodName() {
        return switch (method()) {
            case 0 -> "METHOD_BUFFERED";
            case 1 -> "METHOD_IN_DIRECT";
            case 2 -> "METHOD_OUT_DIRECT";
            default -> "METHOD_NEITHER";
        };
    }

    /** e.g. "IOCTL_FOO (0x222003, METHOD_NEITHER)". */
    public String describe() {
        // IoControlCode is a ULONG: a device type from 0x8000 up, folded as a signed int, reads as that ULONG.
        String hex = String.format(Locale.ROOT, "0x%X", value & 0xFFFF_FFFFL);
        return name.map(n -> n + " (" + hex + ", " + methodName() + ")").orElse(hex + " (" + methodName() + ")");
    }
}
