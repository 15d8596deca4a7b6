package org.zwlint.core.config;

/** Whether files are judged as kernel code, as user-mode code, or as their includes and entry points say. */
public enum ModeOverride {
    AUTO, KERNEL, USER
}
