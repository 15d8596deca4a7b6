package org.zwlint.core.dispatcher;

/** A process of the simulated machine: what matters here is its handle table. */
public record SimProcess(String name, boolean userProcess, HandleTable handles) {
}
