package org.zwlint.core.dispatcher;

import java.util.Set;

/** A handle table entry: the object and the access rights granted when the handle was created. */
public record HandleEntry(KernelObject object, Set<String> grantedAccess) {
    /** Granted-access name meaning every right, as when a kernel-mode caller opens without an access check. */
    public static final String ALL_ACCESS = "*";

    public HandleEntry {
        grantedAccess = Set.copyOf(grantedAccess);
    }

    public boolean grants(String access) {
        return grantedAccess.contains(ALL_ACCESS) || grantedAccess.contains(access);
    }
}
