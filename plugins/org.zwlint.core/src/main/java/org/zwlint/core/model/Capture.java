package org.zwlint.core.model;

/**
 * What a service copies into kernel memory after probing, so the caller cannot change it while the kernel uses it.
 */
public enum Capture {
    /** OBJECT_ATTRIBUTES, then its ObjectName UNICODE_STRING, then the name's buffer. */
    OBJECT_ATTRIBUTES,
    /** A UNICODE_STRING, then the characters its Buffer points to. */
    UNICODE_STRING,
    /** A small fixed-size value (LARGE_INTEGER, SIZE_T, GUID ...) read once into a local. */
    VALUE
}
