package org.zwlint.core.dispatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A pointer to OBJECT_ATTRIBUTES: where the structure lies, where its ObjectName UNICODE_STRING and the name's
 * characters lie (a driver may build the structure on its stack around a name that came from user mode), the
 * Attributes flags, and the object the name resolves to (a default, access-protected file when empty).
 */
public record ObjectAttributesArg(Location structure, Location name, int attributes, Optional<String> objectName)
        implements ArgValue {
    public static final int OBJ_KERNEL_HANDLE = 0x00000200;
    public static final int OBJ_FORCE_ACCESS_CHECK = 0x00000400;

    public static ObjectAttributesArg at(Location location) {
        return new ObjectAttributesArg(location, location, 0, Optional.empty());
    }

    public ObjectAttributesArg withAttributes(int flags) {
        return new ObjectAttributesArg(structure, name, attributes | flags, objectName);
    }

    public ObjectAttributesArg withName(Location where) {
        return new ObjectAttributesArg(structure, where, attributes, objectName);
    }

    public boolean kernelHandle() {
        return (attributes & OBJ_KERNEL_HANDLE) != 0;
    }

    public boolean forceAccessCheck() {
        return (attributes & OBJ_FORCE_ACCESS_CHECK) != 0;
    }

    public String flagNames() {
        List<String> names = new ArrayList<>();
        if (kernelHandle()) {
            names.add("OBJ_KERNEL_HANDLE");
        }
        if (forceAccessCheck()) {
            names.add("OBJ_FORCE_ACCESS_CHECK");
        }
        return names.isEmpty() ? "0" : String.join(" | ", names);
    }

    @Override
    public String describe() {
        return structure.label() + " (ObjectName " + name.label() + ", Attributes " + flagNames() + ")";
    }
}
