package org.zwlint.core.dispatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.zwlint.core.model.ObjectType;
import org.zwlint.core.model.PreviousMode;

/**
 * ObReferenceObjectByHandle (and its WithTag form) called by a driver in the requesting user thread, with a handle
 * value the user chose and the AccessMode the driver passes: the core of every handle-taking service. With
 * KernelMode, a value with the kernel bit set is looked up in the kernel handle table and no access is checked, so
 * a user who passes the value of a kernel handle gets the driver to use an object the user could never open.
 */
final class HandleReference {
    private HandleReference() {
    }

    static SimulationRun run(Machine machine, String routine, HandleKind handleKind, PreviousMode accessMode) {
        List<TraceStep> steps = new ArrayList<>();
        long handle = machine.handle(handleKind, ObjectType.ANY);
        String shown = machine.formatHandle(handle);
        boolean kernelHandle = HandleTable.isKernelHandle(handle, machine.arch());
        steps.add(new NoteStep(routine + " called in " + machine.currentProcess().name() + "'s thread with the handle "
                + "value the requestor supplied, " + shown + ", and AccessMode " + accessMode.label()));
        HandleTable table = kernelHandle && accessMode == PreviousMode.KERNEL_MODE ? machine.kernelHandles()
                : machine.currentProcess().handles();
        Optional<HandleEntry> entry = table.lookup(handle);
        if (entry.isEmpty()) {
            steps.add(new HandleLookupStep("Handle", shown, kernelHandle, table.owner(),
                    Optional.of(NtStatus.INVALID_HANDLE), "AccessMode is " + accessMode.label()
                            + ", so a kernel handle value is looked up in " + table.owner()));
            steps.add(new ResultStep(NtStatus.INVALID_HANDLE));
            return new SimulationRun(machine.thread().previousMode(), CallPath.NT, NtStatus.INVALID_HANDLE,
                    new Trace(steps));
        }
        steps.add(new HandleLookupStep("Handle", shown, kernelHandle, table.owner(), Optional.empty(),
                entry.get().object().name()));
        boolean check = accessMode == PreviousMode.USER_MODE;
        steps.add(new AccessCheckStep("handle " + shown, check, entry.get().object().deniesUser(), Optional.empty(),
                check ? "AccessMode is UserMode: the handle's granted access is checked"
                        : "AccessMode is KernelMode: the granted access of the handle is not checked"));
        steps.add(new ResultStep(NtStatus.SUCCESS));
        return new SimulationRun(machine.thread().previousMode(), CallPath.NT, NtStatus.SUCCESS, new Trace(steps));
    }
}
