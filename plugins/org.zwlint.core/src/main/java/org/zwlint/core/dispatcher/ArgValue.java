package org.zwlint.core.dispatcher;

/** An abstract argument value: what a rule knows about an argument, enough to replay the call. */
public sealed interface ArgValue permits PointerArg, AddressArg, NullArg, HandleArg, ScalarArg, ObjectAttributesArg {
    /** How the value reads in a trace or an error message. */
    String describe();
}
