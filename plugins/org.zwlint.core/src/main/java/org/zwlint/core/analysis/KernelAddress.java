package org.zwlint.core.analysis;

/**
 * What a value born at an origin points at in kernel memory, for the rule that looks for kernel addresses handed
 * to user mode (PM007). Each kind names what a caller who reads the value learns.
 */
public enum KernelAddress {
    /** Not a kernel address the analysis knows of. */
    NONE("no kernel address"),
    STACK("a kernel stack address"),
    POOL("a kernel pool address"),
    GLOBAL("the address of a driver global"),
    IMAGE("an address in the driver's image"),
    OBJECT("the address of a kernel object"),
    IO_BUFFER("the address of the request's kernel I/O buffer"),
    KERNEL_HANDLE("a kernel handle value");

    private final String says;

    KernelAddress(String says) {
        this.says = says;
    }

    /** e.g. "a kernel pool address". */
    public String says() {
        return says;
    }
}
