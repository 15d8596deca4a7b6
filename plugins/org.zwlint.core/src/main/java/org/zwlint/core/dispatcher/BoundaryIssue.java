package org.zwlint.core.dispatcher;

/** The boundary problems a replay can confirm, each recognised from the structured trace. */
public enum BoundaryIssue {
    /** A direct Nt call under UserMode probed a driver's kernel pointer and failed with STATUS_ACCESS_VIOLATION. */
    KERNEL_POINTER_PROBED,
    /** A direct Nt call under UserMode rejected a kernel handle with STATUS_INVALID_HANDLE. */
    KERNEL_HANDLE_REJECTED,
    /** Under KernelMode a user-mode address was used without a probe. */
    USER_POINTER_TRUSTED,
    /** An object the requesting user may not access was opened without an access check. */
    ACCESS_CHECK_SKIPPED,
    /** A new handle landed in a user process's handle table, usable by that process. */
    HANDLE_IN_USER_PROCESS,
    /** A handle value the user supplied was honoured as a kernel handle: kernel table, no access check. */
    KERNEL_HANDLE_ACCEPTED,
    /** The requestor read a kernel address (or a kernel handle value) from its output buffer. */
    KERNEL_ADDRESS_DISCLOSED;

    boolean shownBy(SimulationRun run) {
        Trace trace = run.trace();
        return switch (this) {
            case KERNEL_POINTER_PROBED -> trace.stepsOf(ProbeStep.class).stream()
                    .anyMatch(p -> p.kernelAddress() && p.verdict().failure().equals(
                            java.util.Optional.of(NtStatus.ACCESS_VIOLATION)));
            case KERNEL_HANDLE_REJECTED -> trace.stepsOf(HandleLookupStep.class).stream()
                    .anyMatch(h -> h.kernelHandle()
                            && h.failure().equals(java.util.Optional.of(NtStatus.INVALID_HANDLE)));
            case USER_POINTER_TRUSTED -> trace.stepsOf(TrustStep.class).stream().anyMatch(TrustStep::userAddress);
            case ACCESS_CHECK_SKIPPED -> run.status().isSuccess() && trace.stepsOf(AccessCheckStep.class).stream()
                    .anyMatch(a -> !a.performed() && a.deniesUser());
            case HANDLE_IN_USER_PROCESS -> trace.stepsOf(HandleCreatedStep.class).stream()
                    .anyMatch(HandleCreatedStep::userProcessTable);
            case KERNEL_HANDLE_ACCEPTED -> trace.stepsOf(HandleLookupStep.class).stream()
                    .anyMatch(h -> h.kernelHandle() && h.failure().isEmpty() && h.table().contains("kernel"));
            case KERNEL_ADDRESS_DISCLOSED -> trace.stepsOf(DisclosureStep.class).stream()
                    .anyMatch(DisclosureStep::kernelAddress);
        };
    }
}
