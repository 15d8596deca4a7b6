package org.zwlint.core.dispatcher;

import org.zwlint.core.model.ObjectType;

/**
 * An object in the simulated object manager namespace. {@code deniesUser} stands for a security descriptor whose DACL
 * grants the calling user nothing (the SAM hive, another user's files): only an access check can tell.
 */
public record KernelObject(String name, ObjectType type, boolean deniesUser) {
}
