package org.zwlint.core.dispatcher;

/** PreviousMode is KernelMode, so the service used a pointer without probing it. */
public record TrustStep(String parameter, long address, boolean userAddress) implements TraceStep {
    @Override
    public String text() {
        String base = String.format("no probe of %s at 0x%X: PreviousMode is KernelMode, the pointer is trusted as a "
                + "kernel pointer", parameter, address);
        return userAddress ? base + " - but it is a user address the process can change or unmap meanwhile" : base;
    }
}
