package org.zwlint.core.analysis;

/**
 * A name a file gives an IOCTL code where it compares with it (case IOCTL_FOO:, code == IOCTL_FOO):
 * the offset of the name in the file's text, the code's value, and the name. A code is named by
 * its first spelling in the file.
 */
public record IoctlSpelling(int offset, long value, String name) {
}
