package org.zwlint.core.model;

import java.util.Optional;

/**
 * A handle the service resolves with ObReferenceObjectByHandle: the object type it expects, and the access right the
 * handle must grant when PreviousMode is UserMode (empty when the service asks for no specific right).
 */
public record HandleParameter(String name, boolean optional, ObjectType objectType, Optional<String> access)
        implements Parameter {
    // Explicit because JDT's null analysis cannot match an implicit record accessor to the interface method.
    @Override
    public String name() {
        return name;
    }

    @Override
    public String role() {
        return "handle";
    }
}
