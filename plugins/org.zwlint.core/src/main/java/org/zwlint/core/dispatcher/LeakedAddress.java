package org.zwlint.core.dispatcher;

/** What a kernel address a driver hands to user mode points at: decides where the simulation takes its value. */
public enum LeakedAddress {
    STACK("a kernel stack address"),
    POOL("a kernel pool address"),
    GLOBAL("the address of a driver global"),
    IMAGE("an address in the driver's image"),
    OBJECT("the address of a kernel object"),
    IO_BUFFER("the address of the request's SystemBuffer"),
    KERNEL_HANDLE("a kernel handle value");

    private final String says;

    LeakedAddress(String says) {
        this.says = says;
    }

    public String says() {
        return says;
    }
}
