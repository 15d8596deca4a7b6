package org.zwlint.core.model;

/** One parameter of a native service, by the role it plays; the simulator's service bodies are driven by the roles. */
public sealed interface Parameter
        permits HandleParameter, PointerParameter, ValueParameter, RoutineParameter, ContextParameter {
    String name();

    /** The caller may pass NULL (documented as optional). */
    boolean optional();

    /** The role's spelling in the data file ("handle", "in-pointer", ...). */
    String role();
}
