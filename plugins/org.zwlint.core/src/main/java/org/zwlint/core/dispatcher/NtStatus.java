package org.zwlint.core.dispatcher;

/** An NTSTATUS with its real numeric value and its WDK name. */
public record NtStatus(int code, String name) {
    public static final NtStatus SUCCESS = new NtStatus(0x00000000, "STATUS_SUCCESS");
    public static final NtStatus DATATYPE_MISALIGNMENT = new NtStatus(0x80000002, "STATUS_DATATYPE_MISALIGNMENT");
    public static final NtStatus ACCESS_VIOLATION = new NtStatus(0xC0000005, "STATUS_ACCESS_VIOLATION");
    public static final NtStatus INVALID_HANDLE = new NtStatus(0xC0000008, "STATUS_INVALID_HANDLE");
    public static final NtStatus ACCESS_DENIED = new NtStatus(0xC0000022, "STATUS_ACCESS_DENIED");
    public static final NtStatus OBJECT_TYPE_MISMATCH = new NtStatus(0xC0000024, "STATUS_OBJECT_TYPE_MISMATCH");
    public static final NtStatus OBJECT_NAME_NOT_FOUND = new NtStatus(0xC0000034, "STATUS_OBJECT_NAME_NOT_FOUND");

    /** NT_SUCCESS: severity success or informational (the sign bit clear). */
    public boolean isSuccess() {
        return code >= 0;
    }

    public String hex() {
        return String.format("0x%08X", code);
    }

    @Override
    public String toString() {
        return name + " (" + hex() + ")";
    }
}
